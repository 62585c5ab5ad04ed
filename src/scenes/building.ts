import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { formatDisk, formatMemory, formatSeconds } from '../model/index.ts';
import type { BuildingLayout, CoreNode, FloorNode, LayerNode, Level, Rect, UnitNode } from '../layout/index.ts';
import { CALLOUTS, captionedBoxSpec, captionSpec, fadeIn, linesSpec, placeRect } from './draw.ts';
import { patternFill, personPath, type PatternIds } from './glyphs.ts';
import { joinById, type JoinMotion, type JoinSpec, type Moving, type Nodes } from './join.ts';
import {
  createSettleTracker,
  interruptAll,
  jumpToEnd,
  markBreached,
  markHighlight,
  watchableMs,
  type Scene,
  type SettleTracker,
  type TrackedTransition,
} from './motion.ts';
import { appendPatterns } from './patterns.ts';
import { LINKS, watchLinks } from './links.ts';
import { drawSign } from './sign.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;
type UnitSelection = Nodes<SVGGElement, UnitNode>;

function sameUnit(a: UnitNode, b: UnitNode): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.label === b.label &&
    a.startSeconds === b.startSeconds;
}

function unitTitle(d: UnitNode): string {
  return `${d.label}: a container (${d.software}, ${d.sizeName}), ${formatMemory(d.memoryBytes)} of memory on the shared kernel; ready ${formatSeconds(d.startSeconds)} after start.`;
}

function buildUnit(unit: UnitSelection): void {
  unit.attr('data-kind', 'container').attr('data-workload-id', (d) => d.id).attr('role', 'presentation');
  unit.append('title');
  const shell = unit.append('g').attr('class', 'stage stage-shell');
  shell.append('rect').attr('class', 'unit-body');
  shell.append('rect').attr('class', 'unit-window');
  const tenant = unit.append('g').attr('class', 'stage stage-tenant');
  tenant.append('path').attr('class', 'tenant-person');
  unit.append('text').attr('class', 'scene-label unit-label');
}

/** Where each unit stands: directly, or on a transition (selections and transitions share attr()). */
function unitAt(target: UnitSelection | Moving<SVGGElement, UnitNode>): void {
  (target as UnitSelection).attr('transform', (d) => `translate(${d.x},${d.y})`);
}

/** Sets each unit's parts from its plan, relative to where it stands. */
function placeUnit(target: UnitSelection | Moving<SVGGElement, UnitNode>): void {
  const unit = target as UnitSelection;
  placeRect(unit.select('.unit-body'), (d: UnitNode) => d.plan.body);
  placeRect(unit.select('.unit-window'), (d: UnitNode) => d.plan.window);
  unit.select('.tenant-person').attr('d', (d) => personPath(d.plan.person));
  unit.select('.unit-label').attr('x', (d) => d.name.x).attr('y', (d) => d.name.y)
    .attr('display', (d) => (d.name.shown ? null : 'none'));
}

function labelUnit(unit: UnitSelection): void {
  unit.attr('aria-label', (d) => d.label);
  unit.select('title').text(unitTitle);
  unit.select('.unit-label').text((d) => d.name.text);
}

/** The lights come on fast, then the tenant moves in. */
function animateMoveIn(unit: UnitSelection, duration: number, transitions: TrackedTransition[]): void {
  const shell = unit.select<SVGGElement>('.stage-shell').attr('opacity', 0);
  const tenant = unit.select<SVGGElement>('.stage-tenant').attr('opacity', 0);
  transitions.push(shell.transition('build').duration((d) => 0.5 * watchableMs(d.startSeconds, duration)).attr('opacity', 1));
  transitions.push(tenant.transition('build').delay((d) => 0.5 * watchableMs(d.startSeconds, duration))
    .duration((d) => 0.5 * watchableMs(d.startSeconds, duration)).attr('opacity', 1));
}

const UNITS: JoinSpec<SVGGElement, UnitNode> = {
  tag: 'g',
  className: 'unit',
  key: (d) => d.id,
  build: buildUnit,
  place: placeUnit,
  at: unitAt,
  name: labelUnit,
  same: sameUnit,
  glide: true,
  arrive: animateMoveIn,
  // The tenant moves out and the lights go off.
  leave: (exit, duration) => exit.transition('exit').duration(duration / 2).attr('opacity', 0),
};

const FLOORS: JoinSpec<SVGRectElement, FloorNode> = {
  tag: 'rect',
  className: 'floor',
  key: (d) => String(d.index),
  place: (target) => placeRect((target as Nodes<SVGRectElement, FloorNode>)
    .attr('class', 'floor floor-built'), (d: FloorNode) => d.plot),
};

const UNBUILT: JoinSpec<SVGRectElement, Rect> = {
  tag: 'rect',
  className: 'unbuilt-storeys',
  key: () => 'unbuilt',
  place: (target) => placeRect(target as Nodes<SVGRectElement, Rect>, (d: Rect) => d),
};

const ROOFLINE: JoinSpec<SVGPathElement, Level> = {
  tag: 'path',
  className: 'roofline',
  key: () => 'roof',
  place: (target) => (target as Nodes<SVGPathElement, Level>).attr('d', (d) => `M${d.x1},${d.y} H${d.x2}`),
};

const RISER: JoinSpec<SVGPathElement, BuildingLayout['riser']> = {
  tag: 'path',
  className: 'riser',
  key: () => 'riser',
  place: (target) => (target as Nodes<SVGPathElement, BuildingLayout['riser']>)
    .attr('d', (d) => `M${d.x},${d.bottom} V${d.top}`),
};

