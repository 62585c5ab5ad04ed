import {
  CATALOG,
  computeCosts,
  factBytes,
  guestMemory,
  layerUsage,
  sizeById,
  workloadStartSeconds,
  type Host,
} from '../model/index.ts';
import { foldRibbon, landWidths, type RowShape } from './ribbon.ts';
import { pxPerByte, STREET_ROW_HEIGHT, type LandScale } from './scale.ts';
import type { Rect } from './street.ts';

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
}

/** Shared infrastructure drawn once: the kernel everyone uses, the building manager. */
export interface CoreNode extends Rect {
  readonly key: 'kernel' | 'engine' | 'guest-os';
  readonly label: string;
  readonly bytes: number;
}

/** One read-only image layer, drawn once however many containers use it. */
export interface LayerNode extends Rect {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  readonly users: readonly string[];
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
}

export interface BuildingLayout {
  readonly width: number;
  readonly height: number;
  readonly floorHeight: number;
  readonly floors: readonly FloorNode[];
  readonly core: readonly CoreNode[];
  readonly units: readonly UnitNode[];
  /** Capacity not yet let, in proportion to free memory. */
  readonly free: readonly Rect[];
  readonly freeBytes: number;
  /** y of the ground line; the basement with the image layers lies below it. */
  readonly groundY: number;
  readonly layers: readonly LayerNode[];
  readonly links: readonly LinkNode[];
}

/** Space above the top floor for the roof line. */
const ROOF_SPACE = 8;
/** Between floors: a slab, no land. */
const SLAB = 3;
const BASEMENT_GAP = 14;
const LAYER_HEIGHT = 30;
const LAYER_GAP = 6;
/** Layer chips are as wide as their text: name, then the count of users. */
const LAYER_FONT = 14;
const LAYER_CHAR = 0.64;
const LAYER_PAD = 8;

/**
 * Floors are half a street row tall, with units twice as wide for the same area, when the largest unit (or part of
 * the core) still fits in a floor; otherwise a full row tall.
 */
function floorHeightFor(host: Host, scale: LandScale, width: number): number {
  const largest = Math.max(
    sizeById('penthouse').memoryBytes + factBytes(host.facts, 'runtimeMemoryMiB'),
    ...coreParts(host).map((part) => part.bytes),
  );
  const half = STREET_ROW_HEIGHT / 2;
  return largest * pxPerByte(scale, half) <= 0.95 * width ? half : STREET_ROW_HEIGHT;
}

function coreParts(host: Host): { key: CoreNode['key']; label: string; bytes: number }[] {
  const engine = { key: 'engine' as const, label: 'Engine', bytes: factBytes(host.facts, 'engineMemoryMiB') };
  // Labels shorten to fit their part: "Host kernel", then "Kernel".
  if (host.placement === 'container-in-vm') {
    return [{ key: 'guest-os', label: 'Guest OS', bytes: guestMemory(host.facts, host.guestOs).total }, engine];
  }
  return [{ key: 'kernel', label: 'Host kernel', bytes: factBytes(host.facts, 'hostOsMemoryMiB') }, engine];
}

/** The width of a layer chip: its name, and "×N" when shared. */
export function layerChipWidth(name: string, users: number): number {
  const text = users > 1 ? `${name} ×${users}` : name;
  return Math.ceil(text.length * LAYER_FONT * LAYER_CHAR) + 2 * LAYER_PAD;
}

/** Lays out image layers as chips flowing in rows beneath the ground line, in first-use order. */
function layoutLayers(host: Host, width: number, top: number): LayerNode[] {
  let x = 0;
  let y = top;
  return layerUsage(host).map((use) => {
    const chip = Math.min(width, layerChipWidth(use.layer.name, use.users.length));
    if (x > 0 && x + chip > width) {
      x = 0;
      y += LAYER_HEIGHT + LAYER_GAP;
    }
    const node = { id: use.layer.id, name: use.layer.name, bytes: use.bytes, users: use.users, x, y, width: chip, height: LAYER_HEIGHT };
    x += chip + LAYER_GAP;
    return node;
  });
}

/**
 * The apartment building for a host of containers (or the building inside the one VM of a nested host),
 * `width` px wide. Floors fill from the ground up; the image layers sit in the basement, each drawn once.
 * For a nested host the building's capacity is the VM's memory: the host's, less the hypervisor and the monitor.
 */
export function layoutBuilding(host: Host, scale: LandScale, width: number = scale.width): BuildingLayout {
  const floorHeight = floorHeightFor(host, scale, width);
  const shape: RowShape = { width, pxPerByte: pxPerByte(scale, floorHeight) };
  const costs = computeCosts(host);
  const parts = coreParts(host);
  const items = [
    ...parts.map((part) => ({ key: part.key, bytes: part.bytes })),
    ...host.workloads.map((workload) => ({
      key: workload.id,
      bytes: sizeById(workload.size).memoryBytes + factBytes(host.facts, 'runtimeMemoryMiB'),
    })),
  ];
  const ribbon = foldRibbon(items, costs.memory.free, shape);
  const floorCount = ribbon.rows;
  const floorY = (floor: number) => ROOF_SPACE + (floorCount - 1 - floor) * (floorHeight + SLAB);
  const groundY = ROOF_SPACE + floorCount * (floorHeight + SLAB) - SLAB;

  let highestBuilt = 0;
  const core = parts.map((part): CoreNode => {
    const span = ribbon.spans.get(part.key)!;
    highestBuilt = Math.max(highestBuilt, span.row);
    return { key: part.key, label: part.label, bytes: part.bytes, x: span.x, y: floorY(span.row), width: span.width, height: floorHeight };
  });

  const units = host.workloads.map((workload): UnitNode => {
    const span = ribbon.spans.get(workload.id)!;
    highestBuilt = Math.max(highestBuilt, span.row);
    const size = sizeById(workload.size);
    const kind = CATALOG[workload.kind];
    return {
      id: workload.id,
      label: workload.label,
      kindName: kind.name,
      software: kind.software,
      sizeName: size.name,
      memoryBytes: size.memoryBytes + factBytes(host.facts, 'runtimeMemoryMiB'),
      startSeconds: workloadStartSeconds(host, workload),
      floor: span.row,
      layerIds: kind.layers.map((layer) => layer.id),
      x: span.x,
      y: floorY(span.row),
      width: span.width,
      height: floorHeight,
    };
  });

  const free = ribbon.free.map((span): Rect => ({ x: span.x, y: floorY(span.row), width: span.width, height: floorHeight }));
  const lands = landWidths(ribbon);
  const floors = Array.from({ length: floorCount }, (_, index): FloorNode => ({
    index,
    built: index <= highestBuilt,
    landWidth: lands[index] ?? 0,
    x: 0,
    y: floorY(index),
    width,
    height: floorHeight,
  }));

  const layers = layoutLayers(host, width, groundY + BASEMENT_GAP);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const links = layers.flatMap((layer) =>
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
  const height = layers.reduce((bottom, layer) => Math.max(bottom, layer.y + layer.height), groundY + 4);

  return { width, height, floorHeight, floors, core, units, free, freeBytes: costs.memory.free, groundY, layers, links };
}
