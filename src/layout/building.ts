import {
  CATALOG,
  computeCosts,
  containerMemory,
  formatMemory,
  sizeById,
  workloadStartSeconds,
  type Host,
} from '../model/index.ts';
import { bySize } from './bySize.ts';
import type { Callout } from './callouts.ts';
import { coreParts, nameCoreBeneath, type CoreNode } from './core.ts';
import { layoutLayers, type Basement, type LayerNode } from './layers.ts';
import { foldRibbon, landWidths, type RowShape } from './ribbon.ts';
import { pxPerByte, STREET_ROW_HEIGHT, type LandScale } from './scale.ts';
import { insetRect, type Caption, type Level, type Rect } from './shapes.ts';
import { LABEL_SIZE, textWidth } from './text.ts';
import { planUnit, unitName, type UnitPlan } from './unit.ts';

/** One container, drawn as an apartment on a floor. Its area is in proportion to its memory. */
export interface UnitNode extends Rect {
  readonly id: string;
  readonly label: string;
  readonly kindName: string;
  readonly software: string;
  readonly sizeName: string;
  readonly memoryBytes: number;
  readonly startSeconds: number;
  readonly floor: number;
  readonly layerIds: readonly string[];
  /** Where its body, window and tenant go, in the unit's own coordinates. */
  readonly plan: UnitPlan;
  /** Its name, in the unit's own coordinates. */
  readonly name: Caption;
}

