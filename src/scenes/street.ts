import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { formatMemory, formatSeconds } from '../model/index.ts';
import { GROUND_HEIGHT, type HouseNode, type PlatformParcel, type Rect, type StreetLayout, type StreetRow } from '../layout/index.ts';
import { createSettleTracker, interruptAll, jumpToEnd, markBreached, watchableMs, type Scene, type TrackedTransition, type UpdateOptions } from './motion.ts';
import { appendPatterns, type PatternIds } from './patterns.ts';
import { drawSign } from './sign.ts';
import { fitText, textWidth } from './text.ts';

type G = Selection<SVGGElement, unknown, null, undefined>;
type HouseSelection = Selection<SVGGElement, HouseNode, SVGGElement, unknown>;

const LABEL_SIZE = 14;
const ROOF_TOP = 3;
const ROOF_BASE = 22;
const FOUNDATION = 6;

/** Where the parts of a house go, in the house's own coordinates. */
function houseGeometry(node: HouseNode) {
  const inset = Math.min(4, node.width * 0.08);
  const ground = node.height - GROUND_HEIGHT;
  const foundationTop = ground - FOUNDATION;
  const wallX = inset;
  const wallWidth = Math.max(1, node.width - 2 * inset);
  const pad = Math.min(3, wallWidth * 0.1);
  const innerX = wallX + pad;
  const innerWidth = Math.max(0.5, wallWidth - 2 * pad);
  const innerY = ROOF_BASE + pad;
  const innerHeight = foundationTop - ROOF_BASE - 2 * pad;
  const { kernel, services, userland, tenant } = node.parts;
  const k = innerWidth / (kernel + services + userland + tenant);
  const parts = {
    kernel: { x: innerX, width: kernel * k },
    services: { x: innerX + kernel * k, width: services * k },
    userland: { x: innerX + (kernel + services) * k, width: userland * k },
    tenant: { x: innerX + (kernel + services + userland) * k, width: tenant * k },
  };
  return { inset, ground, foundationTop, wallX, wallWidth, innerY, innerHeight, parts };
}

function roofPath(node: HouseNode): string {
  const g = houseGeometry(node);
  const eave = Math.min(3, g.inset);
  return `M${g.wallX - eave},${ROOF_BASE} L${node.width / 2},${ROOF_TOP} L${g.wallX + g.wallWidth + eave},${ROOF_BASE} Z`;
}

function roomDividers(node: HouseNode): string {
  const g = houseGeometry(node);
  const room = g.parts.userland;
  if (room.width < 24) return '';
  const top = g.innerY;
  const bottom = g.innerY + g.innerHeight;
  return [1, 2, 3].map((i) => `M${room.x + (room.width * i) / 4},${top} V${bottom}`).join(' ');
}

function personPath(node: HouseNode): string {
  const g = houseGeometry(node);
  const cx = g.parts.tenant.x + g.parts.tenant.width / 2;
  const bottom = g.innerY + g.innerHeight;
  const r = Math.min(4, g.parts.tenant.width / 3);
  if (r < 1.5) return '';
  const head = bottom - 6 * r;
  return `M${cx - r},${head} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0 M${cx - 1.6 * r},${bottom} L${cx - 1.2 * r},${head + 1.6 * r} L${cx + 1.2 * r},${head + 1.6 * r} L${cx + 1.6 * r},${bottom} Z`;
}

function sameHouse(a: HouseNode, b: HouseNode): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.label === b.label && a.bootSeconds === b.bootSeconds &&
    a.parts.kernel === b.parts.kernel && a.parts.services === b.parts.services && a.parts.userland === b.parts.userland &&
    a.parts.tenant === b.parts.tenant && a.sizeName === b.sizeName;
}

function houseTitle(node: HouseNode): string {
  return `${node.label}: a virtual machine (${node.software}, ${node.sizeName}), ${formatMemory(node.memoryBytes)} of memory with its own guest OS; ready ${formatSeconds(node.bootSeconds)} after start.`;
}

