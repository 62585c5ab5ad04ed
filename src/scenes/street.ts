import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { formatMemory, formatSeconds } from '../model/index.ts';
import type { FreeLand, HouseNode, PlatformParcel, StreetLayout, StreetRow } from '../layout/index.ts';
import { CALLOUTS, captionedBoxSpec, captionSpec, placeRect } from './draw.ts';
import { patternFill, personPath, roofPath, roomDividersPath, type PatternIds } from './glyphs.ts';
import { joinById, type JoinSpec, type Moving, type Nodes } from './join.ts';
import { createSettleTracker, interruptAll, jumpToEnd, markBreached, markHighlight, watchableMs, type Scene, type TrackedTransition, type UpdateOptions } from './motion.ts';
import { appendPatterns } from './patterns.ts';
import { drawSign } from './sign.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;
type HouseSelection = Nodes<SVGGElement, HouseNode>;

/** A demolished house sinks this far as it fades. */
const SINK = 20;
const ROOMS = ['kernel', 'services', 'reserve', 'tenant'] as const;

function sameHouse(a: HouseNode, b: HouseNode): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.label === b.label && a.bootSeconds === b.bootSeconds &&
    a.parts.kernel === b.parts.kernel && a.parts.services === b.parts.services && a.parts.reserve === b.parts.reserve &&
    a.parts.tenant === b.parts.tenant && a.sizeName === b.sizeName;
}

function houseTitle(node: HouseNode): string {
  return `${node.label}: a virtual machine (${node.software}, ${node.sizeName}), ${formatMemory(node.memoryBytes)} of memory with its own guest OS; ready ${formatSeconds(node.bootSeconds)} after start.`;
}

/** Builds a house's parts once; `placeHouse` sets their geometry. */
function buildHouse(house: HouseSelection, patterns: PatternIds): void {
  house.attr('data-kind', (d) => d.kind).attr('data-workload-id', (d) => d.id).attr('role', 'presentation');
  house.append('title');
  const foundation = house.append('g').attr('class', 'stage stage-foundation');
  foundation.append('rect').attr('class', 'house-foundation');
  const walls = house.append('g').attr('class', 'stage stage-walls');
  walls.append('rect').attr('class', 'house-walls');
  const roof = house.append('g').attr('class', 'stage stage-roof');
  roof.append('path').attr('class', 'house-roof');
  const utilities = house.append('g').attr('class', 'stage stage-utilities');
  utilities.append('rect').attr('class', 'part-kernel').attr('fill', patternFill(patterns.kernel));
  utilities.append('rect').attr('class', 'part-services').attr('fill', patternFill(patterns.services));
  utilities.append('rect').attr('class', 'part-reserve');
  utilities.append('path').attr('class', 'room-dividers');
  const tenant = house.append('g').attr('class', 'stage stage-tenant');
  tenant.append('rect').attr('class', 'part-tenant');
  tenant.append('path').attr('class', 'tenant-person');
  house.append('text').attr('class', 'scene-label house-label').attr('text-anchor', 'middle');
}

/** Where each house stands: directly, or on the given transition (selections and transitions share attr()). */
function houseAt(house: HouseSelection | Moving<SVGGElement, HouseNode>): void {
  (house as HouseSelection).attr('transform', (d) => `translate(${d.x},${d.y})`);
}

/** Sets every part of each house from its plan, relative to where it stands. */
function placeHouse(house: HouseSelection | Moving<SVGGElement, HouseNode>): void {
  const sel = house as HouseSelection;
  placeRect(sel.select('.house-foundation'), (d: HouseNode) => d.plan.foundation);
  placeRect(sel.select('.house-walls'), (d: HouseNode) => d.plan.walls);
  sel.select('.house-roof').attr('d', (d) => roofPath(d.plan.roof));
  for (const room of ROOMS) placeRect(sel.select(`.part-${room}`), (d: HouseNode) => d.plan.rooms[room]);
  sel.select('.room-dividers').attr('d', (d) => roomDividersPath(d.plan.dividers));
  sel.select('.tenant-person').attr('d', (d) => personPath(d.plan.person));
  sel.select('.house-label').attr('x', (d) => d.name.x).attr('y', (d) => d.name.y)
    .attr('display', (d) => (d.name.shown ? null : 'none'));
}

function labelHouse(house: HouseSelection): void {
  house.attr('aria-label', (d) => d.label);
  house.select('title').text(houseTitle);
  house.select('.house-label').text((d) => d.name.text);
}

/** The stages of building a house, in order, each as a share of the whole build. */
const STAGES = [
  ['foundation', 0, 0.2],
  ['walls', 0.2, 0.5],
  ['roof', 0.5, 0.65],
  ['utilities', 0.65, 0.85],
  ['tenant', 0.85, 1],
] as const;

/** How long each stage takes to appear, at the base duration of 600 ms: a stage is there at once, not grown slowly. */
const STAGE_FADE_MS = 200;

/**
 * Builds houses in stages, foundation to tenant: each stage appears, in a short fade, by the end of its share of a
 * time that follows the house's boot time, and the tenant moves in when the house is ready. Short fades keep few
 * parts changing in any one frame: fifty houses fading each stage over its whole share kept every part of every
 * house changing in every frame of the race.
 */
