import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FACTS,
  factBytes,
  factDefinition,
  FACTS,
  isFactId,
  whyFactValueIsInvalid,
  type FactId,
} from '../../../src/model/index.ts';
import { fact } from '../fixtures.ts';

describe('the facts table', () => {
  it('gives every figure a label, a source and a note the reader can see', () => {
    expect(FACTS.length).toBeGreaterThan(0);
    for (const definition of FACTS) {
      expect(definition.label.trim(), definition.id).not.toBe('');
      expect(definition.source.trim(), definition.id).not.toBe('');
      expect(definition.note.trim(), definition.id).not.toBe('');
    }
  });

  it('has unique ids and labels', () => {
    expect(new Set(FACTS.map((definition) => definition.id)).size).toBe(FACTS.length);
    expect(new Set(FACTS.map((definition) => definition.label)).size).toBe(FACTS.length);
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

  it('keeps the sourced figures the brief quotes', () => {
    expect(DEFAULT_FACTS.vmmOverheadMiB).toBe(5);
    expect(DEFAULT_FACTS.alpineImageMB).toBe(5.6);
    expect(DEFAULT_FACTS.ubuntuImageMB).toBe(64);
    expect(DEFAULT_FACTS.debianImageMB).toBe(114);
    expect(DEFAULT_FACTS.containerStartSeconds).toBeGreaterThanOrEqual(0.4);
    expect(DEFAULT_FACTS.containerStartSeconds).toBeLessThanOrEqual(0.7);
    expect(DEFAULT_FACTS.minimalBootSeconds).toBeGreaterThanOrEqual(30);
    expect(DEFAULT_FACTS.generalBootSeconds).toBeLessThanOrEqual(90);
    expect(fact('vmmOverheadMiB').source).toMatch(/Firecracker/);
    expect(fact('alpineImageMB').source).toMatch(/docker-alpine/);
  });

  it('looks facts up by id, and knows no others', () => {
    expect(isFactId('alpineImageMB')).toBe(true);
    expect(factDefinition('alpineImageMB')?.unit).toBe('MB');
    for (const id of ['noSuchFact', '', '__proto__', 'toString', 'constructor']) {
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
  });

  it('refuses a value that is not a number at all (as a hand-edited link could send)', () => {
    expect(whyFactValueIsInvalid('hostOsMemoryMiB', '512' as unknown as number)).toContain('Host OS memory');
  });
});

describe('factBytes', () => {
  const bytes = (id: FactId, value: number) => factBytes({ ...DEFAULT_FACTS, [id]: value }, id);

  it('reads memory in binary MiB', () => {
    expect(bytes('hostOsMemoryMiB', 1)).toBe(1_048_576);
    expect(factBytes(DEFAULT_FACTS, 'hostOsMemoryMiB')).toBe(1024 * 1024 * 1024);
  });

  it('reads disk in decimal KB, MB and GB', () => {
    expect(bytes('writableLayerKB', 1)).toBe(1_000);
    expect(bytes('engineDiskMB', 1)).toBe(1_000_000);
    expect(bytes('hostOsDiskGB', 1)).toBe(1_000_000_000);
    expect(factBytes(DEFAULT_FACTS, 'alpineImageMB')).toBe(5_600_000);
  });

  it('rounds to whole bytes so that sums stay exact integers', () => {
    expect(bytes('alpineImageMB', 0.1234567)).toBe(123_457);
    for (const definition of FACTS) {
      if (definition.unit === 's') continue;
      expect(Number.isInteger(factBytes(DEFAULT_FACTS, definition.id)), definition.id).toBe(true);
    }
  });

  it('refuses to turn a time into bytes', () => {
    expect(() => factBytes(DEFAULT_FACTS, 'minimalBootSeconds')).toThrow(/time/);
  });
});
