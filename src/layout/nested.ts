import { hypervisorMemory, type Host } from '../model/index.ts';
import { layoutBuilding, type BuildingLayout } from './building.ts';
import type { LandScale } from './scale.ts';
import { insetRect, type Caption, type Rect, type Roof } from './shapes.ts';
import { LABEL_SIZE, textWidth } from './text.ts';

/** Docker inside a VM: one house on the lot, and inside it a small apartment building with its units. */
export interface NestedLayout {
  readonly width: number;
  readonly height: number;
  /** The house: the one VM, holding everything but the hypervisor. */
  readonly house: Rect;
  readonly roofHeight: number;
  /** The house as drawn: its walls beneath the roof, and the roof. */
  readonly walls: Rect;
  readonly roof: Roof;
  readonly roofLabel: Caption;
  /** Where the building inside the house starts, in scene coordinates. */
  readonly inner: { readonly x: number; readonly y: number };
  readonly building: BuildingLayout;
  /** The memory let to containers inside the house: what its units take. */
  readonly letBytes: number;
  /** The strip under the house: the hypervisor (and host OS, for type 2). */
  readonly platform: Rect & { readonly label: string; readonly bytes: number; readonly plot: Rect; readonly caption: Caption };
}

const ROOF = 40;
const WALL = 12;
const PLATFORM_HEIGHT = 30;
const ROOF_TEXT = 'One VM running Docker';

/**
 * The nested host drawn `scale.width` px wide, at the same land scale as the other scenes; its building's basement
 * keeps to fewer shelves when the whole must stand within `maxHeight`.
 */
export function layoutNested(host: Host, scale: LandScale, maxHeight = Infinity): NestedLayout {
  const innerWidth = Math.max(1, scale.width - 2 * WALL);
  const building = layoutBuilding(host, scale, innerWidth, maxHeight - ROOF - WALL - PLATFORM_HEIGHT);
  const houseHeight = ROOF + building.height + WALL;
  const house = { x: 0, y: 0, width: scale.width, height: houseHeight };
  const strip = { x: 0, y: houseHeight, width: scale.width, height: PLATFORM_HEIGHT };
  const label = host.hypervisor === 'type-2' ? 'Host OS + hypervisor' : 'Hypervisor';
  return {
    width: scale.width,
    height: houseHeight + PLATFORM_HEIGHT,
    house,
    roofHeight: ROOF,
    walls: insetRect(house, { x: 1, top: ROOF, bottom: 0 }),
    roof: { left: house.x, right: house.x + house.width, baseY: house.y + ROOF, ridgeX: house.x + house.width / 2, ridgeY: house.y + 2 },
    // Named only when the words take less than half the roof: a narrow roof is no place for them.
    roofLabel: { text: ROOF_TEXT, x: house.width / 2, y: ROOF - 8, shown: textWidth(ROOF_TEXT, LABEL_SIZE) < house.width / 2 },
    inner: { x: WALL, y: ROOF },
    building,
    letBytes: building.units.reduce((sum, unit) => sum + unit.memoryBytes, 0),
    platform: {
      ...strip,
      label,
      bytes: hypervisorMemory(host).total,
      plot: insetRect(strip, { x: 0, top: 4, bottom: 0 }),
      caption: { text: label, x: strip.x + 8, y: strip.y + strip.height - 8, shown: true },
    },
  };
}