function animateBuild(house: HouseSelection, duration: number, transitions: TrackedTransition[]): void {
  const fade = STAGE_FADE_MS * (duration / 600);
  for (const [stage, from, to] of STAGES) {
    const part = house.select<SVGGElement>(`.stage-${stage}`).attr('opacity', 0);
    const length = (d: HouseNode) => Math.min(fade, (to - from) * watchableMs(d.bootSeconds, duration));
    transitions.push(part.transition('build')
      .delay((d) => to * watchableMs(d.bootSeconds, duration) - length(d))
      .duration(length)
      .attr('opacity', 1));
  }
}

/** A house per VM, keyed by workload id: built in stages, moved when its parcel moves, demolished when it goes. */
function houseSpec(patterns: PatternIds): JoinSpec<SVGGElement, HouseNode> {
  return {
    tag: 'g',
    className: 'house',
    key: (d) => d.id,
    build: (house) => buildHouse(house, patterns),
    place: placeHouse,
    at: houseAt,
    name: labelHouse,
    same: sameHouse,
    glide: true,
    arrive: animateBuild,
    // Demolition: the house sinks and fades, then is gone.
    leave: (exit, duration) => exit.transition('exit').duration(duration)
      .attr('opacity', 0)
      .attr('transform', (d) => `translate(${d.x},${d.y + SINK})`),
  };
}

const GROUND: JoinSpec<SVGRectElement, StreetRow> = {
  tag: 'rect',
  className: 'land-ground',
  key: (d) => String(d.index),
  place: (target) => placeRect(target as Nodes<SVGRectElement, StreetRow>, (d: StreetRow) => d.ground),
};

const FREE_LABEL = captionSpec('scene-label free-label');

function freeSpec(patterns: PatternIds): JoinSpec<SVGRectElement, FreeLand> {
  return {
    tag: 'rect',
    className: 'land-free',
    key: (_, i) => String(i),
    place: (target) => placeRect((target as Nodes<SVGRectElement, FreeLand>).attr('fill', patternFill(patterns.free)), (d: FreeLand) => d.plot),
  };
}

const PLATFORM_CLASSES: Record<PlatformParcel['key'], string> = {
  'host-os': 'platform-host-os',
  hypervisor: 'platform-hypervisor',
  engine: 'platform-engine',
};

function platformSpec(patterns: PatternIds): JoinSpec<SVGGElement, PlatformParcel> {
  return captionedBoxSpec<PlatformParcel>({
    className: 'platform-parcel',
    key: (d) => d.key,
    labelClass: 'platform-label',
    mark: (parcel) => parcel.attr('data-platform', (d) => d.key),
    paint: (rect) => rect
      .attr('class', (d) => PLATFORM_CLASSES[d.key])
      .attr('fill', (d) => (d.key === 'host-os' ? patternFill(patterns.kernel) : d.key === 'engine' ? patternFill(patterns.services) : null)),
    title: (d) => `${d.label}: ${formatMemory(d.bytes)} of the host’s memory, before any house.`,
    hideUnfit: true,
  });
}

/**
 * The street of houses: land in rows, the hypervisor's parcel, and one house per VM. Each house is built
 * foundation, walls, roof, utilities, then tenant, over a time that follows its boot time.
 */
export function createStreetScene(root: SVGGElement): Scene<StreetLayout> {
  const svg = root.ownerSVGElement;
  const tracker = createSettleTracker(svg);
  const g = select(root) as G;
  const patterns = appendPatterns(g.append('defs'), 'street');
  const landLayer = g.append('g').attr('class', 'land');
  const freeLayer = g.append('g').attr('class', 'free-land');
  const platformLayer = g.append('g').attr('class', 'platform');
  const houseLayer = g.append('g').attr('class', 'houses');
  const calloutLayer = g.append('g').attr('class', 'callouts');
  const signLayer = g.append('g').attr('class', 'signs');
  const specs = { houses: houseSpec(patterns), free: freeSpec(patterns), platform: platformSpec(patterns) };
  let lastRace = 0;

  function update(layout: StreetLayout, options: UpdateOptions): void {
    const { duration } = options;
    const transitions: TrackedTransition[] = [];
    const motion = { duration, transitions, force: duration === 0 && jumpToEnd(g, tracker) };
    joinById(landLayer, layout.rows, GROUND, motion);
    joinById(freeLayer, layout.free, specs.free, motion);
    joinById(freeLayer, layout.freeLabel ? [layout.freeLabel] : [], FREE_LABEL, motion);
    joinById(calloutLayer, layout.callouts, CALLOUTS, motion);
    joinById(platformLayer, layout.platform, specs.platform, motion);
    joinById(houseLayer, layout.houses, specs.houses, motion);
    markBreached(houseLayer, options.breachId);
    markHighlight(g, options.highlight);
    if (options.race !== undefined && options.race !== lastRace) {
      lastRace = options.race;
      if (duration > 0) animateBuild(houseLayer.selectAll<SVGGElement, HouseNode>('g.house:not([data-leaving])'), duration, transitions);
    }
    drawSign(signLayer, options.refusal, duration, tracker);
    tracker.track(transitions);
  }

  return {
    update,
    destroy() {
      tracker.destroy();
      interruptAll(g);
      g.selectAll('*').remove();
    },
  };
}
