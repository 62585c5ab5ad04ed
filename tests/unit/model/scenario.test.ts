import { describe, expect, it } from 'vitest';
import {
  allWorkloadIds,
  applyToScenario,
  computeCosts,
  DEFAULT_FACTS,
  HARDWARE_PRESETS,
  GiB,
  makeScenario,
  scenarioFromSpec,
  SIDE_PLACEMENT,
  SIDES,
  WORKLOAD_KIND_IDS,
  type Scenario,
  type ScenarioAction,
} from '../../../src/model/index.ts';
import { makeScenarioWith, makeWorkload } from '../fixtures.ts';

function settingsOf(scenario: Scenario, side: keyof Scenario['hosts']) {
  const { hardware, hypervisor, guestOs, optimisations, facts } = scenario.hosts[side];
  return { hardware, hypervisor, guestOs, optimisations, facts };
}

/** Adds studio web servers until the street refuses; returns the scenario just before and the outcome of that add. */
function fillStreet(start: Scenario) {
  let scenario = start;
  for (let n = 1; n < 1000; n += 1) {
    const outcome = applyToScenario(scenario, { type: 'add', workload: makeWorkload({ id: `s${n}`, kind: 'web', size: 'studio' }) });
    if (outcome.refusals.vms) return { scenario, outcome, added: n - 1 };
    expect(outcome.refusals).toEqual({});
    scenario = outcome.scenario;
  }
  throw new Error('the street never filled');
}

describe('makeScenario', () => {
  it('builds the same machine four times, one per placement, with equal settings', () => {
    expect(SIDES).toEqual(['vms', 'containers', 'nested', 'microvms']);
    expect(SIDE_PLACEMENT).toEqual({ vms: 'vm', containers: 'container', nested: 'container-in-vm', microvms: 'microvm' });
    const scenario = makeScenario({ hardware: HARDWARE_PRESETS.laptop, guestOs: 'minimal', optimisations: { mergePages: true, linkedClones: false } });
    expect(Object.keys(scenario.hosts).sort()).toEqual([...SIDES].sort());
    for (const side of SIDES) {
      expect(scenario.hosts[side].placement).toBe(SIDE_PLACEMENT[side]);
      expect(scenario.hosts[side].workloads).toEqual([]);
      expect(settingsOf(scenario, side)).toEqual(settingsOf(scenario, 'vms'));
    }
    expect(scenario.hosts.nested.hardware.presetId).toBe('laptop');
    expect(scenario.hosts.microvms.optimisations.mergePages).toBe(true);
  });

  it('starts with every VM optimisation off', () => {
    for (const side of SIDES) expect(makeScenario().hosts[side].optimisations).toEqual({ mergePages: false, linkedClones: false });
  });
});

