import {
  buildingCoreMemory,
  containerMemory,
  guestFootprint,
  hypervisorMemory,
  SIDES,
  SIZE_IDS,
  vmMemory,
  withoutPageMerging,
  type Host,
  type Scenario,
  type SizeId,
} from '../model/index.ts';

/**
 * How bytes of memory become land: one scale for every scene, so the street and the building stand on lots of the
 * same area. Land is drawn in rows of equal width: blocks of the street, floors of the building. Area, not width,
 * is what stays in proportion, so the building can have floors half as tall with units twice as wide.
 */
export interface LandScale {
  /** Width of a row, in px (scene coordinates: the viewBox matches the measured wrapper). */
  readonly width: number;
  /** Square px of land per byte of memory. */
  readonly areaPerByte: number;
  /** How many rows the street's land is folded into at this scale. */
  readonly rows: number;
}

/** The street is folded into as many rows as make it about this tall for its width, within these bounds. */
const HEIGHT_PER_WIDTH = 0.8;
const MAX_HEIGHT = 440;
const MIN_ROWS = 2;
const MAX_ROWS = 8;
/** The largest thing to draw fills at most this share of a row, so it is never clipped. */
const LARGEST_HOUSE_SHARE = 0.9;

/** A row of the street: roof, walls and the ground line. */
export const STREET_ROW_HEIGHT = 64;
/** Between rows of the street: a pavement where the houses' names go, no land. */
export const STREET_ROW_GAP = 20;

/**
 * The sizes a scale is made for: those in use on any side, and never less than a 2-bedroom, so that small tenants
 * coming and going leave the scale alone. A penthouse VM is rounded up to half a laptop's memory: drawn only when
 * there is one, the picture stays large enough to read until then.
 */
export function sizesInUse(scenario: Scenario): SizeId[] {
  const used = new Set<SizeId>(['two-bedroom']);
  for (const side of SIDES) for (const workload of scenario.hosts[side].workloads) used.add(workload.size);
  return SIZE_IDS.filter((size) => used.has(size));
}

/**
 * The largest house of these sizes the host could hold: a VM rounded up to its size, with its monitor, as it is before
 * page merging. Merging shrinks the houses on the same land; it must not zoom the picture in.
 */
export function largestHouseBytes(host: Host, sizes: readonly SizeId[] = SIZE_IDS): number {
  const unmerged = withoutPageMerging(host);
  // The row of microVMs stands on the same land: a minimal guest made large could make its houses the larger.
  const micro = { ...host, placement: 'microvm' as const };
  return Math.max(...sizes.flatMap((size) => [vmMemory(unmerged, { size }).total, vmMemory(micro, { size }).total]));
}

/**
 * The largest thing any scene of this host may have to draw in one row: the largest house and apartment of these
 * sizes, the street's hypervisor parcel, the building's kernel or engine, the nested VM's guest OS. Facts can make
 * any of them large.
 */
export function largestItemBytes(host: Host, sizes: readonly SizeId[] = SIZE_IDS): number {
  // The street's host stands for every side: a building on its land has this core (the nested one, a guest OS).
  const core = buildingCoreMemory(host);
  return Math.max(
    largestHouseBytes(host, sizes),
    hypervisorMemory(host).total,
    core.kernel,
    core.engine,
    guestFootprint(host.facts, host.guestOs).total,
    ...sizes.map((size) => containerMemory(host, { size }).total),
  );
}

/**
 * The scale for a host of this hardware and guest OS, drawn `width` px wide, for houses of these sizes, in at most
 * `maxRows` rows (fewer rows draw the same land smaller: how a picture is fitted to the screen's height).
 */
export function landScale(host: Host, width: number, sizes: readonly SizeId[] = SIZE_IDS, maxRows = MAX_ROWS): LandScale {
  const capacity = host.hardware.memoryBytes;
  const fitRows = Math.floor((LARGEST_HOUSE_SHARE * capacity) / largestItemBytes(host, sizes));
  const targetHeight = Math.min(MAX_HEIGHT, width * HEIGHT_PER_WIDTH);
  const wanted = Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.round(targetHeight / (STREET_ROW_HEIGHT + STREET_ROW_GAP))));
  const rows = Math.max(1, Math.min(wanted, fitRows, maxRows));
  const pxPerByte = (rows * width) / capacity;
  return { width, areaPerByte: pxPerByte * STREET_ROW_HEIGHT, rows };
}

/** Bytes to px of width for rows of a given height. */
export function pxPerByte(scale: LandScale, rowHeight: number): number {
  return scale.areaPerByte / rowHeight;
}
