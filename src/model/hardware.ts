import { GB, GiB, TB } from './units.ts';

/** The physical machine under either placement: the land the houses or the building stand on. */
export interface Hardware {
  readonly presetId: HardwarePresetId;
  readonly name: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly diskBytes: number;
}

export type HardwarePresetId = 'server' | 'laptop' | 'small-board' | 'cloud';

/** Machines a reader will recognise. */
export const HARDWARE_PRESETS: Readonly<Record<HardwarePresetId, Hardware>> = {
  server: { presetId: 'server', name: 'Rack server', cores: 16, memoryBytes: 64 * GiB, diskBytes: 1 * TB },
  laptop: { presetId: 'laptop', name: 'Laptop', cores: 8, memoryBytes: 16 * GiB, diskBytes: 512 * GB },
  'small-board': { presetId: 'small-board', name: 'Single-board computer', cores: 4, memoryBytes: 8 * GiB, diskBytes: 128 * GB },
  // A two-socket cloud host (two 96-core processors): where a street of a thousand houses, or thousands of
  // apartments, is an everyday sight.
  cloud: { presetId: 'cloud', name: 'Cloud host', cores: 192, memoryBytes: 1536 * GiB, diskBytes: 16 * TB },
};

export const HARDWARE_PRESET_IDS = Object.keys(HARDWARE_PRESETS) as HardwarePresetId[];

export function isHardwarePresetId(id: string): id is HardwarePresetId {
  return Object.hasOwn(HARDWARE_PRESETS, id);
}
