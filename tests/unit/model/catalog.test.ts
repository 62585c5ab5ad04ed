import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ALL_LAYERS,
  appLayersBytes,
  CATALOG,
  DEFAULT_FACTS,
  FACTS,
  isWorkloadKindId,
  layerBytes,
  layerDefinition,
  MB,
  WORKLOAD_KIND_IDS,
  type Layer,
} from '../../../src/model/index.ts';

const kinds = WORKLOAD_KIND_IDS.map((id) => CATALOG[id]);

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('the catalog of workloads', () => {
  it('offers at least five kinds of workload, each keyed by its own id', () => {
    expect(WORKLOAD_KIND_IDS.length).toBeGreaterThanOrEqual(5);
    for (const id of WORKLOAD_KIND_IDS) {
      expect(CATALOG[id].id).toBe(id);
      expect(isWorkloadKindId(id)).toBe(true);
    }
    expect(new Set(kinds.map((kind) => kind.name)).size).toBe(kinds.length);
  });

  it('knows no kind outside the catalog, not even names inherited from Object', () => {
    for (const id of ['spaceship', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'WEB']) {
      expect(isWorkloadKindId(id), id).toBe(false);
    }
  });

  it('gives every kind a positive working set, CPU and start time, and at least one layer', () => {
    for (const kind of kinds) {
      expect(kind.workingSetBytes, kind.id).toBeGreaterThan(0);
      expect(kind.cpu, kind.id).toBeGreaterThan(0);
      expect(kind.appStartSeconds, kind.id).toBeGreaterThan(0);
      expect(kind.layers.length, kind.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('image layers', () => {
  it('are content-addressed: each id is sha256 of "houses-and-apartments layer: " and its description', () => {
    expect(ALL_LAYERS.length).toBeGreaterThan(0);
    for (const layer of ALL_LAYERS) {
      expect(layer.id, layer.description).toBe(`sha256:${sha256(`houses-and-apartments layer: ${layer.description}`)}`);
    }
  });

  it('have unique ids and descriptions, and every layer an image uses is in the list of all layers', () => {
    expect(new Set(ALL_LAYERS.map((layer) => layer.id)).size).toBe(ALL_LAYERS.length);
    expect(new Set(ALL_LAYERS.map((layer) => layer.description)).size).toBe(ALL_LAYERS.length);
    for (const kind of kinds) {
      for (const layer of kind.layers) expect(layerDefinition(layer.id), `${kind.id}: ${layer.description}`).toBe(layer);
    }
    expect(layerDefinition('sha256:0000')).toBeUndefined();
  });

  it('start each image with a base layer whose size is a figure of the facts table', () => {
    const baseFacts = new Set(FACTS.filter((definition) => definition.group === 'images').map((definition) => definition.id));
    for (const kind of kinds) {
      const [base, ...rest] = kind.layers;
      expect(base, kind.id).toBeDefined();
      const size = (base as Layer).size;
      expect('fact' in size && baseFacts.has(size.fact), kind.id).toBe(true);
      for (const layer of rest) expect('bytes' in layer.size, `${kind.id}: ${layer.description}`).toBe(true);
    }
  });

  it('let two workloads share a base, and two share more than the base', () => {
    const pairs: { a: string; b: string; common: number }[] = [];
    for (const [i, a] of kinds.entries()) {
      for (const b of kinds.slice(i + 1)) {
        const ids = new Set(a.layers.map((layer) => layer.id));
        pairs.push({ a: a.id, b: b.id, common: b.layers.filter((layer) => ids.has(layer.id)).length });
      }
    }
    expect(pairs.some(({ common }) => common >= 1)).toBe(true);
    expect(pairs.filter(({ common }) => common >= 2).map(({ a, b }) => `${a}+${b}`)).toContain('api+worker');
    expect(CATALOG.web.layers[0]).toBe(CATALOG.cache.layers[0]);
  });

  it('read base-image sizes from the facts, so changing the figure changes the layer', () => {
    const alpine = CATALOG.web.layers[0] as Layer;
    expect(layerBytes(DEFAULT_FACTS, alpine)).toBe(5.6 * MB);
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 50 }, alpine)).toBe(50 * MB);
    const nginx = CATALOG.web.layers[1] as Layer;
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 50 }, nginx)).toBe(42 * MB);
  });
});

describe('appLayersBytes', () => {
  it('counts every layer above the base: what a VM installs on top of its guest OS', () => {
    for (const kind of kinds) {
      const expected = kind.layers.slice(1).reduce((sum, layer) => sum + ('bytes' in layer.size ? layer.size.bytes : Number.NaN), 0);
      expect(appLayersBytes(DEFAULT_FACTS, kind), kind.id).toBe(expected);
    }
    expect(appLayersBytes(DEFAULT_FACTS, CATALOG.web)).toBe(44 * MB);
  });

  it('does not change with the base image figure', () => {
    expect(appLayersBytes({ ...DEFAULT_FACTS, debianImageMB: 9000 }, CATALOG.database)).toBe(
      appLayersBytes(DEFAULT_FACTS, CATALOG.database),
    );
  });
});
