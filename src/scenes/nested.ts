import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { formatMemory } from '../model/index.ts';
import type { NestedLayout } from '../layout/index.ts';
import { createBuildingScene } from './building.ts';
import { captionedBoxSpec, placeRect } from './draw.ts';
import { roofPath } from './glyphs.ts';
import { joinById } from './join.ts';
import { createSettleTracker, interruptAll, markHighlight, type Scene, type TrackedTransition } from './motion.ts';
import { drawSign } from './sign.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;
type Strip = NestedLayout['platform'];

/** The strip under the one house: the hypervisor (and the host OS, for type 2). */
const STRIP = captionedBoxSpec<Strip>({
  className: 'platform-strip',
  key: () => 'platform',
  labelClass: 'platform-label',
  paint: (rect) => rect.attr('class', 'platform-hypervisor'),
  title: (d) => `${d.label}: ${formatMemory(d.bytes)} under the one house.`,
});

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
      house.select('title').text(`One virtual machine, ${formatMemory(layout.letBytes)} let to containers, running Docker inside its own guest OS.`);
      placeRect(walls, () => layout.walls);
      roof.attr('d', roofPath(layout.roof));
      roofLabel.attr('x', layout.roofLabel.x).attr('y', layout.roofLabel.y).attr('text-anchor', 'middle')
        .attr('display', layout.roofLabel.shown ? null : 'none').text(layout.roofLabel.text);
      inner.attr('transform', `translate(${layout.inner.x},${layout.inner.y})`);
      markHighlight(g, options.highlight);
      building.update(layout.building, {
        duration: options.duration,
        refusal: null,
        highlight: options.highlight ?? null,
        breachId: options.breachId ?? null,
        ...(options.race === undefined ? {} : { race: options.race }),
      });
      // The strip never animates: it is there from the start, and only its size changes.
      const transitions: TrackedTransition[] = [];
      joinById(platformLayer, [layout.platform], STRIP, { duration: options.duration, transitions });
      drawSign(signLayer, options.refusal, options.duration, tracker);
    },
    destroy() {
      building.destroy();
      tracker.destroy();
      interruptAll(g);
      g.selectAll('*').remove();
    },
  };
}