/** A line from a layer to one container that uses it. */
export interface LinkNode {
  readonly key: string;
  readonly layerId: string;
  readonly unitId: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface FloorNode extends Rect {
  readonly index: number;
  /** Built floors hold something; the rest of the lot's capacity is drawn as unbuilt floors. */
  readonly built: boolean;
  /** How far the floor's land runs: the end of a floor no unit fitted, once free bytes are all drawn, is no land. */
  readonly landWidth: number;
  /** The floor as drawn: a built floor as far as its land runs, an unbuilt one whole (a dashed outline). */
  readonly plot: Rect;
}

export interface BuildingLayout {
  readonly width: number;
  readonly height: number;
  readonly floorHeight: number;
  readonly floors: readonly FloorNode[];
  /** Above the highest built floor; null when nothing is built. */
  readonly roofline: Level | null;
  /** The storeys not yet built, as one outline above the roof: the lot's remaining capacity. Null when all are built. */
  readonly unbuilt: Rect | null;
  /**
   * The building's utilities core: the shared kernel's pipe from the ground floor up through every built storey, at
   * `x`: every apartment is served by the one kernel.
   */
  readonly riser: { readonly x: number; readonly top: number; readonly bottom: number };
  readonly core: readonly CoreNode[];
  readonly units: readonly UnitNode[];
  /** Capacity not yet let, in proportion to free memory. */
  readonly free: readonly Rect[];
  /** Free space marked on built floors, as drawn; unbuilt floors are dashed outlines already. */
  readonly vacant: readonly Rect[];
  /** "room for … more", in the first free space wide enough for it. */
  readonly freeLabel: Caption | null;
  readonly freeBytes: number;
  /** y of the ground line; the basement with the image layers lies below it. */
  readonly groundY: number;
  readonly ground: Rect;
  readonly layers: readonly LayerNode[];
  /** What the basement's shelves hold, in words, and the count beside its small blocks. */
  readonly basementNote: readonly Caption[];
  readonly moreLayers: Caption | null;
  /** The shared core named beneath the ground line where its own box is too small for its name. */
  readonly callouts: readonly Callout[];
  readonly links: readonly LinkNode[];
}

/** Space above the top floor for the roof line. */
const ROOF_SPACE = 6;
/** Between floors: a slab, no land. */
const SLAB = 3;
const BASEMENT_GAP = 4;
const GROUND_LINE = 4;
const RISER_X = 3;
/** Half the riser's drawn width (scenes.css), and a px clear of it. */
const RISER_HALF = 4;
/** A label stands this far in from the left of its space, with as much room kept on the right. */
const LABEL_INSET = 6;

/**
 * Floors are half a street row tall, with units twice as wide for the same area, when the largest unit (or part of
 * the core) still fits in a floor; otherwise a full row tall.
 */
function floorHeightFor(host: Host, scale: LandScale, width: number): number {
  const largest = Math.max(
    containerMemory(host, { size: 'penthouse' }).total,
    ...coreParts(host).map((part) => part.bytes),
  );
  const half = STREET_ROW_HEIGHT / 2;
  return largest * pxPerByte(scale, half) <= 0.95 * width ? half : STREET_ROW_HEIGHT;
}

/**
 * The apartment building for a host of containers (or the building inside the one VM of a nested host),
 * `width` px wide. Floors fill from the ground up; the image layers sit in the basement, each drawn once.
 * For a nested host the building's capacity is the VM's memory: the host's, less the hypervisor and the monitor.
 */
export function layoutBuilding(host: Host, scale: LandScale, width: number = scale.width, maxHeight = Infinity): BuildingLayout {
  const floorHeight = floorHeightFor(host, scale, width);
  const shape: RowShape = { width, pxPerByte: pxPerByte(scale, floorHeight) };
  const costs = computeCosts(host);
  const parts = coreParts(host);
  const unitOfSize = bySize((size) => {
    const memory = containerMemory(host, { size });
    // The same width the ribbon gives the unit: its bytes at the floor's px per byte.
    return { memory, plan: planUnit(memory.total * shape.pxPerByte, floorHeight) };
  });
  const items = [
    ...parts.map((part) => ({ key: part.key, bytes: part.bytes })),
    ...host.workloads.map((workload) => ({ key: workload.id, bytes: unitOfSize(workload.size).memory.total })),
  ];
  const ribbon = foldRibbon(items, costs.memory.free, shape);
  const floorCount = ribbon.rows;
  const floorY = (floor: number) => ROOF_SPACE + (floorCount - 1 - floor) * (floorHeight + SLAB);
  const groundY = ROOF_SPACE + floorCount * (floorHeight + SLAB) - SLAB;

  let highestBuilt = 0;
  const core = parts.map((part): CoreNode => {
    const span = ribbon.spans.get(part.key)!;
    highestBuilt = Math.max(highestBuilt, span.row);
    const land = { x: span.x, y: floorY(span.row), width: span.width, height: floorHeight };
    const text = [part.label, part.short].find((words) => textWidth(words, LABEL_SIZE) <= land.width - 8) ?? '';
    return {
      key: part.key,
      label: part.label,
      bytes: part.bytes,
      ...land,
      plot: insetRect(land, { x: 0.75, top: 0, bottom: 0, minWidth: 0.5 }),
      caption: { text, x: land.x + 4, y: land.y + land.height - 7, shown: text !== '' },
    };
  });

  const units = host.workloads.map((workload): UnitNode => {
    const span = ribbon.spans.get(workload.id)!;
    highestBuilt = Math.max(highestBuilt, span.row);
    const kind = CATALOG[workload.kind];
    const { memory, plan } = unitOfSize(workload.size);
    return {
      id: workload.id,
      label: workload.label,
      kindName: kind.name,
      software: kind.software,
      sizeName: sizeById(workload.size).name,
      memoryBytes: memory.total,
      startSeconds: workloadStartSeconds(host, workload),
      floor: span.row,
      layerIds: kind.layers.map((layer) => layer.id),
      x: span.x,
      y: floorY(span.row),
      width: span.width,
      height: floorHeight,
      plan,
      // The kernel's riser runs up the building's left edge, over the first unit of each upper floor.
      name: unitName(span.width, floorHeight, workload.label, kind.short, span.row > 0 ? Math.max(0, RISER_X + RISER_HALF - span.x) : 0),
    };
  });

  const free = ribbon.free.map((span): Rect => ({ x: span.x, y: floorY(span.row), width: span.width, height: floorHeight }));
  const lands = landWidths(ribbon);
  const floors = Array.from({ length: floorCount }, (_, index): FloorNode => {
    const built = index <= highestBuilt;
    const landWidth = lands[index] ?? 0;
    const y = floorY(index);
    return { index, built, landWidth, x: 0, y, width, height: floorHeight, plot: { x: 0, y, width: built ? landWidth : width, height: floorHeight } };
  });
  const top = floors.filter((floor) => floor.built).at(-1);
  const builtBottom = top ? top.y : groundY;

  // A part of the core too small for its own name is named beneath the ground, with a line up to it.
  const names = nameCoreBeneath(core, groundY, groundY + GROUND_LINE, width);
  const basementTop = groundY + BASEMENT_GAP + names.space;
  const basement = fitBasement(host, width, basementTop, maxHeight);
  const layers = basement.layers;
  const height = Math.max(basement.bottom, groundY + GROUND_LINE);

  return {
    width,
    height,
    floorHeight,
    floors,
    roofline: top ? { x1: top.x - 2, x2: top.x + top.width + 2, y: top.y - 3 } : null,
    unbuilt: unbuiltOutline(floors),
    // Drawn only where it climbs: with one storey the kernel stands on it, and a riser would be a stray mark.
    riser: { x: RISER_X, top: highestBuilt > 0 ? builtBottom : groundY, bottom: groundY },
    core: names.core,
    units,
    free,
    vacant: free.filter((rect) => rect.width >= 1 && rect.y >= builtBottom).map((rect) => insetRect(rect, { x: 1, top: 1, bottom: 1 })),
    freeLabel: freeLabel(free, costs.memory.free),
    freeBytes: costs.memory.free,
    groundY,
    ground: { x: 0, y: groundY, width, height: GROUND_LINE },
    layers,
    basementNote: basement.note,
    moreLayers: basement.more,
    callouts: names.callouts,
    links: layerLinks(layers, units),
  };
}

/** One outline around every unbuilt floor, so that they read as storeys still to build, not as empty boxes. */
function unbuiltOutline(floors: readonly FloorNode[]): Rect | null {
  const unbuilt = floors.filter((floor) => !floor.built);
  if (unbuilt.length === 0) return null;
  const top = Math.min(...unbuilt.map((floor) => floor.y));
  const bottom = Math.max(...unbuilt.map((floor) => floor.y + floor.height));
  return { x: 0, y: top, width: unbuilt[0]!.width, height: bottom - top };
}

/** The basement on as many shelves as it needs, or on fewer when the building must stand within `maxHeight`. */
function fitBasement(host: Host, width: number, top: number, maxHeight: number): Basement {
  let basement = layoutLayers(host, width, top);
  const shelves = new Set(basement.layers.map((layer) => layer.y)).size;
  for (let fewer = shelves - 1; basement.bottom > maxHeight && fewer >= 1; fewer -= 1) basement = layoutLayers(host, width, top, fewer);
  return basement.bottom > maxHeight ? layoutLayers(host, width, top, 1, true) : basement;
}

/** "room for … more", in the first free space wide enough for the words. */
function freeLabel(free: readonly Rect[], freeBytes: number): Caption | null {
  // Said once, where it fits: what the dashed floors and the empty units are.
  const short = `room for ${formatMemory(freeBytes)} more`;
  for (const text of [`${short}: vacant units, unbuilt storeys`, short]) {
    const first = free.find((rect) => rect.width >= textWidth(text, LABEL_SIZE) + 2 * LABEL_INSET);
    if (first) return { text, x: first.x + LABEL_INSET, y: first.y + Math.min(first.height - 8, 22), shown: true };
  }
  return null;
}

/** A link from the middle of each layer's chip to the foot of each unit that uses it. */
function layerLinks(layers: readonly LayerNode[], units: readonly UnitNode[]): LinkNode[] {
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  return layers.flatMap((layer) =>
    layer.users.flatMap((unitId): LinkNode[] => {
      const unit = unitById.get(unitId);
      if (!unit) return [];
      return [{
        key: `${layer.id}>${unitId}`,
        layerId: layer.id,
        unitId,
        x1: layer.x + layer.width / 2,
        y1: layer.y,
        x2: unit.x + unit.width / 2,
        y2: unit.y + unit.height,
      }];
    }),
  );
}
