import { describe, expect, it } from 'vitest';
import {
  allWorkloadIds,
  applyToScenario,
  computeCosts,
  DEFAULT_FACTS,
  HARDWARE_PRESETS,
  makeScenario,
  SIDE_PLACEMENT,
  SIDES,
  type Scenario,
  type ScenarioAction,
} from '../../../src/model/index.ts';
import { makeScenarioWith, makeWorkload } from '../fixtures.ts';

function settingsOf(scenario: Scenario, side: keyof Scenario['hosts']) {
  const { hardware, hypervisor, guestOs, facts } = scenario.hosts[side];
  return { hardware, hypervisor, guestOs, facts };
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
  it('builds the same machine three times, one per placement, with equal settings', () => {
    const scenario = makeScenario({ hardware: HARDWARE_PRESETS.laptop, guestOs: 'minimal' });
    for (const side of SIDES) {
      expect(scenario.hosts[side].placement).toBe(SIDE_PLACEMENT[side]);
      expect(scenario.hosts[side].workloads).toEqual([]);
      expect(settingsOf(scenario, side)).toEqual(settingsOf(scenario, 'vms'));
    }
    expect(scenario.hosts.nested.hardware.presetId).toBe('laptop');
  });
});

describe('applyToScenario: workloads', () => {
  it('adds a workload to all three sides with the same id', () => {
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
    expect(added).toBe(28);
    expect(outcome.changed).toBe(true);
    expect(outcome.refusals.vms?.reason).toBe('memory');
    expect(outcome.refusals.vms?.message).toMatch(/^No land left on the street/);
    expect(outcome.refusals.containers).toBeUndefined();
    expect(outcome.refusals.nested).toBeUndefined();
    // The side that refused is the very same host; the others took the workload.
    expect(outcome.scenario.hosts.vms).toBe(scenario.hosts.vms);
    expect(outcome.scenario.hosts.containers.workloads).toHaveLength(29);
    expect(outcome.scenario.hosts.nested.workloads).toHaveLength(29);
    expect(allWorkloadIds(outcome.scenario)).toHaveLength(29);

    // The building keeps accepting long after the street stopped.
    let current = outcome.scenario;
    for (let n = 0; n < 100; n += 1) {
      const next = applyToScenario(current, { type: 'add', workload: makeWorkload({ kind: 'web', size: 'studio' }) });
      expect(next.changed).toBe(true);
      expect(next.refusals.containers).toBeUndefined();
      expect(next.refusals.vms?.reason).toBe('memory');
      current = next.scenario;
    }
    expect(current.hosts.vms.workloads).toHaveLength(28);
    expect(current.hosts.containers.workloads).toHaveLength(129);
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
      expect(Object.keys(outcome.refusals).sort()).toEqual(['containers', 'nested', 'vms']);
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
  it('moves all three sides to another machine when all fit', () => {
    const start = makeScenarioWith({ workloads: 3 });
    const outcome = applyToScenario(start, { type: 'set-hardware', presetId: 'laptop' });
    expect(outcome.changed).toBe(true);
    for (const side of SIDES) expect(outcome.scenario.hosts[side].hardware.presetId).toBe('laptop');
  });

  it('moves nothing when one side refuses: the very same scenario comes back', () => {
    const { scenario } = fillStreet(makeScenario());
    const before = structuredClone(scenario);
    const actions: ScenarioAction[] = [
      { type: 'set-hardware', presetId: 'laptop' },
      { type: 'set-hypervisor', hypervisor: 'type-2' },
      { type: 'set-fact', factId: 'generalKernelMiB', value: 512 },
      { type: 'set-facts', facts: { ...DEFAULT_FACTS, vmmOverheadMiB: 200 } },
    ];
    for (const action of actions) {
      const outcome = applyToScenario(scenario, action);
      expect(outcome.changed, action.type).toBe(false);
      expect(outcome.scenario, action.type).toBe(scenario);
      expect(outcome.refusals.vms?.reason, action.type).toBe('memory');
      // The building could have taken it, but the sides must stay comparable.
      expect(outcome.refusals.containers, action.type).toBeUndefined();
    }
    expect(scenario).toEqual(before);
  });

  it('refuses an unknown machine, guest OS, hypervisor or figure on every side, saying the same thing', () => {
    const start = makeScenarioWith({ workloads: 1 });
    const actions: ScenarioAction[] = [
      { type: 'set-hardware', presetId: 'mainframe' },
      { type: 'set-guest-os', guestOs: 'windows' },
      { type: 'set-hypervisor', hypervisor: 'type-3' },
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
    }
  });

  it('changes a figure on all three sides at once', () => {
    const start = makeScenarioWith({ workloads: ['database'] });
    const outcome = applyToScenario(start, { type: 'set-fact', factId: 'debianImageMB', value: 200 });
    expect(outcome.changed).toBe(true);
    for (const side of SIDES) expect(outcome.scenario.hosts[side].facts.debianImageMB).toBe(200);
    const grew = computeCosts(outcome.scenario.hosts.containers).disk.used - computeCosts(start.hosts.containers).disk.used;
    expect(grew).toBe(86_000_000);
  });
});

describe('one id, one workload', () => {
  // The duplicate-id check spans every side: an id that runs only in the building cannot be reused on the street
  // for a different workload. The store never reuses ids; a link could.
  it('refuses an id already running on any side, so an id never names two different workloads', () => {
    const steps: ScenarioAction[] = [
      { type: 'add', workload: makeWorkload({ id: 'a', kind: 'web', size: 'penthouse' }) },
      // The street has no land for this one; the building takes it.
      { type: 'add', workload: makeWorkload({ id: 'b', kind: 'web', size: 'studio' }) },
      { type: 'remove', id: 'a' },
      // Now the street has land, and 'b' runs only in the building.
      { type: 'add', workload: makeWorkload({ id: 'b', kind: 'database' }) },
    ];
    let scenario = makeScenario({ hardware: HARDWARE_PRESETS['small-board'] });
    for (const action of steps.slice(0, -1)) scenario = applyToScenario(scenario, action).scenario;
    expect(scenario.hosts.vms.workloads).toEqual([]);
    const outcome = applyToScenario(scenario, steps.at(-1)!);
    expect(outcome.changed).toBe(false);
    expect(outcome.scenario).toBe(scenario);
    for (const side of SIDES) expect(outcome.refusals[side]?.reason).toBe('duplicate-id');
    scenario = outcome.scenario;
    const kindsOfB = SIDES.flatMap((side) => scenario.hosts[side].workloads.filter((workload) => workload.id === 'b').map((workload) => workload.kind));
    expect(new Set(kindsOfB)).toEqual(new Set(['web']));
  });
});