describe('applyToScenario: workloads', () => {
  it('adds a workload to every side with the same id', () => {
    const workload = makeWorkload({ id: 'x1', kind: 'api' });
    const start = makeScenario();
    const outcome = applyToScenario(start, { type: 'add', workload });
    expect(outcome.changed).toBe(true);
    expect(outcome.refusals).toEqual({});
    for (const side of SIDES) expect(outcome.scenario.hosts[side].workloads).toEqual([workload]);
    expect(allWorkloadIds(outcome.scenario)).toEqual(['x1']);
    expect(start.hosts.vms.workloads).toEqual([]);
  });

  it('fills the street before the building: the houses refuse while the apartments still take more', () => {
    const { scenario, outcome, added } = fillStreet(makeScenario());
    expect(added).toBe(62);
    expect(outcome.changed).toBe(true);
    expect(outcome.refusals.vms?.reason).toBe('memory');
    expect(outcome.refusals.vms?.message).toMatch(/^No land left on the street/);
    expect(outcome.refusals.containers).toBeUndefined();
    expect(outcome.refusals.nested).toBeUndefined();
    expect(outcome.refusals.microvms).toBeUndefined();
    // The side that refused is the very same host; the others took the workload.
    expect(outcome.scenario.hosts.vms).toBe(scenario.hosts.vms);
    expect(outcome.scenario.hosts.containers.workloads).toHaveLength(63);
    expect(outcome.scenario.hosts.nested.workloads).toHaveLength(63);
    expect(outcome.scenario.hosts.microvms.workloads).toHaveLength(63);
    expect(allWorkloadIds(outcome.scenario)).toHaveLength(63);

    // The building keeps accepting long after the street stopped.
    let current = outcome.scenario;
    for (let n = 0; n < 100; n += 1) {
      const next = applyToScenario(current, { type: 'add', workload: makeWorkload({ kind: 'web', size: 'studio' }) });
      expect(next.changed).toBe(true);
      expect(next.refusals.containers).toBeUndefined();
      expect(next.refusals.microvms).toBeUndefined();
      expect(next.refusals.vms?.reason).toBe('memory');
      current = next.scenario;
    }
    expect(current.hosts.vms.workloads).toHaveLength(62);
    expect(current.hosts.containers.workloads).toHaveLength(163);
    expect(current.hosts.microvms.workloads).toHaveLength(163);
  });

  it('refuses an add that every side refuses, returning the very same scenario', () => {
    const start = makeScenarioWith({ workloads: 2 });
    for (const workload of [
      makeWorkload({ kind: 'database', size: 'studio' }),
      makeWorkload({ kind: 'spaceship' as never }),
      makeWorkload({ label: '' }),
      makeWorkload({ id: start.hosts.vms.workloads[0]!.id }),
    ]) {
      const outcome = applyToScenario(start, { type: 'add', workload });
      expect(outcome.changed).toBe(false);
      expect(outcome.scenario).toBe(start);
      expect(Object.keys(outcome.refusals).sort()).toEqual(['containers', 'microvms', 'nested', 'vms']);
    }
  });

  it('removes a workload wherever it runs, even when the street never took it', () => {
    const { outcome } = fillStreet(makeScenario({ hardware: HARDWARE_PRESETS['small-board'] }));
    const id = outcome.scenario.hosts.containers.workloads.at(-1)!.id;
    expect(outcome.scenario.hosts.vms.workloads.some((workload) => workload.id === id)).toBe(false);
    const removed = applyToScenario(outcome.scenario, { type: 'remove', id });
    expect(removed.changed).toBe(true);
    expect(removed.refusals).toEqual({});
    expect(removed.scenario.hosts.vms).toBe(outcome.scenario.hosts.vms);
    expect(allWorkloadIds(removed.scenario)).not.toContain(id);
  });

  it('refuses to remove or resize an id that runs nowhere, on every side', () => {
    const start = makeScenarioWith({ workloads: 3 });
    for (const action of [{ type: 'remove', id: 'ghost' }, { type: 'resize', id: 'ghost', size: 'penthouse' }] as const) {
      const outcome = applyToScenario(start, action);
      expect(outcome.changed).toBe(false);
      expect(outcome.scenario).toBe(start);
      for (const side of SIDES) {
        expect(outcome.refusals[side]).toEqual({ ok: false, reason: 'not-found', message: 'No workload “ghost” is running.' });
      }
    }
  });

  it('resizes side by side: a house that cannot grow stays as it was while the apartment grows', () => {
    const start = makeScenarioWith({ hardware: 'small-board', workloads: [{ id: 'a', kind: 'web' }, { id: 'b', kind: 'web' }] });
    const outcome = applyToScenario(start, { type: 'resize', id: 'a', size: 'penthouse' });
    expect(outcome.changed).toBe(true);
    expect(outcome.refusals.vms?.reason).toBe('memory');
    expect(outcome.scenario.hosts.vms).toBe(start.hosts.vms);
    expect(outcome.scenario.hosts.containers.workloads[0]?.size).toBe('penthouse');
  });
});

