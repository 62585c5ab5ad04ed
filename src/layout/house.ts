import type { Caption, PersonSpot, Rect, Roof } from './shapes.ts';
import { fitName, LABEL_SIZE } from './text.ts';

/** Height of the ground strip at the foot of every row of the street. */
export const GROUND_HEIGHT = 8;
/** Where a house's roof starts and ends, down from the top of its row: the land below it is drawn from the eaves. */
export const ROOF_TOP = 3;
export const ROOF_BASE = 22;
const FOUNDATION = 6;
/** Below this width the reserve is one room: three dividers would run together. */
const DIVIDED_ROOMS_MIN_WIDTH = 24;
/** A house's name stands on the pavement beneath it, this far below the top of its row. */
const NAME_DROP = 15;

/** The widths, in px, of what fills a house from left to right: its own plumbing, its rooms, then the tenant's room. */
export interface HouseParts {
  readonly kernel: number;
  readonly services: number;
  /** What the VM holds beyond its guest OS and its app: rounding up to a VM size, or up to the guest's minimum. */
  readonly reserve: number;
  /** The virtual machine monitor's share: the foundation's cost, drawn as part of the foundation. */
  readonly monitor: number;
  readonly tenant: number;
}

/** The rooms inside a house's walls, left to right: they tile the space inside the walls. */
export interface HouseRooms {
  readonly kernel: Rect;
  readonly services: Rect;
  readonly reserve: Rect;
  readonly tenant: Rect;
}

/** Where each part of a house is drawn, in the house's own coordinates (its parcel's top left is 0,0). */
export interface HousePlan {
  readonly foundation: Rect;
  readonly walls: Rect;
  readonly roof: Roof;
  readonly rooms: HouseRooms;
  /** The reserve, when wide enough to show as four rooms; null when it is one. */
  readonly dividers: Rect | null;
  /** Where the tenant stands; null when the tenant's room is too narrow for a figure. */
  readonly person: PersonSpot | null;
}

/**
 * Places a house's parts on its parcel, `width` by `height` px: walls a little in from the parcel's edges, the roof
 * above them, the foundation (where the monitor's share is paid) beneath, and inside the walls the guest OS's rooms
 * and the tenant's, each as wide as its share of the house's memory. The same for every house of one size on a street.
 */
export function planHouse(width: number, height: number, parts: HouseParts): HousePlan {
  const inset = Math.min(4, width * 0.08);
  const foundationTop = height - GROUND_HEIGHT - FOUNDATION;
  const wallX = inset;
  const wallWidth = Math.max(1, width - 2 * inset);
  const pad = Math.min(3, wallWidth * 0.1);
  const innerX = wallX + pad;
  const innerWidth = Math.max(0.5, wallWidth - 2 * pad);
  const innerY = ROOF_BASE + pad;
  const innerHeight = foundationTop - ROOF_BASE - 2 * pad;
  // The monitor is paid in the foundation, so the rooms share the inside of the walls among the other four parts.
  const { kernel, services, reserve, tenant } = parts;
  const k = innerWidth / (kernel + services + reserve + tenant);
  const room = (x: number, roomWidth: number): Rect => ({ x, y: innerY, width: roomWidth, height: innerHeight });
  const rooms: HouseRooms = {
    kernel: room(innerX, kernel * k),
    services: room(innerX + kernel * k, services * k),
    reserve: room(innerX + (kernel + services) * k, reserve * k),
    tenant: room(innerX + (kernel + services + reserve) * k, tenant * k),
  };
  const eave = Math.min(3, inset);
  const r = Math.min(4, rooms.tenant.width / 3);
  return {
    foundation: { x: wallX, y: foundationTop, width: wallWidth, height: FOUNDATION },
    walls: { x: wallX, y: ROOF_BASE, width: wallWidth, height: foundationTop - ROOF_BASE },
    roof: { left: wallX - eave, right: wallX + wallWidth + eave, baseY: ROOF_BASE, ridgeX: width / 2, ridgeY: ROOF_TOP },
    rooms,
    dividers: rooms.reserve.width < DIVIDED_ROOMS_MIN_WIDTH ? null : rooms.reserve,
    person: r < 1.5 ? null : { cx: rooms.tenant.x + rooms.tenant.width / 2, bottom: innerY + innerHeight, r },
  };
}

/** A house's name on the pavement beneath it, centred: in full, in a short word, or hidden, never cut. */
export function houseName(width: number, height: number, label: string, short: string): Caption {
  // A name keeps 6 px clear on each side, so two neighbours' short names ("web", "API") never read as one phrase.
  const text = fitName(label, short, width - 12, LABEL_SIZE);
  return { text, x: width / 2, y: height + NAME_DROP, shown: text !== '' };
}
