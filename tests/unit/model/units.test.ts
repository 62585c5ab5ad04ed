import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FACTS,
  factBytes,
  formatCores,
  formatDisk,
  formatMemory,
  formatSeconds,
  GB,
  GiB,
  HARDWARE_PRESET_IDS,
  HARDWARE_PRESETS,
  isHardwarePresetId,
  isSizeId,
  largerSize,
  MB,
  MiB,
  SIZE_IDS,
  sizeById,
  SIZES,
  TB,
} from '../../../src/model/index.ts';

describe('formatting', () => {
  it('writes memory in binary units', () => {
    expect(formatMemory(512 * MiB)).toBe('512 MiB');
    expect(formatMemory(9.5 * GiB)).toBe('9.5 GiB');
    expect(formatMemory(64 * GiB)).toBe('64 GiB');
    expect(formatMemory(2048)).toBe('2 KiB');
    expect(formatMemory(100)).toBe('100 B');
  });

  it('writes disk in decimal units', () => {
    expect(formatDisk(20 * GB)).toBe('20 GB');
    expect(formatDisk(5.6 * MB)).toBe('5.6 MB');
    expect(formatDisk(1 * TB)).toBe('1 TB');
    expect(formatDisk(63)).toBe('63 B');
    expect(formatDisk(1_234 * GB)).toBe('1.2 TB');
  });

  it('writes the sourced figures as a reader would quote them', () => {
    expect(formatDisk(factBytes(DEFAULT_FACTS, 'alpineImageMB'))).toBe('8.4 MB');
    expect(formatDisk(factBytes(DEFAULT_FACTS, 'generalGuestDiskGB'))).toBe('2.5 GB');
    expect(formatMemory(factBytes(DEFAULT_FACTS, 'minimalGuestDiskAllocatedGiB'))).toBe('1 GiB');
    expect(formatMemory(factBytes(DEFAULT_FACTS, 'minimalGuestMemoryMiB'))).toBe('38 MiB');
    expect(formatSeconds(DEFAULT_FACTS.vmBootSeconds)).toBe('8 s');
  });

  it('writes durations, and cores in the singular only for one', () => {
    expect(formatSeconds(0.5)).toBe('500 ms');
    expect(formatSeconds(0.125)).toBe('125 ms');
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(1.5)).toBe('1.5 s');
    expect(formatSeconds(66)).toBe('66 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
    expect(formatSeconds(180)).toBe('3 min');
    expect(formatCores(1)).toBe('1 core');
    expect(formatCores(0.25)).toBe('0.25 cores');
    expect(formatCores(16)).toBe('16 cores');
  });
});

describe('sizes and hardware', () => {
  it('lists sizes smallest first, each bigger than the last in memory and CPU', () => {
    expect(SIZE_IDS).toEqual(['studio', 'one-bedroom', 'two-bedroom', 'penthouse']);
    for (let i = 1; i < SIZES.length; i += 1) {
      expect(SIZES[i]!.memoryBytes).toBeGreaterThan(SIZES[i - 1]!.memoryBytes);
      expect(SIZES[i]!.cpu).toBeGreaterThan(SIZES[i - 1]!.cpu);
    }
    expect(sizeById('studio')).toEqual({ id: 'studio', name: 'Studio', cpu: 0.25, memoryBytes: 256 * MiB });
    expect(() => sizeById('mansion' as never)).toThrow(/mansion/);
    expect(isSizeId('mansion')).toBe(false);
  });

  it('picks the larger of two sizes whichever comes first', () => {
    expect(largerSize('studio', 'two-bedroom')).toBe('two-bedroom');
    expect(largerSize('two-bedroom', 'studio')).toBe('two-bedroom');
    expect(largerSize('penthouse', 'penthouse')).toBe('penthouse');
  });

  it('offers four machines a reader recognises, keyed by their own preset id', () => {
    expect(HARDWARE_PRESET_IDS).toEqual(['server', 'laptop', 'small-board', 'cloud']);
    for (const id of HARDWARE_PRESET_IDS) expect(HARDWARE_PRESETS[id].presetId).toBe(id);
    expect(HARDWARE_PRESETS.laptop.memoryBytes).toBeLessThan(HARDWARE_PRESETS.server.memoryBytes);
    expect(HARDWARE_PRESETS['small-board']).toMatchObject({ cores: 4, memoryBytes: 8 * GiB, diskBytes: 128 * GB });
    for (const id of ['mainframe', '', '__proto__', 'toString']) expect(isHardwarePresetId(id), id).toBe(false);
  });
});
