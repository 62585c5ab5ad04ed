import { SOURCED_FACTS, type SourcedFact } from '../../../src/model/sources.ts';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FACTS,
  factBytes,
  factDefinition,
  FACTS,
  GiB,
  isFactId,
  whyFactValueIsInvalid,
  type FactId,
} from '../../../src/model/index.ts';
import { fact } from '../fixtures.ts';

const UNITS = ['MiB', 'GiB', 'MB', 'GB', 'KB', 's', '%'];
const GROUPS = ['host', 'engine', 'guest-general', 'guest-minimal', 'microvm', 'optimisations', 'images'];

/** Everything a reader needs to check a figure, missing from one fact; empty when nothing is missing. */
function whatIsMissing(definition: SourcedFact): string[] {
  const missing: string[] = [];
  const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  if (!filled(definition.label)) missing.push('label');
  if (!filled(definition.unit) || !UNITS.includes(definition.unit)) missing.push('unit');
  if (!filled(definition.note)) missing.push('note');
  const source = definition.source as Partial<SourcedFact['source']> | undefined;
  if (!source || typeof source !== 'object') return [...missing, 'source'];
  if (!filled(source.title)) missing.push('title');
  if (!filled(source.stated)) missing.push('stated');
  if (typeof source.read !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(source.read)) missing.push('read date');
  let protocol = '';
  try {
    protocol = new URL(String(source.url)).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'https:' && protocol !== 'http:') missing.push('http(s) url');
  return missing;
}

