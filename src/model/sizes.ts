import { MiB } from './units.ts';

/** Apartment sizes: the CPU and memory limits (cgroups) a container rents. */
export type SizeId = 'studio' | 'one-bedroom' | 'two-bedroom' | 'penthouse';

export interface UnitSize {
  readonly id: SizeId;
  readonly name: string;
  /** CPU limit in cores; a container may have a fraction of a core. */
  readonly cpu: number;
  readonly memoryBytes: number;
}

/** Smallest first. A VM at the same size gets these rooms plus a whole guest OS, and whole vCPUs. */
export const SIZES: readonly UnitSize[] = [
  { id: 'studio', name: 'Studio', cpu: 0.25, memoryBytes: 256 * MiB },
  { id: 'one-bedroom', name: '1-bedroom', cpu: 0.5, memoryBytes: 512 * MiB },
  { id: 'two-bedroom', name: '2-bedroom', cpu: 1, memoryBytes: 1024 * MiB },
  { id: 'penthouse', name: 'Penthouse', cpu: 2, memoryBytes: 4096 * MiB },
];

export const SIZE_IDS: readonly SizeId[] = SIZES.map((size) => size.id);

export function isSizeId(id: string): id is SizeId {
  return SIZE_IDS.includes(id as SizeId);
}

export function sizeById(id: SizeId): UnitSize {
  const size = SIZES.find((candidate) => candidate.id === id);
  if (!size) throw new Error(`unknown size ${id}`);
  return size;
}

/** The larger of two sizes. */
export function largerSize(a: SizeId, b: SizeId): SizeId {
  return SIZE_IDS.indexOf(a) >= SIZE_IDS.indexOf(b) ? a : b;
}
