import { platformMemory, type Host } from '../model/index.ts';
import { layoutBuilding, type BuildingLayout } from './building.ts';
import type { LandScale } from './scale.ts';
import type { Rect } from './street.ts';

/** Docker inside a VM: one house on the lot, and inside it a small apartment building with its units. */
export interface NestedLayout {
  readonly width: number;
  readonly height: number;
  /** The house: the one VM, holding everything but the hypervisor. */
  readonly house: Rect;
  readonly roofHeight: number;
  /** Where the building inside the house starts, in scene coordinates. */
  readonly inner: { readonly x: number; readonly y: number };
  readonly building: BuildingLayout;
  /** The strip under the house: the hypervisor (and host OS, for type 2). */
  readonly platform: Rect & { readonly label: string; readonly bytes: number };
}

const ROOF = 40;
const WALL = 12;
const PLATFORM_HEIGHT = 30;

/** The nested host drawn `scale.width` px wide, at the same land scale as the other scenes. */
export function layoutNested(host: Host, scale: LandScale): NestedLayout {
  const innerWidth = Math.max(1, scale.width - 2 * WALL);
  const building = layoutBuilding(host, scale, innerWidth);
  const houseHeight = ROOF + building.height + WALL;
  return {
    width: scale.width,
    height: houseHeight + PLATFORM_HEIGHT,
    house: { x: 0, y: 0, width: scale.width, height: houseHeight },
    roofHeight: ROOF,
    inner: { x: WALL, y: ROOF },
    building,
    platform: {
      x: 0,
      y: houseHeight,
      width: scale.width,
      height: PLATFORM_HEIGHT,
      label: host.hypervisor === 'type-2' ? 'Host OS + hypervisor' : 'Hypervisor',
      bytes: platformMemory({ ...host, placement: 'vm' }),
    },
  };
}