describe('applyToScenario: settings are all or nothing', () => {
  it('moves every side to another machine when all fit', () => {
    const start = makeScenarioWith({ workloads: 3 });
    const outcome = applyToScenario(start, { type: 'set-hardware', presetId: 'laptop' });
    expect(outcome.changed).toBe(true);
    for (const side of SIDES) expect(outcome.scenario.hosts[side].hardware.presetId).toBe('laptop');
  });

  it('moves nothing when one side refuses: the very same scenario comes back', () => {
    const { scenario } = fillStreet(makeScenario());
    const before = structuredClone(scenario);
    const actions: ScenarioAction[] = [
      { type: 'set-fact', factId: 'hypervisorMemoryMiB', value: 2048 },
      // A guest that no longer fits in a 1 GiB VM with its app doubles every house.
      { type: 'set-fact', factId: 'generalGuestMemoryMiB', value: 1024 },
      { type: 'set-fact', factId: 'vmSmallestMiB', value: 2048 },
      { type: 'set-facts', facts: { ...DEFAULT_FACTS, vmmOverheadMiB: 200 } },
    ];
    for (const action of actions) {
      const label = JSON.stringify(action).slice(0, 80);
      const outcome = applyToScenario(scenario, action);
      expect(outcome.changed, label).toBe(false);
      expect(outcome.scenario, label).toBe(scenario);
      expect(outcome.refusals.vms?.reason, label).toBe('memory');
      // The building could have taken it, but the sides must stay comparable.
      expect(outcome.refusals.containers, label).toBeUndefined();
      expect(outcome.refusals.microvms, label).toBeUndefined();
    }
    expect(scenario).toEqual(before);
  });

  it('refuses to turn page merging off everywhere when the street filled up with it on', () => {
    const { scenario, added } = fillStreet(makeScenario({ optimisations: { mergePages: true, linkedClones: false } }));
    expect(added).toBeGreaterThan(62);
    const outcome = applyToScenario(scenario, { type: 'set-optimisation', optimisation: 'mergePages', on: false });
    expect(outcome.changed).toBe(false);
    expect(outcome.scenario).toBe(scenario);
    expect(Object.keys(outcome.refusals)).toEqual(['vms']);
    expect(outcome.refusals.vms?.reason).toBe('memory');
  });

  it('turns an optimisation on for every side at once, though only the street’s costs change', () => {
    const start = makeScenarioWith({ workloads: ['web', 'api', 'database'] });
    for (const optimisation of ['mergePages', 'linkedClones'] as const) {
      const outcome = applyToScenario(start, { type: 'set-optimisation', optimisation, on: true });
      expect(outcome.changed, optimisation).toBe(true);
      expect(outcome.refusals, optimisation).toEqual({});
      for (const side of SIDES) expect(outcome.scenario.hosts[side].optimisations[optimisation], `${optimisation} ${side}`).toBe(true);
      const street = [computeCosts(start.hosts.vms), computeCosts(outcome.scenario.hosts.vms)];
      const resource = optimisation === 'mergePages' ? 'memory' : 'disk';
      expect(street[1]![resource].used, optimisation).toBeLessThan(street[0]![resource].used);
      for (const side of ['containers', 'nested', 'microvms'] as const) {
        expect(computeCosts(outcome.scenario.hosts[side]), `${optimisation} ${side}`).toEqual(computeCosts(start.hosts[side]));
      }
      // Asking again for what already is changes nothing.
      const again = applyToScenario(outcome.scenario, { type: 'set-optimisation', optimisation, on: true });
      expect(again.changed).toBe(false);
      expect(again.scenario).toBe(outcome.scenario);
      expect(again.refusals).toEqual({});
    }
  });

  it('refuses an unknown machine, guest OS, hypervisor or figure on every side, saying the same thing', () => {
    const start = makeScenarioWith({ workloads: 1 });
    const actions: ScenarioAction[] = [
      { type: 'set-hardware', presetId: 'mainframe' },
      { type: 'set-guest-os', guestOs: 'windows' },
      { type: 'set-hypervisor', hypervisor: 'type-3' },
      { type: 'set-optimisation', optimisation: 'balloon', on: true },
      { type: 'set-fact', factId: 'nope', value: 1 },
      { type: 'set-fact', factId: 'alpineImageMB', value: Number.NaN },
    ];
    for (const action of actions) {
      const outcome = applyToScenario(start, action);
      expect(outcome.changed).toBe(false);
      expect(outcome.scenario).toBe(start);
      const messages = SIDES.map((side) => outcome.refusals[side]?.message);
      expect(messages[0]).toBeDefined();
      expect(new Set(messages).size).toBe(1);
      expect(Object.keys(outcome.refusals).sort()).toEqual([...SIDES].sort());
    }
    const unknown = applyToScenario(start, { type: 'set-optimisation', optimisation: 'balloon', on: true });
    expect(unknown.refusals.microvms?.reason).toBe('unknown-optimisation');
  });

  it('changes a figure on every side at once', () => {
    const start = makeScenarioWith({ workloads: ['database'] });
    const outcome = applyToScenario(start, { type: 'set-fact', factId: 'postgresImageMB', value: 500 });
    expect(outcome.changed).toBe(true);
    for (const side of SIDES) {
      expect(outcome.scenario.hosts[side].facts.postgresImageMB).toBe(500);
      const grew = computeCosts(outcome.scenario.hosts[side]).disk.used - computeCosts(start.hosts[side]).disk.used;
      // 500 MB instead of 456.26 MB, on every side.
      expect(grew, side).toBe(43_740_000);
    }
  });
});

