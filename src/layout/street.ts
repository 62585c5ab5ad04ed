import {
  buildingCoreMemory,
  CATALOG,
  computeCosts,
  formatMemory,
  hypervisorMemory,
  sizeById,
  vmMemory,
  withoutPageMerging,
  workloadStartSeconds,
  type Host,
  type SizeId,
} from '../model/index.ts';
import { bySize } from './bySize.ts';
import { placeCallouts, type Callout, type CalloutTarget } from './callouts.ts';
import { GROUND_HEIGHT, houseName, planHouse, ROOF_BASE, type HouseParts, type HousePlan } from './house.ts';
import { foldRibbon, landWidths, type RowShape } from './ribbon.ts';
import { pxPerByte, STREET_ROW_GAP, STREET_ROW_HEIGHT, type LandScale } from './scale.ts';
import { insetRect, type Caption, type Inset, type Rect } from './shapes.ts';
import { LABEL_SIZE, textWidth } from './text.ts';

/** One VM, drawn as a house on its parcel. The parcel's width is in proportion to the VM's memory. */
export interface HouseNode extends Rect {
  readonly id: string;
  /** A classic VM, or a microVM (a studio house with a minimal guest kernel). */
  readonly kind: 'vm' | 'microvm';
  readonly label: string;
  readonly kindName: string;
  readonly software: string;
  readonly sizeName: string;
  readonly memoryBytes: number;
  readonly bootSeconds: number;
  readonly parts: HouseParts;
  /** Where its foundation, walls, roof, rooms and tenant go, in the house's own coordinates. */
  readonly plan: HousePlan;
  /** Its name, on the pavement beneath it, in the house's own coordinates. */
  readonly name: Caption;
  /** The y of the ground line the house stands on. */
  readonly groundY: number;
}

/** A row of the street: its land runs from x = 0 to `landWidth`. */
export interface StreetRow {
  readonly index: number;
  readonly y: number;
  readonly groundY: number;
  readonly landWidth: number;
  /** The ground strip at the row's foot, as far as its land runs. */
  readonly ground: Rect;
}

/** Land not yet built on: the parcel, and the land as drawn on it (from the eaves' height down to the ground). */
export interface FreeLand extends Rect {
  readonly plot: Rect;
}

export interface StreetLayout {
  readonly width: number;
  readonly height: number;
  readonly rowHeight: number;
  readonly rows: readonly StreetRow[];
  /** The land taken before any house: the hypervisor, and for type 2 the host OS beneath it. */
  readonly platform: readonly PlatformParcel[];
  readonly houses: readonly HouseNode[];
  /** Free land, in proportion to free memory. */
  readonly free: readonly FreeLand[];
  /** "free land: …", on the first free parcel wide enough for it. */
  readonly freeLabel: Caption | null;
  readonly freeBytes: number;
  /** The first house's parts named where they stand, above the street: its guest kernel, services, unused rooms, app. */
  readonly callouts: readonly Callout[];
}

/** Above the first row: up to three lines for the names of the first house's parts. */
const CALLOUT_LINE = 17;
const CALLOUT_WEIGHT: Readonly<Record<string, number>> = { 'guest-os': 7, kernel: 4, services: 3, app: 2, reserve: 1 };
const CALLOUT_LINES = [14, 14 + CALLOUT_LINE, 14 + 2 * CALLOUT_LINE];

/** What the first house's rooms are, left to right, named at their middles. */
function houseCallouts(house: Pick<HouseNode, 'x' | 'y' | 'plan'>, width: number, lines: readonly number[]): Callout[] {
  const { kernel, services, reserve, tenant } = house.plan.rooms;
  const at = (key: string, text: string, room: Rect): CalloutTarget | null =>
    room.width < 0.2 ? null : { key, text, x: house.x + room.x + room.width / 2, y: house.y + room.y };
  // Two strips too close for a leader each are named together, at the middle of both.
  const together = services.x + services.width / 2 - (kernel.x + kernel.width / 2) < 8;
  const guest = { ...kernel, width: kernel.width + services.width };
  const targets = [
    ...(together
      ? [at('guest-os', 'guest kernel + services', guest)]
      : [at('kernel', 'guest kernel', kernel), at('services', 'OS services', services)]),
    at('app', 'app', tenant),
    at('reserve', 'held, unused', reserve),
  ].filter((target): target is CalloutTarget => target !== null);
  // The two thin strips' names go out on either side or one above the other: whichever order names more parts.
  const swapped = [targets[1], targets[0], ...targets.slice(2)].filter((target): target is CalloutTarget => target !== undefined);
  const [a, b] = [placeCallouts(targets, lines, width), placeCallouts(swapped, lines, width)];
  return b.length > a.length ? b : a;
}

