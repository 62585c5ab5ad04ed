import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { formatDisk, formatMemory, formatSeconds } from '../model/index.ts';
import type { BuildingLayout, CoreNode, FloorNode, LayerNode, LinkNode, Rect, UnitNode } from '../layout/index.ts';
import {
  createSettleTracker,
  interruptAll,
  jumpToEnd,
  markBreached,
  watchableMs,
  type Scene,
  type SettleTracker,
  type TrackedTransition,
} from './motion.ts';
import { appendPatterns } from './patterns.ts';
import { drawSign } from './sign.ts';
import { fitText, textWidth } from './text.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;
type UnitSelection = Selection<SVGGElement, UnitNode, SVGGElement, unknown>;

const LABEL_SIZE = 14;

function sameUnit(a: UnitNode, b: UnitNode): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.label === b.label &&
    a.startSeconds === b.startSeconds;
}

function unitTitle(d: UnitNode): string {
  return `${d.label}: a container (${d.software}, ${d.sizeName}), ${formatMemory(d.memoryBytes)} of memory on the shared kernel; ready ${formatSeconds(d.startSeconds)} after start.`;
}

function personPath(d: UnitNode): string {
  const r = Math.min(5, d.width / 4, d.height / 8);
  if (r < 1.5) return '';
  const cx = d.width / 2;
  const bottom = d.height - 3;
  const head = bottom - 6 * r;
  return `M${cx - r},${head} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0 M${cx - 1.6 * r},${bottom} L${cx - 1.2 * r},${head + 1.6 * r} L${cx + 1.2 * r},${head + 1.6 * r} L${cx + 1.6 * r},${bottom} Z`;
}

function buildUnit(unit: UnitSelection): void {
  unit.append('title');
  const shell = unit.append('g').attr('class', 'stage stage-shell');
  shell.append('rect').attr('class', 'unit-body');
  shell.append('rect').attr('class', 'unit-window');
  const tenant = unit.append('g').attr('class', 'stage stage-tenant');
  tenant.append('path').attr('class', 'tenant-person');
  unit.append('text').attr('class', 'scene-label unit-label');
}

/** Sets each unit's geometry from its node: directly, or on a transition (the calls are the same). */
function placeUnit(target: UnitSelection | Transition<SVGGElement, UnitNode, SVGGElement, unknown>): void {
  // Selections and transitions share attr() and select(); the cast lets one function serve both.
  const unit = target as UnitSelection;
  unit.attr('transform', (d) => `translate(${d.x},${d.y})`);
  unit.select('.unit-body').attr('x', 0.75).attr('y', 0).attr('width', (d) => Math.max(0.5, d.width - 1.5)).attr('height', (d) => d.height);
  unit.select('.unit-window').attr('x', (d) => Math.min(3, d.width / 5)).attr('y', 4)
    .attr('width', (d) => Math.max(0.5, d.width - 2 * Math.min(3, d.width / 5))).attr('height', (d) => Math.max(1, d.height * 0.45));
  unit.select('.tenant-person').attr('d', personPath);
  unit.select('.unit-label').attr('x', 5).attr('y', (d) => Math.min(d.height - 6, 17))
    .attr('display', (d) => (d.height >= 28 && fitText(d.label, d.width / 2 - 8, LABEL_SIZE) ? null : 'none'));
}

function labelUnit(unit: UnitSelection): void {
  unit.attr('aria-label', (d) => d.label);
  unit.select('title').text(unitTitle);
  // The name sits in the left half of the window, the tenant in the middle.
  unit.select('.unit-label').text((d) => fitText(d.label, d.width / 2 - 8, LABEL_SIZE));
}

/** The lights come on fast, then the tenant moves in. */
function animateMoveIn(unit: UnitSelection, duration: number, transitions: TrackedTransition[]): void {
  const shell = unit.select<SVGGElement>('.stage-shell').attr('opacity', 0);
  const tenant = unit.select<SVGGElement>('.stage-tenant').attr('opacity', 0);
  transitions.push(shell.transition('build').duration((d) => 0.5 * watchableMs(d.startSeconds, duration)).attr('opacity', 1));
  transitions.push(tenant.transition('build').delay((d) => 0.5 * watchableMs(d.startSeconds, duration))
    .duration((d) => 0.5 * watchableMs(d.startSeconds, duration)).attr('opacity', 1));
}

export interface BuildingSceneOptions {
  /** The tracker that keeps `data-settled`, when another scene shares this svg (Docker inside a VM). */
  readonly tracker?: SettleTracker;
  /** Draw the refusal sign here; a nested building leaves it to its house. */
  readonly signs?: boolean;
}

/**
 * The apartment building: floors from the ground up, the shared core (the kernel everyone uses and the building
 * manager), one unit per container, and in the basement the image layers, each drawn once and linked to its users.
 */