describe('the facts table', () => {
  it('gives every figure a label, a unit, a note, and a source a reader can open: title, URL, the figure as stated, the day it was read', () => {
    expect(FACTS.length).toBeGreaterThan(20);
    expect(SOURCED_FACTS.map((definition) => definition.id)).toEqual(FACTS.map((definition) => definition.id));
    const problems = SOURCED_FACTS.flatMap((definition) => whatIsMissing(definition).map((what) => `${definition.id}: no ${what}`));
    expect(problems).toEqual([]);
  });

  it('notices a fact with any part of its source missing (the check above can fail)', () => {
    const good = fact('vmmOverheadMiB');
    expect(whatIsMissing(good)).toEqual([]);
    const broken: [Partial<SourcedFact['source']> | string, string][] = [
      [{ ...good.source, title: ' ' }, 'title'],
      [{ ...good.source, url: 'github.com/firecracker-microvm' }, 'http(s) url'],
      [{ ...good.source, url: 'ftp://example.org/file' }, 'http(s) url'],
      [{ ...good.source, stated: '' }, 'stated'],
      [{ ...good.source, read: '1 December 2026' }, 'read date'],
      ['Firecracker', 'source'],
    ];
    for (const [source, missing] of broken) {
      expect(whatIsMissing({ ...good, source } as SourcedFact), missing).toContain(missing);
    }
    expect(whatIsMissing({ ...good, note: '' })).toEqual(['note']);
    expect(whatIsMissing({ ...good, unit: 'TB' as never })).toEqual(['unit']);
  });

  it('quotes each figure as its source words it', () => {
    const quoted: [FactId, number, string][] = [
      ['vmmOverheadMiB', 5, '5 MiB'],
      ['alpineImageMB', 8.42, '8.42'],
      ['debianImageMB', 78.64, '78.64'],
      ['ubuntuImageMB', 100.17, '100.17'],
      ['vmBootSeconds', 8, '7 and 9'],
      ['containerStartSeconds', 0.5, '500ms'],
      ['microvmBootSeconds', 0.125, '125 ms'],
      ['minimalGuestMemoryMiB', 38, 'used 38'],
      ['generalGuestMinimumMiB', 1024, '1 GB'],
      ['mergedPagesPercent', 15, '15%'],
    ];
    for (const [id, value, words] of quoted) {
      expect(DEFAULT_FACTS[id], id).toBe(value);
      expect(fact(id).source.stated, id).toContain(words);
    }
    // Every image size is copied from its repo-info page as written there.
    for (const definition of SOURCED_FACTS.filter((candidate) => candidate.group === 'images')) {
      expect(definition.source.stated, definition.id).toContain(`~ ${definition.defaultValue} Mb`);
      expect(definition.source.url, definition.id).toMatch(/^https:\/\/github\.com\/docker-library\/repo-info\/blob\/[0-9a-f]{40}\//);
    }
  });

  it('has unique ids and labels, and puts every figure in a known group', () => {
    expect(new Set(FACTS.map((definition) => definition.id)).size).toBe(FACTS.length);
    expect(new Set(FACTS.map((definition) => definition.label)).size).toBe(FACTS.length);
    for (const definition of FACTS) expect(GROUPS, definition.id).toContain(definition.group);
  });

  it('starts every figure at a default within its own range, and the model accepts every default', () => {
    for (const definition of FACTS) {
      expect(definition.min, definition.id).toBeLessThanOrEqual(definition.defaultValue);
      expect(definition.defaultValue, definition.id).toBeLessThanOrEqual(definition.max);
      expect(definition.min, definition.id).toBeGreaterThanOrEqual(0);
      expect(DEFAULT_FACTS[definition.id]).toBe(definition.defaultValue);
      expect(whyFactValueIsInvalid(definition.id, definition.defaultValue)).toBeNull();
      expect(whyFactValueIsInvalid(definition.id, definition.min)).toBeNull();
      expect(whyFactValueIsInvalid(definition.id, definition.max)).toBeNull();
    }
  });

  it('holds the figures each guest, the microVM and the optimisations are computed from', () => {
    expect(DEFAULT_FACTS.generalGuestMemoryMiB).toBe(65);
    expect(DEFAULT_FACTS.minimalGuestMinimumMiB).toBe(128);
    expect(DEFAULT_FACTS.generalGuestDiskGB).toBe(2.5);
    expect(DEFAULT_FACTS.generalGuestDiskAllocatedGB).toBe(25);
    expect(DEFAULT_FACTS.minimalGuestDiskMiB).toBe(164.4);
    expect(DEFAULT_FACTS.minimalGuestDiskAllocatedGiB).toBe(1);
    expect(DEFAULT_FACTS.microvmMinimumMiB).toBe(128);
    expect(DEFAULT_FACTS.vmSmallestMiB).toBe(512);
    expect(DEFAULT_FACTS.hypervisorMemoryMiB).toBe(1024);
    expect(DEFAULT_FACTS.hostOsMemoryMiB).toBe(1024);
    expect(DEFAULT_FACTS.hostOsDiskGB).toBe(5);
    expect(fact('mergedPagesPercent').unit).toBe('%');
    expect(fact('mergedPagesPercent').group).toBe('optimisations');
    expect(fact('minimalGuestDiskAllocatedGiB').unit).toBe('GiB');
    expect(fact('microvmBootSeconds').group).toBe('microvm');
  });

  it('looks facts up by id, and knows no others, not even the figures it no longer uses', () => {
    expect(isFactId('alpineImageMB')).toBe(true);
    expect(factDefinition('alpineImageMB')?.unit).toBe('MB');
    const removed = [
      'minimalKernelMiB', 'minimalServicesMiB', 'minimalUserlandMiB', 'generalKernelMiB', 'generalServicesMiB', 'generalUserlandMiB',
      'minimalKernelDiskMB', 'minimalServicesDiskMB', 'minimalUserlandDiskMB', 'generalKernelDiskMB', 'generalServicesDiskMB', 'generalUserlandDiskMB',
      'minimalBootSeconds', 'generalBootSeconds', 'hypervisorDiskGB',
    ];
    for (const id of ['noSuchFact', '', '__proto__', 'toString', 'constructor', ...removed]) {
      expect(isFactId(id), id).toBe(false);
      expect(factDefinition(id), id).toBeUndefined();
    }
  });
});

describe('whyFactValueIsInvalid', () => {
  const cases: [string, number][] = [
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a negative value', -1],
  ];
  for (const [name, value] of cases) {
    it(`refuses ${name} for every figure, naming the figure`, () => {
      for (const definition of FACTS) {
        const message = whyFactValueIsInvalid(definition.id, value);
        expect(message, definition.id).not.toBeNull();
        expect(message, definition.id).toContain(definition.label);
      }
    });
  }

  it('refuses a value above the maximum or below the minimum, and quotes the range', () => {
    for (const definition of FACTS) {
      const above = whyFactValueIsInvalid(definition.id, definition.max * 2 + 1);
      expect(above, definition.id).toContain(definition.label);
      expect(above, definition.id).toContain(`between ${definition.min} and ${definition.max} ${definition.unit}`);
      if (definition.min > 0) {
        const below = whyFactValueIsInvalid(definition.id, definition.min / 2);
        expect(below, definition.id).toContain(definition.label);
        expect(below, definition.id).toMatch(/out of range/);
      }
    }
  });

  it('says what the bad value was', () => {
    expect(whyFactValueIsInvalid('alpineImageMB', Number.NaN)).toBe('alpine base image must be a number; “NaN” is not.');
    expect(whyFactValueIsInvalid('alpineImageMB', 200_000)).toBe(
      'alpine base image must be between 0.1 and 100000 MB; 200000 MB is out of range.',
    );
    expect(whyFactValueIsInvalid('mergedPagesPercent', 95)).toBe(
      'Page merging (KSM): memory saved must be between 0 and 90 %; 95 % is out of range.',
    );
  });

  it('refuses a value that is not a number at all (as a hand-edited link could send)', () => {
    expect(whyFactValueIsInvalid('hostOsMemoryMiB', '512' as unknown as number)).toContain('Host OS memory');
  });
});

describe('factBytes', () => {
  const bytes = (id: FactId, value: number) => factBytes({ ...DEFAULT_FACTS, [id]: value }, id);

  it('reads memory in binary MiB and GiB', () => {
    expect(bytes('hostOsMemoryMiB', 1)).toBe(1_048_576);
    expect(factBytes(DEFAULT_FACTS, 'hostOsMemoryMiB')).toBe(1024 * 1024 * 1024);
    expect(factBytes(DEFAULT_FACTS, 'minimalGuestDiskAllocatedGiB')).toBe(GiB);
    expect(bytes('minimalGuestDiskAllocatedGiB', 2.5)).toBe(2.5 * GiB);
  });

  it('reads disk in decimal KB, MB and GB', () => {
    expect(bytes('writableLayerKB', 1)).toBe(1_000);
    expect(bytes('engineDiskMB', 1)).toBe(1_000_000);
    expect(bytes('hostOsDiskGB', 1)).toBe(1_000_000_000);
    expect(factBytes(DEFAULT_FACTS, 'alpineImageMB')).toBe(8_420_000);
    expect(factBytes(DEFAULT_FACTS, 'generalGuestDiskGB')).toBe(2_500_000_000);
  });

  it('rounds to whole bytes so that sums stay exact integers', () => {
    expect(bytes('alpineImageMB', 0.1234567)).toBe(123_457);
    // 164.4 MiB is 172,385,894.4 bytes.
    expect(factBytes(DEFAULT_FACTS, 'minimalGuestDiskMiB')).toBe(172_385_894);
    for (const definition of FACTS) {
      if (definition.unit === 's' || definition.unit === '%') continue;
      expect(Number.isInteger(factBytes(DEFAULT_FACTS, definition.id)), definition.id).toBe(true);
    }
  });

  it('refuses to turn a time or a share into bytes', () => {
    expect(() => factBytes(DEFAULT_FACTS, 'vmBootSeconds')).toThrow(/not a size/);
    expect(() => factBytes(DEFAULT_FACTS, 'containerStartSeconds')).toThrow(/not a size/);
    expect(() => factBytes(DEFAULT_FACTS, 'mergedPagesPercent')).toThrow(/not a size/);
    const sizes = FACTS.filter((definition) => definition.unit !== 's' && definition.unit !== '%');
    for (const definition of sizes) expect(() => factBytes(DEFAULT_FACTS, definition.id), definition.id).not.toThrow();
  });
});