/** A parcel of the street's own infrastructure. */
export interface PlatformParcel extends Rect {
  readonly key: 'host-os' | 'hypervisor' | 'engine';
  readonly label: string;
  readonly bytes: number;
  /** The parcel as drawn, from the eaves' height down to the ground. */
  readonly plot: Rect;
  readonly caption: Caption;
}

/** Land is drawn from the eaves' height to the ground, a px in from each side so parcels do not run together. */
const LAND: Inset = { x: 1, top: ROOF_BASE, bottom: GROUND_HEIGHT };
/** A label stands this far in from the left of its parcel, with as much room kept on the right. */
const LABEL_INSET = 6;

/**
 * The street's own parcel. A type-1 hypervisor runs on the hardware with a management domain beside the guests; a
 * type-2 hypervisor is a program on a host OS, which pays instead. A row of microVMs stands on a Linux host (KVM) whose
 * container engine starts each microVM.
 */
function platformParcels(host: Host): { key: PlatformParcel['key']; label: string; short: string; bytes: number }[] {
  if (host.placement === 'microvm') {
    const core = buildingCoreMemory(host);
    return [
      { key: 'host-os', label: 'Host OS + KVM', short: 'Host OS', bytes: core.kernel },
      { key: 'engine', label: 'Engine', short: 'Engine', bytes: core.engine },
    ];
  }
  const share = hypervisorMemory(host);
  return host.hypervisor === 'type-2'
    ? [{ key: 'host-os', label: 'Host OS, hypervisor (type 2)', short: 'Host OS', bytes: share.hostOs }]
    : [{ key: 'hypervisor', label: 'Hypervisor (type 1)', short: 'Hypervisor', bytes: share.hypervisor }];
}

/** A house of this size as it would be drawn without page merging. */
function unmergedPlan(host: Host, size: SizeId, px: (bytes: number) => number): HousePlan {
  const memory = vmMemory(withoutPageMerging(host), { size });
  return planHouse(px(memory.total), STREET_ROW_HEIGHT, houseParts(memory, px));
}

/** The widths of a house's parts, from its VM's memory. */
function houseParts(memory: ReturnType<typeof vmMemory>, px: (bytes: number) => number): HouseParts {
  return {
    kernel: px(memory.guest.kernel),
    services: px(memory.guest.services),
    reserve: px(memory.reserve),
    monitor: px(memory.monitor),
    tenant: px(memory.tenant),
  };
}

/** "free land: …", on the first free parcel wide enough for the words. */
function freeLabel(free: readonly Rect[], freeBytes: number): Caption | null {
  const text = `free land: ${formatMemory(freeBytes)}`;
  const first = free.find((rect) => textWidth(text, LABEL_SIZE) + 2 * LABEL_INSET <= rect.width);
  return first ? { text, x: first.x + LABEL_INSET, y: first.y + ROOF_BASE + 20, shown: true } : null;
}