export function createBuildingScene(root: SVGGElement, sceneOptions: BuildingSceneOptions = {}): Scene<BuildingLayout> {
  const ownTracker = sceneOptions.tracker ? null : createSettleTracker(root.ownerSVGElement);
  const tracker = sceneOptions.tracker ?? ownTracker!;
  const g = select(root) as G;
  const patterns = appendPatterns(g.append('defs'), 'building');
  const floorLayer = g.append('g').attr('class', 'floors');
  const freeLayer = g.append('g').attr('class', 'vacant');
  // Links run behind the core and the units: they show where a layer goes without crossing the kernel.
  const linkLayer = g.append('g').attr('class', 'layer-links');
  const coreLayer = g.append('g').attr('class', 'core');
  const unitLayer = g.append('g').attr('class', 'units');
  const basement = g.append('g').attr('class', 'basement');
  const signLayer = g.append('g').attr('class', 'signs');
  const placed = new WeakMap<Element, UnitNode>();
  let lastRace = 0;
  /** The link each path was last drawn from. */
  const linkDrawn = new WeakMap<Element, LinkNode>();
  /** Set for one update when motion was switched off mid-animation: every unit is re-placed. */
  let force = false;

  function drawShell(layout: BuildingLayout): void {
    const built = layout.floors.filter((floor) => floor.built);
    floorLayer.selectAll<SVGRectElement, FloorNode>('rect.floor').data(layout.floors, (d) => String(d.index))
      .join('rect')
      .attr('class', (d) => (d.built ? 'floor floor-built' : 'floor floor-unbuilt'))
      .attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => (d.built ? d.landWidth : d.width)).attr('height', (d) => d.height);
    const top = built.at(-1);
    floorLayer.selectAll<SVGPathElement, FloorNode>('path.roofline').data(top ? [top] : [])
      .join('path').attr('class', 'roofline')
      .attr('d', (d) => `M${d.x - 2},${d.y - 3} H${d.x + d.width + 2}`);
    const riserTop = top ? top.y : layout.groundY;
    floorLayer.selectAll<SVGPathElement, number>('path.riser').data([riserTop])
      .join('path').attr('class', 'riser').attr('d', (y) => `M3,${layout.groundY} V${y}`);
    // Vacant space is marked on built floors; unbuilt floors are dashed outlines already.
    const builtBottom = top ? top.y : layout.groundY;
    const vacant = layout.free.filter((rect) => rect.width >= 1 && rect.y >= builtBottom);
    freeLayer.selectAll<SVGRectElement, Rect>('rect.vacant-space').data(vacant)
      .join('rect').attr('class', 'vacant-space')
      .attr('x', (d) => d.x + 1).attr('y', (d) => d.y + 1).attr('width', (d) => Math.max(0, d.width - 2)).attr('height', (d) => d.height - 2);
    const text = `room for ${formatMemory(layout.freeBytes)} more`;
    const first = layout.free.find((rect) => rect.width >= textWidth(text, LABEL_SIZE) + 12);
    freeLayer.selectAll<SVGTextElement, Rect>('text.free-label').data(first ? [first] : [])
      .join('text').attr('class', 'scene-label free-label')
      .attr('x', (d) => d.x + 6).attr('y', (d) => d.y + Math.min(d.height - 8, 22))
      .text(text);
  }

  function drawCore(layout: BuildingLayout): void {
    const parts = coreLayer.selectAll<SVGGElement, CoreNode>('g.core-part').data(layout.core, (d) => d.key)
      .join((enter) => {
        const part = enter.append('g').attr('class', 'core-part').attr('data-core', (d) => d.key);
        part.append('title');
        part.append('rect');
        part.append('text').attr('class', 'scene-label core-label');
        return part;
      });
    parts.select('title').text((d) => `${d.label}: ${formatMemory(d.bytes)}, paid once and shared by every unit.`);
    parts.select('rect')
      .attr('fill', (d) => (d.key === 'engine' ? `url(#${patterns.services})` : `url(#${patterns.kernel})`))
      .attr('x', (d) => d.x + 0.75).attr('y', (d) => d.y).attr('width', (d) => Math.max(0.5, d.width - 1.5)).attr('height', (d) => d.height);
    parts.select('text').attr('x', (d) => d.x + 4).attr('y', (d) => d.y + d.height - 7)
      .text((d) => {
        // The full name, else a short one, else nothing: a clipped "Host k…" says less than the legend does.
        const short = d.key === 'engine' ? 'Engine' : 'Kernel';
        return [d.label, short].find((text) => textWidth(text, LABEL_SIZE) <= d.width - 8) ?? '';
      });
  }

  function drawBasement(layout: BuildingLayout, duration: number, transitions: TrackedTransition[]): void {
    basement.selectAll<SVGRectElement, number>('rect.ground-line').data([layout.groundY])
      .join('rect').attr('class', 'ground-line').attr('x', 0).attr('y', (y) => y).attr('width', layout.width).attr('height', 4);
    basement.selectAll<SVGGElement, LayerNode>('g.image-layer').data(layout.layers, (d) => d.id).join(
      (enter) => {
        const layer = enter.append('g').attr('class', 'image-layer');
        layer.append('title');
        layer.append('rect').attr('fill', `url(#${patterns.layer})`).attr('rx', 4);
        layer.append('text').attr('class', 'layer-name');
        if (duration > 0) {
          layer.attr('opacity', 0);
          transitions.push(layer.transition('build').duration(duration).attr('opacity', 1));
        }
        return layer;
      },
      (update) => update,
      (exit) => exit.remove(),
    )
      .attr('data-layer-id', (d) => d.id)
      .attr('data-users', (d) => d.users.length)
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
      .call((layer) => {
        layer.select('title').text((d) => `Layer ${d.name} (${d.id.slice(0, 19)}…), ${formatDisk(d.bytes)}, stored once, used by ${d.users.length} ${d.users.length === 1 ? 'container' : 'containers'}.`);
        layer.select('rect').attr('width', (d) => d.width).attr('height', (d) => d.height)
          .attr('class', (d) => (d.users.length > 1 ? 'layer-box layer-shared' : 'layer-box'));
        layer.select('.layer-name').attr('x', 8).attr('y', 20).text((d) => (d.users.length > 1 ? `${d.name} ×${d.users.length}` : d.name));
      });
  }

  function drawLinks(layout: BuildingLayout, duration: number, transitions: TrackedTransition[]): void {
    linkLayer.selectAll<SVGPathElement, LinkNode>('path.layer-link').data(layout.links, (d) => d.key).join(
      (enter) => {
        const link = enter.append('path').attr('class', 'layer-link');
        if (duration > 0) {
          link.attr('opacity', 0);
          transitions.push(link.transition('build').duration(duration).attr('opacity', 1));
        }
        return link;
      },
      (update) => update,
      (exit) => exit.remove(),
    ).each(function (d) {
      // Written only when it moved: a thousand containers draw thousands of links, and rewriting each one on every
      // add cost more than the add.
      const before = linkDrawn.get(this);
      if (before && before.x1 === d.x1 && before.y1 === d.y1 && before.x2 === d.x2 && before.y2 === d.y2) return;
      linkDrawn.set(this, d);
      this.setAttribute('d', `M${d.x1},${d.y1} C${d.x1},${(d.y1 + d.y2) / 2} ${d.x2},${(d.y1 + d.y2) / 2} ${d.x2},${d.y2}`);
    });
  }

  function drawUnits(layout: BuildingLayout, duration: number, transitions: TrackedTransition[]): void {
    unitLayer.selectAll<SVGGElement, UnitNode>('g.unit').data(layout.units, (d) => d.id).join(
      (enter) => {
        const unit = enter.append('g').attr('class', 'unit').attr('data-kind', 'container').attr('data-workload-id', (d) => d.id)
          .attr('role', 'presentation');
        buildUnit(unit);
        placeUnit(unit);
        labelUnit(unit);
        unit.each(function (d) {
          placed.set(this, d);
        });
        if (duration > 0) animateMoveIn(unit, duration, transitions);
        return unit;
      },
      (existing) => {
        const returning = existing.filter(function () {
          return this.hasAttribute('data-leaving');
        });
        const returningNodes = new Set(returning.nodes());
        interruptAll(returning);
        returning.attr('data-leaving', null).attr('opacity', null).selectAll('.stage').attr('opacity', null);
        // Only units whose node changed are touched: adding one unit leaves the others alone.
        const changed = existing.filter(function (d) {
          const before = placed.get(this);
          return force || before === undefined || !sameUnit(before, d) || returningNodes.has(this);
        });
        labelUnit(changed);
        if (duration > 0 && !changed.empty()) {
          const move = changed.transition('move').duration(duration);
          placeUnit(move);
          transitions.push(move);
        } else {
          placeUnit(changed);
        }
        changed.each(function (d) {
          placed.set(this, d);
        });
        return existing;
      },
      (exit) => {
        interruptAll(exit);
        if (duration === 0) {
          exit.remove();
          return;
        }
        // The tenant moves out and the lights go off.
        exit.attr('data-leaving', 'true');
        transitions.push(exit.transition('exit').duration(duration / 2).attr('opacity', 0).remove());
      },
    );
  }

  return {
    update(layout, options) {
      const transitions: TrackedTransition[] = [];
      force = options.duration === 0 && jumpToEnd(g, tracker);
      drawShell(layout);
      drawCore(layout);
      drawLinks(layout, options.duration, transitions);
      drawUnits(layout, options.duration, transitions);
      drawBasement(layout, options.duration, transitions);
      markBreached(unitLayer, options.breachId);
      g.attr('data-highlight', options.highlight ?? null);
      if (options.race !== undefined && options.race !== lastRace) {
        lastRace = options.race;
        if (options.duration > 0) animateMoveIn(unitLayer.selectAll<SVGGElement, UnitNode>('g.unit:not([data-leaving])'), options.duration, transitions);
      }
      if (sceneOptions.signs !== false) drawSign(signLayer, options.refusal, layout.width, layout.height, options.duration, tracker);
      tracker.track(transitions);
    },
    destroy() {
      ownTracker?.destroy();
      interruptAll(g);
      g.selectAll('*').remove();
    },
  };
}