const VACANT: JoinSpec<SVGRectElement, Rect> = {
  tag: 'rect',
  className: 'vacant-space',
  key: (_, i) => String(i),
  place: (target) => placeRect(target as Nodes<SVGRectElement, Rect>, (d: Rect) => d),
};

const FREE_LABEL = captionSpec('scene-label free-label');
const BASEMENT_NOTE = linesSpec('scene-label basement-note');
const MORE_LAYERS = captionSpec('scene-label more-layers');

const GROUND_LINE: JoinSpec<SVGRectElement, Rect> = {
  tag: 'rect',
  className: 'ground-line',
  key: () => 'ground',
  place: (target) => placeRect(target as Nodes<SVGRectElement, Rect>, (d: Rect) => d),
};

function coreSpec(patterns: PatternIds): JoinSpec<SVGGElement, CoreNode> {
  return captionedBoxSpec<CoreNode>({
    className: 'core-part',
    key: (d) => d.key,
    labelClass: 'core-label',
    mark: (part) => part.attr('data-core', (d) => d.key),
    paint: (rect) => rect.attr('fill', (d) => patternFill(d.key === 'engine' ? patterns.services : patterns.kernel)),
    title: (d) => `${d.label}: ${formatMemory(d.bytes)}, paid once and shared by every unit.`,
  });
}

function layerSpec(patterns: PatternIds): JoinSpec<SVGGElement, LayerNode> {
  return {
    tag: 'g',
    className: 'image-layer',
    key: (d) => d.id,
    build: (layer) => {
      // A layer can be reached from the keyboard: focusing it shows its links, as pointing at it does.
      layer.attr('tabindex', 0).attr('focusable', 'true');
      layer.append('title');
      layer.append('rect').attr('fill', patternFill(patterns.layer)).attr('rx', 4);
      layer.append('text').attr('class', 'layer-name');
    },
    arrive: fadeIn,
    place: (target) => {
      const layer = (target as Nodes<SVGGElement, LayerNode>).attr('data-layer-id', (d) => d.id).attr('data-users', (d) => d.users.length)
        .attr('transform', (d) => `translate(${d.x},${d.y})`);
      layer.select('rect').attr('width', (d) => d.width).attr('height', (d) => d.height)
        .attr('class', (d) => (d.users.length > 1 ? 'layer-box layer-shared' : 'layer-box'));
      layer.select('.layer-name').attr('x', (d) => d.label.x).attr('y', (d) => d.label.y)
        .attr('display', (d) => (d.label.shown ? null : 'none'));
    },
    name: (layer) => {
      layer.select('title').text((d) => `Layer ${d.name} (${d.id.slice(0, 19)}), ${formatDisk(d.bytes)}, stored once, used by ${d.users.length} ${d.users.length === 1 ? 'container' : 'containers'}.`);
      layer.select('.layer-name').text((d) => d.label.text);
    },
  };
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
  // The kernel's riser stands in front of the units: it visibly serves every storey.
  const riserLayer = g.append('g').attr('class', 'risers');
  const basement = g.append('g').attr('class', 'basement');
  const signLayer = g.append('g').attr('class', 'signs');
  const specs = { core: coreSpec(patterns), layers: layerSpec(patterns) };
  let lastRace = 0;
  const links = watchLinks(g, linkLayer);

  function drawShell(layout: BuildingLayout, motion: JoinMotion): void {
    // Built floors only: the unbuilt ones are one outline (UNBUILT).
    joinById(floorLayer, layout.floors.filter((floor) => floor.built), FLOORS, motion);
    joinById(floorLayer, layout.unbuilt ? [layout.unbuilt] : [], UNBUILT, motion);
    joinById(floorLayer, layout.roofline ? [layout.roofline] : [], ROOFLINE, motion);
    joinById(riserLayer, [layout.riser], RISER, motion);
    joinById(freeLayer, layout.vacant, VACANT, motion);
    joinById(freeLayer, layout.freeLabel ? [layout.freeLabel] : [], FREE_LABEL, motion);
  }

  return {
    update(layout, options) {
      const transitions: TrackedTransition[] = [];
      const { duration } = options;
      // Motion switched off mid-animation: every unit is re-placed.
      const motion = { duration, transitions, force: duration === 0 && jumpToEnd(g, tracker) };
      drawShell(layout, motion);
      joinById(coreLayer, layout.core, specs.core, motion);
      joinById(linkLayer, layout.links, LINKS, motion);
      joinById(unitLayer, layout.units, UNITS, motion);
      joinById(basement, [layout.ground], GROUND_LINE, motion);
      joinById(basement, layout.layers, specs.layers, motion);
      joinById(basement, layout.basementNote, BASEMENT_NOTE, motion);
      joinById(basement, layout.callouts, CALLOUTS, motion);
      joinById(basement, layout.moreLayers ? [layout.moreLayers] : [], MORE_LAYERS, motion);
      markBreached(unitLayer, options.breachId);
      markHighlight(g, options.highlight);
      // The step about layers shows one layer's sharing at rest, the most shared: four lines, not a tangle.
      links.rest(options.highlight === 'layers' ? (layout.layers[0]?.id ?? null) : null);
      if (options.race !== undefined && options.race !== lastRace) {
        lastRace = options.race;
        if (duration > 0) animateMoveIn(unitLayer.selectAll<SVGGElement, UnitNode>('g.unit:not([data-leaving])'), duration, transitions);
      }
      if (sceneOptions.signs !== false) drawSign(signLayer, options.refusal, duration, tracker);
      tracker.track(transitions);
    },
    destroy() {
      ownTracker?.destroy();
      interruptAll(g);
      g.selectAll('*').remove();
    },
  };
}