/** The street of houses for a host of VMs (or the row of studio houses for a host of microVMs), `scale.width` px wide. */
export function layoutStreet(host: Host, scale: LandScale): StreetLayout {
  const shape: RowShape = { width: scale.width, pxPerByte: pxPerByte(scale, STREET_ROW_HEIGHT) };
  const costs = computeCosts(host);
  const parcels = platformParcels(host);
  const px = (bytes: number) => bytes * shape.pxPerByte;
  const houseOfSize = bySize((size) => {
    const memory = vmMemory(host, { size });
    const parts = houseParts(memory, px);
    // The same width the ribbon gives the house: its bytes at the street's px per byte.
    return { memory, parts, plan: planHouse(px(memory.total), STREET_ROW_HEIGHT, parts) };
  });
  const items = [
    ...parcels.map((parcel) => ({ key: parcel.key, bytes: parcel.bytes })),
    ...host.workloads.map((workload) => ({ key: workload.id, bytes: houseOfSize(workload.size).memory.total })),
  ];
  const ribbon = foldRibbon(items, costs.memory.free, shape);
  // Room above the first row for the names of the first house's parts: the lines they take on the house as it
  // stands without page merging, so that merging (which shrinks the house on the same land) never changes the
  // street's height and rescales the picture. The names are then placed on the house as drawn, on those lines.
  const first = host.workloads[0];
  const firstSpan = first ? ribbon.spans.get(first.id) : undefined;
  const linesFor = (plan: HousePlan, lines: number) => houseCallouts(
    { x: firstSpan!.x, y: 3 + lines * CALLOUT_LINE + firstSpan!.row * (STREET_ROW_HEIGHT + STREET_ROW_GAP), plan },
    scale.width,
    CALLOUT_LINES.slice(0, lines),
  );
  let lines = 0;
  if (first && firstSpan) {
    const unmerged = host.optimisations.mergePages ? unmergedPlan(host, first.size, px) : houseOfSize(first.size).plan;
    // The guest's own parts matter most, then the app, then the rooms held unused: the fewest lines that name the
    // most of what matters.
    const named = [1, 2, 3].map((count) => linesFor(unmerged, count).reduce((sum, callout) => sum + CALLOUT_WEIGHT[callout.key]!, 0));
    lines = named.indexOf(Math.max(...named)) + 1;
  }
  const band = lines === 0 ? 0 : 3 + lines * CALLOUT_LINE;
  const callouts = lines === 0 ? [] : linesFor(houseOfSize(first!.size).plan, lines);
  const rowTop = (row: number) => band + row * (STREET_ROW_HEIGHT + STREET_ROW_GAP);

  const platform = parcels.map(({ short, ...parcel }): PlatformParcel => {
    const span = ribbon.spans.get(parcel.key)!;
    const land = { x: span.x, y: rowTop(span.row), width: span.width, height: STREET_ROW_HEIGHT };
    // Its full name where it fits, else its one word: the dark parcel is never left unnamed for want of room.
    const text = [parcel.label, short].find((words) => textWidth(words, LABEL_SIZE) <= land.width - 8) ?? parcel.label;
    return {
      ...parcel,
      ...land,
      plot: insetRect(land, { ...LAND, minWidth: 1 }),
      caption: { text, x: land.x + 4, y: land.y + ROOF_BASE + 18, shown: textWidth(text, LABEL_SIZE) <= land.width - 8 },
    };
  });

  const houses = host.workloads.map((workload): HouseNode => {
    const span = ribbon.spans.get(workload.id)!;
    const { memory, parts, plan } = houseOfSize(workload.size);
    const kind = CATALOG[workload.kind];
    return {
      id: workload.id,
      kind: host.placement === 'microvm' ? 'microvm' : 'vm',
      label: workload.label,
      kindName: kind.name,
      software: kind.software,
      sizeName: sizeById(workload.size).name,
      memoryBytes: memory.total,
      bootSeconds: workloadStartSeconds(host, workload),
      x: span.x,
      y: rowTop(span.row),
      width: span.width,
      height: STREET_ROW_HEIGHT,
      groundY: rowTop(span.row) + STREET_ROW_HEIGHT - GROUND_HEIGHT,
      parts,
      plan,
      name: houseName(span.width, STREET_ROW_HEIGHT, workload.label, kind.short),
    };
  });

  const free = ribbon.free.map((span): FreeLand => {
    const land = { x: span.x, y: rowTop(span.row), width: span.width, height: STREET_ROW_HEIGHT };
    return { ...land, plot: insetRect(land, LAND) };
  });

  const rows = landWidths(ribbon).map((landWidth, index): StreetRow => {
    const groundY = rowTop(index) + STREET_ROW_HEIGHT - GROUND_HEIGHT;
    return { index, y: rowTop(index), groundY, landWidth, ground: { x: 0, y: groundY, width: landWidth, height: GROUND_HEIGHT } };
  });

  return {
    width: scale.width,
    // The last row's gap is kept: the names of its houses stand there.
    height: rowTop(ribbon.rows),
    rowHeight: STREET_ROW_HEIGHT,
    rows,
    platform,
    houses,
    free,
    freeLabel: freeLabel(free, costs.memory.free),
    freeBytes: costs.memory.free,
    callouts,
  };
}
