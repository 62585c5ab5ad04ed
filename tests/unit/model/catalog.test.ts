import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ALL_LAYERS,
  appLayersBytes,
  CATALOG,
  DEFAULT_FACTS,
  factBytes,
  FACTS,
  isWorkloadKindId,
  layerBytes,
  layerDefinition,
  MB,
  WORKLOAD_KIND_IDS,
  type FactId,
  type Layer,
  type WorkloadKindId,
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
    const imageFacts = new Set(FACTS.filter((definition) => definition.group === 'images').map((definition) => definition.id));
    for (const kind of kinds) {
      const [base, ...rest] = kind.layers;
      expect(base, kind.id).toBeDefined();
      const size = (base as Layer).size;
      expect('fact' in size && imageFacts.has(size.fact), kind.id).toBe(true);
      for (const layer of rest) expect('fact' in layer.size, `${kind.id}: ${layer.description}`).toBe(false);
    }
  });

  it('size each runtime as its official image less the base that image is built on', () => {
    const runtimes: [WorkloadKindId, string, FactId, FactId][] = [
      ['web', 'nginx', 'nginxImageMB', 'alpineImageMB'],
      ['api', 'node.js', 'nodeImageMB', 'alpineImageMB'],
      ['cache', 'redis', 'redisImageMB', 'alpineImageMB'],
      ['database', 'postgres', 'postgresImageMB', 'debianImageMB'],
      ['reports', 'python', 'pythonImageMB', 'debianImageMB'],
      ['java', 'jdk', 'temurinImageMB', 'ubuntuImageMB'],
    ];
    for (const [kindId, name, image, base] of runtimes) {
      const kind = CATALOG[kindId];
      const [baseLayer, runtime] = kind.layers as [Layer, Layer];
      expect(runtime.name, kindId).toBe(name);
      expect(runtime.size, kindId).toEqual({ image, base });
      // The image's own base is the base layer the picture draws under it.
      expect(baseLayer.size, kindId).toEqual({ fact: base });
      expect(layerBytes(DEFAULT_FACTS, runtime), kindId).toBe(factBytes(DEFAULT_FACTS, image) - factBytes(DEFAULT_FACTS, base));
      // Base and runtime together are the official image, as big as its repo-info page says.
      expect(layerBytes(DEFAULT_FACTS, baseLayer) + layerBytes(DEFAULT_FACTS, runtime), kindId).toBe(factBytes(DEFAULT_FACTS, image));
    }
    expect(layerBytes(DEFAULT_FACTS, CATALOG.web.layers[1] as Layer)).toBe(54_400_000);
    expect(layerBytes(DEFAULT_FACTS, CATALOG.java.layers[1] as Layer)).toBe(313_820_000);
    // Every runtime layer is one of these six.
    const sized = ALL_LAYERS.filter((layer) => 'image' in layer.size).map((layer) => layer.name).sort();
    expect(sized).toEqual(runtimes.map(([, name]) => name).sort());
  });

  it('never give a runtime a negative size, even when its base is set larger than its image', () => {
    const nginx = CATALOG.web.layers[1] as Layer;
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 100 }, nginx)).toBe(0);
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 62.82 }, nginx)).toBe(0);
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 62.81 }, nginx)).toBe(10_000);
    for (const layer of ALL_LAYERS) {
      for (const facts of [DEFAULT_FACTS, { ...DEFAULT_FACTS, alpineImageMB: 100_000, debianImageMB: 100_000, ubuntuImageMB: 100_000 }]) {
        expect(layerBytes(facts, layer), layer.name).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('call the Java runtime what it is: an Eclipse Temurin JDK, an OpenJDK build', () => {
    const jdk = CATALOG.java.layers[1] as Layer;
    expect(jdk.name).toBe('jdk');
    expect(jdk.description).toBe('Eclipse Temurin JDK (an OpenJDK build)');
    expect(jdk.id).toBe(`sha256:${sha256('houses-and-apartments layer: Eclipse Temurin JDK (an OpenJDK build)')}`);
    expect(ALL_LAYERS.some((layer) => layer.description === 'OpenJDK runtime')).toBe(false);
    expect(CATALOG.java.software).toBe('Temurin JDK on ubuntu');
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

  it('read base-image sizes from the facts, so changing the figure changes the base and the runtime above it', () => {
    const alpine = CATALOG.web.layers[0] as Layer;
    expect(layerBytes(DEFAULT_FACTS, alpine)).toBe(8_420_000);
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 50 }, alpine)).toBe(50 * MB);
    const nginx = CATALOG.web.layers[1] as Layer;
    expect(layerBytes({ ...DEFAULT_FACTS, alpineImageMB: 50 }, nginx)).toBe(12_820_000);
    expect(layerBytes({ ...DEFAULT_FACTS, nginxImageMB: 100 }, nginx)).toBe(91_580_000);
  });
});

describe('appLayersBytes', () => {
  it('counts every layer above the base: what a VM installs on top of its guest OS', () => {
    for (const kind of kinds) {
      const expected = kind.layers.slice(1).reduce((sum, layer) => sum + layerBytes(DEFAULT_FACTS, layer), 0);
      expect(appLayersBytes(DEFAULT_FACTS, kind), kind.id).toBe(expected);
    }
    // nginx (62.82 MB less 8.42 MB of alpine) and a 2 MB site.
    expect(appLayersBytes(DEFAULT_FACTS, CATALOG.web)).toBe(56_400_000);
    // postgres (456.26 MB less 78.64 MB of debian) and 0.1 MB of init scripts.
    expect(appLayersBytes(DEFAULT_FACTS, CATALOG.database)).toBe(377_720_000);
    // The JDK (413.99 MB less 100.17 MB of ubuntu) and a 40 MB jar.
    expect(appLayersBytes(DEFAULT_FACTS, CATALOG.java)).toBe(353_820_000);
  });

  it('leaves the base out: a bigger base means less to install, a bigger image more', () => {
    expect(appLayersBytes({ ...DEFAULT_FACTS, debianImageMB: 100 }, CATALOG.database)).toBe(356_360_000);
    expect(appLayersBytes({ ...DEFAULT_FACTS, postgresImageMB: 500 }, CATALOG.database)).toBe(421_460_000);
    expect(appLayersBytes({ ...DEFAULT_FACTS, debianImageMB: 9000 }, CATALOG.database)).toBe(100_000);
    expect(appLayersBytes({ ...DEFAULT_FACTS, ubuntuImageMB: 9000 }, CATALOG.database)).toBe(appLayersBytes(DEFAULT_FACTS, CATALOG.database));
  });
});