/** Builds a house's parts once; `placeHouse` sets their geometry. */
function buildHouse(house: HouseSelection, patterns: PatternIds): void {
  house.append('title');
  const foundation = house.append('g').attr('class', 'stage stage-foundation');
  foundation.append('rect').attr('class', 'house-foundation');
  const walls = house.append('g').attr('class', 'stage stage-walls');
  walls.append('rect').attr('class', 'house-walls');
  const roof = house.append('g').attr('class', 'stage stage-roof');
  roof.append('path').attr('class', 'house-roof');
  const utilities = house.append('g').attr('class', 'stage stage-utilities');
  utilities.append('rect').attr('class', 'part-kernel').attr('fill', `url(#${patterns.kernel})`);
  utilities.append('rect').attr('class', 'part-services').attr('fill', `url(#${patterns.services})`);
  utilities.append('rect').attr('class', 'part-userland');
  utilities.append('path').attr('class', 'room-dividers');
  const tenant = house.append('g').attr('class', 'stage stage-tenant');
  tenant.append('rect').attr('class', 'part-tenant');
  tenant.append('path').attr('class', 'tenant-person');
  house.append('text').attr('class', 'scene-label house-label').attr('text-anchor', 'middle');
}

/** Sets every part of each house from its node: directly, or on the given transition (the calls are the same). */
function placeHouse(house: HouseSelection | Transition<SVGGElement, HouseNode, SVGGElement, unknown>): void {
  // Selections and transitions share attr() and select(); the cast lets one function serve both.
  const sel = house as HouseSelection;
  sel.attr('transform', (d) => `translate(${d.x},${d.y})`);
  sel.select('.house-foundation').attr('x', (d) => houseGeometry(d).wallX).attr('y', (d) => houseGeometry(d).foundationTop)
    .attr('width', (d) => houseGeometry(d).wallWidth).attr('height', FOUNDATION);
  sel.select('.house-walls').attr('x', (d) => houseGeometry(d).wallX).attr('y', ROOF_BASE)
    .attr('width', (d) => houseGeometry(d).wallWidth).attr('height', (d) => houseGeometry(d).foundationTop - ROOF_BASE);
  sel.select('.house-roof').attr('d', roofPath);
  for (const part of ['kernel', 'services', 'userland', 'tenant'] as const) {
    sel.select(`.part-${part}`).attr('x', (d) => houseGeometry(d).parts[part].x).attr('y', (d) => houseGeometry(d).innerY)
      .attr('width', (d) => houseGeometry(d).parts[part].width).attr('height', (d) => houseGeometry(d).innerHeight);
  }
  sel.select('.room-dividers').attr('d', roomDividers);
  sel.select('.tenant-person').attr('d', personPath);
  sel.select('.house-label').attr('x', (d) => d.width / 2).attr('y', (d) => d.height + 15)
    .attr('display', (d) => (fitText(d.label, d.width - 4, LABEL_SIZE) ? null : 'none'));
}

function labelHouse(house: HouseSelection): void {
  house.attr('aria-label', (d) => d.label);
  house.select('title').text(houseTitle);
  house.select('.house-label').text((d) => fitText(d.label, d.width - 4, LABEL_SIZE));
}

/** The stages of building a house, in order, each as a share of the whole build. */
const STAGES = [
  ['foundation', 0, 0.2],
  ['walls', 0.2, 0.5],
  ['roof', 0.5, 0.65],
  ['utilities', 0.65, 0.85],
  ['tenant', 0.85, 1],
] as const;

