import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { formatMemory } from '../model/index.ts';
import type { NestedLayout } from '../layout/index.ts';
import { createBuildingScene } from './building.ts';
import { createSettleTracker, interruptAll, type Scene } from './motion.ts';
import { drawSign } from './sign.ts';
import { textWidth } from './text.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Docker inside a VM: one house on the lot, its own guest OS at the core of a small apartment building inside it.
 * The building is the same scene as the stand-alone one, drawn inside the house's walls.
 */
export function createNestedScene(root: SVGGElement): Scene<NestedLayout> {
  const tracker = createSettleTracker(root.ownerSVGElement);
  const g = select(root) as G;
  const platformLayer = g.append('g').attr('class', 'platform');
  const house = g.append('g').attr('class', 'house docker-house').attr('data-kind', 'vm').attr('data-hosts', 'containers')
    .attr('data-workload-id', 'docker-vm');
  house.append('title');
  const walls = house.append('rect').attr('class', 'house-walls');
  const roof = house.append('path').attr('class', 'house-roof');
  const roofLabel = house.append('text').attr('class', 'scene-label roof-label');
  const inner = house.append('g').attr('class', 'inner-building');
  const building = createBuildingScene(inner.node()!, { tracker, signs: false });
  const signLayer = g.append('g').attr('class', 'signs');

  return {
    update(layout, options) {
      const { house: box, roofHeight, inner: offset, platform } = layout;
      house.select('title').text(`One virtual machine, ${formatMemory(layout.building.units.reduce((sum, unit) => sum + unit.memoryBytes, 0))} let to containers, running Docker inside its own guest OS.`);
      walls.attr('x', box.x + 1).attr('y', box.y + roofHeight).attr('width', box.width - 2).attr('height', box.height - roofHeight);
      roof.attr('d', `M${box.x},${box.y + roofHeight} L${box.x + box.width / 2},${box.y + 2} L${box.x + box.width},${box.y + roofHeight} Z`);
      const roofText = 'One VM running Docker';
      roofLabel.attr('x', box.width / 2).attr('y', roofHeight - 8).attr('text-anchor', 'middle')
        .attr('display', textWidth(roofText, 14) < box.width / 2 ? null : 'none').text(roofText);
      inner.attr('transform', `translate(${offset.x},${offset.y})`);
      g.attr('data-highlight', options.highlight ?? null);
      building.update(layout.building, {
        duration: options.duration,
        refusal: null,
        highlight: options.highlight ?? null,
        breachId: options.breachId ?? null,
        ...(options.race === undefined ? {} : { race: options.race }),
      });

      const strip = platformLayer.selectAll<SVGGElement, typeof platform>('g.platform-strip').data([platform])
        .join((enter) => {
          const e = enter.append('g').attr('class', 'platform-strip');
          e.append('title');
          e.append('rect').attr('class', 'platform-hypervisor');
          e.append('text').attr('class', 'scene-label platform-label');
          return e;
        });
      strip.select('title').text((d) => `${d.label}: ${formatMemory(d.bytes)} under the one house.`);
      strip.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y + 4).attr('width', (d) => d.width).attr('height', (d) => d.height - 4);
      strip.select('text').attr('x', (d) => d.x + 8).attr('y', (d) => d.y + d.height - 8).text((d) => d.label);
      drawSign(signLayer, options.refusal, layout.width, layout.height, options.duration, tracker);
    },
    destroy() {
      building.destroy();
      tracker.destroy();
      interruptAll(g);
      g.selectAll('*').remove();
    },
  };
}
