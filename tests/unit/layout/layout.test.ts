import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldRibbon,
  landScale,
  layoutBuilding,
  layoutNested,
  layoutStreet,
  sizesInUse,
  type Rect,
} from '../../../src/layout/index.ts';
import { applyToScenario, computeCosts, factBytes, GiB, layerUsage, type Scenario } from '../../../src/model/index.ts';
import { makeScenarioWith, reachableScenarioArb } from '../fixtures.ts';

const EPS = 1e-6;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

function expectNoOverlap(rects: readonly Rect[]): void {
  for (let i = 0; i < rects.length; i += 1) {
    for (let j = i + 1; j < rects.length; j += 1) {
      expect(overlaps(rects[i]!, rects[j]!), `rects ${i} and ${j} overlap`).toBe(false);
    }
  }
}

/** The ribbon lets an item end up to its own 1e-6 px past a row's end (rounding noise, not land): allow as much again. */
const ROW_END = 2e-6;

function expectInside(rects: readonly Rect[], width: number, height: number): void {
  for (const rect of rects) {
    expect(rect.x).toBeGreaterThanOrEqual(-EPS);
    expect(rect.y).toBeGreaterThanOrEqual(-EPS);
    expect(rect.x + rect.width).toBeLessThanOrEqual(width + ROW_END);
    expect(rect.y + rect.height).toBeLessThanOrEqual(height + EPS);
  }
}

const area = (rects: readonly Rect[]) => rects.reduce((sum, rect) => sum + rect.width * rect.height, 0);

describe('foldRibbon', () => {
  const row = { width: 100, pxPerByte: 1 };

  it('places items whole, in order, starting a new row when one does not fit', () => {
    const ribbon = foldRibbon([{ key: 'a', bytes: 60 }, { key: 'b', bytes: 50 }, { key: 'c', bytes: 40 }], 0, row);
    expect(ribbon.spans.get('a')).toEqual({ row: 0, x: 0, width: 60 });
    expect(ribbon.spans.get('b')).toEqual({ row: 1, x: 0, width: 50 });
    expect(ribbon.spans.get('c')).toEqual({ row: 1, x: 50, width: 40 });
  });

  it('draws exactly the free bytes as land: the end of a row first, then after the last item', () => {
    const ribbon = foldRibbon([{ key: 'a', bytes: 60 }, { key: 'b', bytes: 50 }], 150, row);
    expect(ribbon.free).toEqual([
      { row: 0, x: 60, width: 40 },
      { row: 1, x: 50, width: 50 },
      { row: 2, x: 0, width: 60 },
    ]);
    expect(ribbon.free.reduce((sum, span) => sum + span.width, 0)).toBe(150);
    expect(ribbon.rows).toBe(3);
  });

  it('leaves the end of a row without land once the free bytes are all drawn', () => {
    const ribbon = foldRibbon([{ key: 'a', bytes: 60 }, { key: 'b', bytes: 50 }], 10, row);
    expect(ribbon.free).toEqual([{ row: 0, x: 60, width: 10 }]);
  });
});

describe('the street of houses', () => {
  const scenario = makeScenarioWith({ workloads: ['web', 'api', 'worker', 'cache', 'database', 'reports'] });
  const scale = landScale(scenario.hosts.vms, 540);
  const street = layoutStreet(scenario.hosts.vms, scale);

  it('has one house per VM, keyed by workload id, in the order they were added', () => {
    expect(street.houses.map((house) => house.id)).toEqual(scenario.hosts.vms.workloads.map((workload) => workload.id));
  });

  it('draws land in proportion to memory: houses, hypervisor and free land add up to the host’s memory', () => {
    const costs = computeCosts(scenario.hosts.vms);
    const perByte = street.houses[0]!.width / street.houses[0]!.memoryBytes;
    for (const house of street.houses) expect(house.width / house.memoryBytes).toBeCloseTo(perByte, 12);
    const landWidth = street.houses.reduce((sum, house) => sum + house.width, 0) + street.platform.reduce((sum, parcel) => sum + parcel.width, 0) +
      street.free.reduce((sum, rect) => sum + rect.width, 0);
    expect(landWidth / perByte).toBeCloseTo(costs.memory.capacity, -3);
  });

  it('keeps every house and free parcel inside the lot, with nothing overlapping', () => {
    expectInside([...street.houses, ...street.platform, ...street.free], street.width, street.height);
    expectNoOverlap([...street.houses, ...street.platform, ...street.free]);
  });

  it('draws a type-2 hypervisor as a program on a host OS parcel, and a type-1 hypervisor on the hardware', () => {
    const type1 = layoutStreet(scenario.hosts.vms, scale).platform;
    expect(type1.map((parcel) => [parcel.key, parcel.label])).toEqual([['hypervisor', 'Hypervisor (type 1)']]);
    expect(type1[0]!.bytes).toBe(factBytes(scenario.hosts.vms.facts, 'hypervisorMemoryMiB'));
    const hosted = makeScenarioWith({ hypervisor: 'type-2', workloads: ['web'] });
    const type2 = layoutStreet(hosted.hosts.vms, landScale(hosted.hosts.vms, 540)).platform;
    expect(type2.map((parcel) => [parcel.key, parcel.label])).toEqual([['host-os', 'Host OS, hypervisor (type 2)']]);
    expect(type2[0]!.bytes).toBe(factBytes(hosted.hosts.vms.facts, 'hostOsMemoryMiB'));
  });

  it('draws a row of microVMs as small houses on a host OS and engine parcel, each smaller than a VM’s house', () => {
    const micro = layoutStreet(scenario.hosts.microvms, scale);
    expect(micro.platform.map((parcel) => parcel.key)).toEqual(['host-os', 'engine']);
    expect(micro.houses.map((house) => house.kind)).toEqual(scenario.hosts.microvms.workloads.map(() => 'microvm'));
    expect(street.houses.every((house) => house.kind === 'vm')).toBe(true);
    expect(micro.houses[0]!.width).toBeLessThan(street.houses[0]!.width / 2);
  });

  it('fills a house with its guest OS and its tenant, the tenant the smallest part', () => {
    const web = street.houses[0]!;
    const { kernel, services, reserve, monitor, tenant } = web.parts;
    expect(kernel + services + reserve + monitor + tenant).toBeCloseTo(web.width, 9);
    expect(tenant).toBeLessThan(kernel + services + reserve);
  });
});