describe('one id, one workload', () => {
  // The duplicate-id check spans every side: an id that runs only in the building cannot be reused on the street
  // for a different workload. The store never reuses ids; a link could.
  it('refuses an id already running on any side, so an id never names two different workloads', () => {
    const steps: ScenarioAction[] = [
      // Three 2 GiB houses leave less than a 1 GiB house on the small board.
      { type: 'add', workload: makeWorkload({ id: 'a', kind: 'web', size: 'two-bedroom' }) },
      { type: 'add', workload: makeWorkload({ id: 'c', kind: 'web', size: 'two-bedroom' }) },
      { type: 'add', workload: makeWorkload({ id: 'd', kind: 'web', size: 'two-bedroom' }) },
      // The street has no land for this one; the building takes it.
      { type: 'add', workload: makeWorkload({ id: 'b', kind: 'web', size: 'studio' }) },
      { type: 'remove', id: 'a' },
      // Now the street has land for a database, and 'b' runs only in the building.
      { type: 'add', workload: makeWorkload({ id: 'b', kind: 'database' }) },
    ];
    let scenario = makeScenario({ hardware: HARDWARE_PRESETS['small-board'] });
    for (const action of steps.slice(0, -1)) scenario = applyToScenario(scenario, action).scenario;
    expect(scenario.hosts.vms.workloads.map((workload) => workload.id)).toEqual(['c', 'd']);
    expect(scenario.hosts.containers.workloads.map((workload) => workload.id)).toEqual(['c', 'd', 'b']);
    expect(computeCosts(scenario.hosts.vms).memory.free).toBeGreaterThan(2 * GiB + 5 * 2 ** 20);
    const outcome = applyToScenario(scenario, steps.at(-1)!);
    expect(outcome.changed).toBe(false);
    expect(outcome.scenario).toBe(scenario);
    for (const side of SIDES) expect(outcome.refusals[side]?.reason).toBe('duplicate-id');
    scenario = outcome.scenario;
    const kindsOfB = SIDES.flatMap((side) => scenario.hosts[side].workloads.filter((workload) => workload.id === 'b').map((workload) => workload.kind));
    expect(new Set(kindsOfB)).toEqual(new Set(['web']));
  });
});

describe('the street still runs out of land first', () => {
  it('on the small board, seven everyday workloads: the street holds five, the building all seven', () => {
    let scenario = makeScenario({ hardware: HARDWARE_PRESETS['small-board'] });
    const refusedBy: Record<string, string[]> = {};
    for (const kind of WORKLOAD_KIND_IDS) {
      const outcome = applyToScenario(scenario, { type: 'add', workload: makeWorkload({ kind }) });
      expect(outcome.changed, kind).toBe(true);
      refusedBy[kind] = Object.keys(outcome.refusals);
      scenario = outcome.scenario;
    }
    expect(WORKLOAD_KIND_IDS).toEqual(['web', 'api', 'worker', 'cache', 'database', 'reports', 'java']);
    expect(scenario.hosts.vms.workloads.map((workload) => workload.kind)).toEqual(['web', 'api', 'worker', 'cache', 'database']);
    expect(refusedBy.reports).toEqual(['vms']);
    expect(refusedBy.java).toEqual(['vms']);
    for (const side of ['containers', 'nested', 'microvms'] as const) expect(scenario.hosts[side].workloads, side).toHaveLength(7);

    // Page merging gives memory back to the street, but not enough to catch up with the building.
    const merged = applyToScenario(scenario, { type: 'set-optimisation', optimisation: 'mergePages', on: true });
    expect(merged.changed).toBe(true);
    const street = computeCosts(scenario.hosts.vms).memory.used;
    const mergedStreet = computeCosts(merged.scenario.hosts.vms).memory.used;
    const building = computeCosts(merged.scenario.hosts.containers).memory.used;
    expect(mergedStreet).toBeLessThan(street);
    expect(mergedStreet).toBeGreaterThan(building);
  });

  it('one web server on the minimal guest costs the street at most 1 GiB more than the empty street', () => {
    const empty = makeScenario({ guestOs: 'minimal' });
    const one = applyToScenario(empty, { type: 'add', workload: makeWorkload({ kind: 'web' }) }).scenario;
    const more = computeCosts(one.hosts.vms).memory.used - computeCosts(empty.hosts.vms).memory.used;
    expect(more).toBeGreaterThan(0);
    expect(more).toBeLessThanOrEqual(1 * GiB);
    // It still costs more than the apartment does.
    expect(more).toBeGreaterThan(computeCosts(one.hosts.containers).memory.used - computeCosts(empty.hosts.containers).memory.used);
  });
});

describe('scenarioFromSpec', () => {
  it('turns on the optimisations a spec names, on every side, and no others', () => {
    const { scenario } = scenarioFromSpec({ optimisations: { linkedClones: true }, workloads: [{ kind: 'web' }, { kind: 'web' }] });
    for (const side of SIDES) expect(scenario.hosts[side].optimisations, side).toEqual({ mergePages: false, linkedClones: true });
    expect(computeCosts(scenario.hosts.vms).disk.saved).toBe(2_500_000_000);
    const plain = scenarioFromSpec({ workloads: [{ kind: 'web' }] }).scenario;
    for (const side of SIDES) expect(plain.hosts[side].optimisations, side).toEqual({ mergePages: false, linkedClones: false });
  });

  it('places every workload on all four sides when there is room', () => {
    const { scenario, refusals } = scenarioFromSpec({ hardware: 'laptop', workloads: [{ kind: 'web' }, { kind: 'database' }] });
    expect(refusals).toEqual({});
    for (const side of SIDES) expect(scenario.hosts[side].workloads.map((workload) => workload.id), side).toEqual(['w1', 'w2']);
  });
});