/** Builds houses in stages, foundation to tenant, each over a time that follows its boot time. */
function animateBuild(house: HouseSelection, duration: number, transitions: TrackedTransition[]): void {
  for (const [stage, from, to] of STAGES) {
    const part = house.select<SVGGElement>(`.stage-${stage}`).attr('opacity', 0);
    transitions.push(part.transition('build')
      .delay((d) => from * watchableMs(d.bootSeconds, duration))
      .duration((d) => (to - from) * watchableMs(d.bootSeconds, duration))
      .attr('opacity', 1));
  }
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
  const signLayer = g.append('g').attr('class', 'signs');
  /** The node each house was last drawn from. */
  const placed = new WeakMap<Element, HouseNode>();
  let lastRace = 0;

  function drawLand(rows: readonly StreetRow[], free: readonly Rect[], layout: StreetLayout): void {
    landLayer.selectAll<SVGRectElement, StreetRow>('rect.land-ground').data(rows, (d) => String(d.index))
      .join('rect').attr('class', 'land-ground')
      .attr('x', 0).attr('y', (d) => d.groundY).attr('width', (d) => d.landWidth).attr('height', GROUND_HEIGHT);
    freeLayer.selectAll<SVGRectElement, Rect>('rect.land-free').data(free)
      .join('rect').attr('class', 'land-free').attr('fill', `url(#${patterns.free})`)
      .attr('x', (d) => d.x + 1).attr('y', (d) => d.y + ROOF_BASE).attr('width', (d) => Math.max(0, d.width - 2))
      .attr('height', (d) => d.height - GROUND_HEIGHT - ROOF_BASE);
    const text = `free land: ${formatMemory(layout.freeBytes)}`;
    const first = free.find((rect) => textWidth(text, LABEL_SIZE) + 12 <= rect.width);
    const label = first ? [first] : [];
    freeLayer.selectAll<SVGTextElement, Rect>('text.free-label').data(label)
      .join('text').attr('class', 'scene-label free-label')
      .attr('x', (d) => d.x + 6).attr('y', (d) => d.y + ROOF_BASE + 20)
      .text(text);
  }

  function drawPlatform(layout: StreetLayout): void {
    const parcel = platformLayer.selectAll<SVGGElement, PlatformParcel>('g.platform-parcel').data(layout.platform, (d) => d.key)
      .join((enter) => {
        const e = enter.append('g').attr('class', 'platform-parcel').attr('data-platform', (d) => d.key);
        e.append('title');
        e.append('rect');
        e.append('text').attr('class', 'scene-label platform-label');
        return e;
      });
    parcel.select('title').text((d) => `${d.label}: ${formatMemory(d.bytes)} of the host’s memory, before any house.`);
    parcel.select('rect')
      .attr('class', (d) => (d.key === 'host-os' ? 'platform-host-os' : 'platform-hypervisor'))
      .attr('fill', (d) => (d.key === 'host-os' ? `url(#${patterns.kernel})` : null))
      .attr('x', (d) => d.x + 1).attr('y', (d) => d.y + ROOF_BASE)
      .attr('width', (d) => Math.max(1, d.width - 2)).attr('height', (d) => d.height - GROUND_HEIGHT - ROOF_BASE);
    parcel.select('text').attr('x', (d) => d.x + 4).attr('y', (d) => d.y + ROOF_BASE + 18)
      .attr('display', (d) => (textWidth(d.label, LABEL_SIZE) <= d.width - 8 ? null : 'none'))
      .text((d) => d.label);
  }

  function update(layout: StreetLayout, options: UpdateOptions): void {
    const { duration } = options;
    const transitions: TrackedTransition[] = [];
    const force = duration === 0 && jumpToEnd(g, tracker);
    drawLand(layout.rows, layout.free, layout);
    drawPlatform(layout);

    houseLayer.selectAll<SVGGElement, HouseNode>('g.house').data(layout.houses, (d) => d.id).join(
      (enter) => {
        const house = enter.append('g').attr('class', 'house').attr('data-kind', 'vm').attr('data-workload-id', (d) => d.id)
          .attr('role', 'presentation');
        buildHouse(house, patterns);
        placeHouse(house);
        labelHouse(house);
        house.each(function (d) {
          placed.set(this, d);
        });
        if (duration > 0) animateBuild(house, duration, transitions);
        return house;
      },
      (existing) => {
        // A house being demolished that comes back (an undo mid-animation) is rebuilt where it belongs.
        const returning = existing.filter(function () {
          return this.hasAttribute('data-leaving');
        });
        interruptAll(returning);
        returning.attr('data-leaving', null).attr('opacity', null).selectAll('.stage').attr('opacity', null);
        // Only houses whose node changed are touched: adding one house leaves the others alone.
        const changed = existing.filter(function (d) {
          const before = placed.get(this);
          return force || before === undefined || !sameHouse(before, d) || returning.nodes().includes(this);
        });
        labelHouse(changed);
        if (duration > 0 && !changed.empty()) {
          const move = changed.transition('move').duration(duration);
          placeHouse(move);
          transitions.push(move);
        } else {
          placeHouse(changed);
        }
        changed.each(function (d) {
          placed.set(this, d);
        });
        return existing;
      },
      (exit) => {
        if (duration === 0) {
          interruptAll(exit);
          exit.remove();
          return;
        }
        // Demolition: the house sinks and fades, then is gone.
        interruptAll(exit);
        exit.attr('data-leaving', 'true');
        const leave = exit.transition('exit').duration(duration)
          .attr('opacity', 0)
          .attr('transform', (d) => `translate(${d.x},${d.y + 20})`)
          .remove();
        transitions.push(leave);
      },
    );
    markBreached(houseLayer, options.breachId);
    g.attr('data-highlight', options.highlight ?? null);
    if (options.race !== undefined && options.race !== lastRace) {
      lastRace = options.race;
      if (duration > 0) animateBuild(houseLayer.selectAll<SVGGElement, HouseNode>('g.house:not([data-leaving])'), duration, transitions);
    }
    drawSign(signLayer, options.refusal, layout.width, layout.height, duration, tracker);
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