describe('the apartment building', () => {
  const scenario = makeScenarioWith({ workloads: ['web', 'api', 'worker', 'cache', 'database', 'reports'] });
  const scale = landScale(scenario.hosts.vms, 540);
  const building = layoutBuilding(scenario.hosts.containers, scale);
  const street = layoutStreet(scenario.hosts.vms, scale);

  it('gives the same memory the same area as the street does', () => {
    const streetArea = street.houses[0]!.width * street.houses[0]!.height / street.houses[0]!.memoryBytes;
    for (const unit of building.units) {
      expect((unit.width * unit.height) / unit.memoryBytes).toBeCloseTo(streetArea, 12);
    }
    const lot = area(building.units) + area(building.core) + area(building.free);
    expect(lot / streetArea).toBeCloseTo(scenario.hosts.containers.hardware.memoryBytes, -3);
  });

  it('draws the shared kernel and the engine once, on the ground floor', () => {
    expect(building.core.map((part) => part.key)).toEqual(['kernel', 'engine']);
    expect(building.core.every((part) => part.y === building.floors[0]!.y)).toBe(true);
  });

  it('draws each image layer once, linked to every container that uses it', () => {
    const uses = layerUsage(scenario.hosts.containers);
    expect(building.layers.map((layer) => layer.id).sort()).toEqual(uses.map((use) => use.layer.id).sort());
    // The most shared stand first on the shelves, where the eye starts.
    const counts = building.layers.map((layer) => layer.users.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const alpine = building.layers.find((layer) => layer.name === 'alpine')!;
    expect(alpine.users).toHaveLength(4);
    expect(building.links).toHaveLength(uses.reduce((sum, use) => sum + use.users.length, 0));
    expectNoOverlap(building.layers);
    expectInside(building.layers, building.width, building.height);
  });

  it('keeps its basement to fewer shelves when it must stand lower, every layer still drawn once', () => {
    const full = layoutBuilding(scenario.hosts.containers, landScale(scenario.hosts.vms, 300));
    const low = layoutBuilding(scenario.hosts.containers, landScale(scenario.hosts.vms, 300), 300, full.height - 40);
    expect(low.height).toBeLessThanOrEqual(full.height - 40);
    expect(low.layers.map((layer) => layer.id).sort()).toEqual(full.layers.map((layer) => layer.id).sort());
    expect(low.layers.some((layer) => layer.small)).toBe(true);
    expect(low.moreLayers?.text).toMatch(/^\+\d+/);
    expectNoOverlap(low.layers);
    expect(low.basementNote.map((line) => line.text).join(' ')).toMatch(/stored once/);
  });

  it('fills floors from the ground up, and marks unbuilt floors', () => {
    const floors = building.floors;
    expect(floors[0]!.y).toBeGreaterThan(floors[floors.length - 1]!.y);
    expect(floors[0]!.built).toBe(true);
    expect(floors.at(-1)!.built).toBe(false);
  });
});

describe('the land scale', () => {
  it('is made for the sizes in use: a laptop of small tenants gets several rows, a penthouse VM (8 GiB) one', () => {
    const small = makeScenarioWith({ hardware: 'laptop', workloads: ['web', 'cache'] });
    expect(sizesInUse(small)).toEqual(['studio', 'two-bedroom']);
    const withPenthouse = applyToScenario(small, { type: 'add', workload: { id: 'w9', kind: 'java', size: 'penthouse', label: 'big' } }).scenario;
    expect(sizesInUse(withPenthouse)).toEqual(['studio', 'two-bedroom', 'penthouse']);
    const rows = (scenario: Scenario) => layoutStreet(scenario.hosts.vms, landScale(scenario.hosts.vms, 540, sizesInUse(scenario))).rows.length;
    expect(rows(small)).toBeGreaterThanOrEqual(4);
    expect(rows(withPenthouse)).toBe(1);
    // Page merging shrinks the houses on the same land: the scale stays, every house gets narrower.
    const merged = applyToScenario(small, { type: 'set-optimisation', optimisation: 'mergePages', on: true }).scenario;
    const scaleOf = (scenario: Scenario) => landScale(scenario.hosts.vms, 540, sizesInUse(scenario));
    expect(scaleOf(merged)).toEqual(scaleOf(small));
    const widths = (scenario: Scenario) => layoutStreet(scenario.hosts.vms, scaleOf(scenario)).houses.map((house) => house.width);
    widths(merged).forEach((width, index) => expect(width).toBeLessThan(widths(small)[index]!));
    // Without sizes, the scale is made for every size, as before.
    expect(landScale(small.hosts.vms, 540)).toEqual(landScale(small.hosts.vms, 540, ['studio', 'one-bedroom', 'two-bedroom', 'penthouse']));
  });
});

describe('Docker inside a VM', () => {
  it('draws one house holding a building whose units are the nested host’s containers', () => {
    const scenario = makeScenarioWith({ workloads: ['web', 'cache'] });
    const scale = landScale(scenario.hosts.vms, 500);
    const nested = layoutNested(scenario.hosts.nested, scale);
    expect(nested.building.units.map((unit) => unit.id)).toEqual(scenario.hosts.nested.workloads.map((w) => w.id));
    expect(nested.building.core.map((part) => part.key)).toEqual(['guest-os', 'engine']);
    expect(nested.building.width).toBeLessThan(nested.house.width);
    expect(nested.height).toBeGreaterThan(nested.house.height);
  });
});

describe('layout invariants over reachable scenarios (300 runs)', () => {
  function check(scenario: Scenario, width: number): void {
    // The scale the page draws with: made for the sizes in use, so every house and apartment must still fit a row.
    const scale = landScale(scenario.hosts.vms, width, sizesInUse(scenario));
    const street = layoutStreet(scenario.hosts.vms, scale);
    const streetRects = [...street.houses, ...street.platform, ...street.free];
    expectInside(streetRects, street.width, street.height);
    expectNoOverlap(streetRects);
    const micro = layoutStreet(scenario.hosts.microvms, scale);
    expectInside([...micro.houses, ...micro.platform, ...micro.free], micro.width, micro.height);
    const streetPerByte = scale.areaPerByte;
    expect(area(streetRects) / streetPerByte).toBeCloseTo(scenario.hosts.vms.hardware.memoryBytes, -4);

    for (const building of [layoutBuilding(scenario.hosts.containers, scale), layoutNested(scenario.hosts.nested, scale).building]) {
      const rects = [...building.units, ...building.core, ...building.free];
      expectInside([...rects, ...building.layers], building.width, building.height);
      expectNoOverlap(rects);
      expectNoOverlap(building.layers);
      for (const unit of building.units) expect((unit.width * unit.height) / unit.memoryBytes).toBeCloseTo(streetPerByte, 9);
    }
  }

  it('nothing overlaps, everything stays in its lot, and area follows memory, at any width', () => {
    fc.assert(
      fc.property(reachableScenarioArb, fc.integer({ min: 300, max: 1200 }), (scenario, width) => check(scenario, width)),
      { numRuns: 300 },
    );
  });

  it('a lot at its fullest on every preset still fits its own picture', () => {
    for (const hardware of ['server', 'laptop', 'small-board'] as const) {
      let current = makeScenarioWith({ hardware, workloads: [] });
      for (let i = 0; i < 400; i += 1) {
        const next = addWebServerWhileTheStreetHasLand(current, i);
        if (next === current) break;
        current = next;
      }
      check(current, 390);
      expect(computeCosts(current.hosts.vms).memory.free).toBeLessThan(3 * GiB);
    }
  });
});

/** Adds one studio web server on every side; returns the same scenario once the street refuses it. */
function addWebServerWhileTheStreetHasLand(scenario: Scenario, i: number): Scenario {
  const workload = { id: `fill${i}`, kind: 'web' as const, size: 'studio' as const, label: `web ${i}` };
  const outcome = applyToScenario(scenario, { type: 'add', workload });
  return outcome.refusals.vms ? scenario : outcome.scenario;
}
