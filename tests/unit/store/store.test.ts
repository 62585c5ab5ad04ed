import { beforeEach, describe, expect, it } from 'vitest';
import { computeCosts, DEFAULT_FACTS, SIDES, type Scenario } from '../../../src/model/index.ts';
import { costsOf, selectCanRedo, selectCanUndo, selectContainers, selectOutcome } from '../../../src/store/selectors.ts';
import { HISTORY_LIMIT } from '../../../src/store/lesson.ts';
import { useStore } from '../../../src/store/store.ts';

const store = () => useStore.getState();

function idsOn(scenario: Scenario) {
  return Object.fromEntries(SIDES.map((side) => [side, scenario.hosts[side].workloads.map((workload) => workload.id)]));
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

describe('adding workloads', () => {
  it('places a workload on all three sides under one id, and says so', () => {
    store().addWorkload('web');
    const { scenario, outcome } = store();
    for (const side of SIDES) {
      expect(scenario.hosts[side].workloads).toEqual([{ id: 'w1', kind: 'web', size: 'studio', label: 'web server 1' }]);
    }
    expect(outcome).toMatchObject({ status: 'changed', message: 'Added web server 1 (nginx on alpine) as a Studio.', refusals: {} });
    expect(store().past).toEqual([useStore.getInitialState().scenario]);
  });

  it('numbers ids and default labels per kind', () => {
    store().addWorkload('web');
    store().addWorkload('cache');
    store().addWorkload('web');
    expect(store().scenario.hosts.containers.workloads.map(({ id, label }) => `${id}:${label}`)).toEqual([
      'w1:web server 1',
      'w2:cache 1',
      'w3:web server 2',
    ]);
  });

  it('moves a workload too big for the selected size up to the smallest that fits, and narrates the size it got', () => {
    expect(store().selectedSize).toBe('studio');
    store().addWorkload('database');
    for (const side of SIDES) expect(store().scenario.hosts[side].workloads[0]?.size).toBe('two-bedroom');
    expect(store().outcome?.message).toBe('Added database 1 (PostgreSQL on debian) as a 2-bedroom.');
  });

  it('keeps a larger selected size as it is', () => {
    store().selectSize('penthouse');
    store().addWorkload('database');
    store().addWorkload('web');
    expect(store().scenario.hosts.vms.workloads.map((workload) => workload.size)).toEqual(['penthouse', 'penthouse']);
  });

  it('refuses a size asked for explicitly that is too small, changing nothing', () => {
    const before = store().scenario;
    store().addWorkload('database', 'studio');
    expect(store().scenario).toBe(before);
    expect(store().outcome).toMatchObject({ status: 'refused', message: 'A Studio gives 256 MiB; a database needs 896 MiB. Choose a larger size.' });
  });

  it('takes a label as text, markup and all', () => {
    store().addWorkload('web', undefined, '<img src=x onerror=alert(1)>');
    expect(store().scenario.hosts.nested.workloads[0]?.label).toBe('<img src=x onerror=alert(1)>');
    expect(store().outcome?.message).toBe('Added <img src=x onerror=alert(1)> (nginx on alpine) as a Studio.');
  });

  // The narration quotes the label as the model stored it, not as given.
  it('narrates the label as stored, after control characters are cleaned', () => {
    store().addWorkload('web', undefined, '  my\u0007site  ');
    expect(store().scenario.hosts.vms.workloads[0]?.label).toBe('my site');
    expect(store().outcome?.message).toBe('Added my site (nginx on alpine) as a Studio.');
  });
});

describe('refusals', () => {
  it('a refused action leaves the scenario the very same object, and says why', () => {
    store().addWorkload('web');
    const { scenario, past, nextId } = store();
    store().addWorkload('spaceship');
    expect(store().scenario).toBe(scenario);
    expect(store().past).toBe(past);
    expect(store().nextId).toBe(nextId);
    expect(store().outcome).toMatchObject({ status: 'refused', message: 'There is no workload called “spaceship”.' });
    expect(Object.keys(store().outcome?.refusals ?? {}).sort()).toEqual(['containers', 'microvms', 'nested', 'vms']);
  });

  it('refuses removing an id that runs nowhere, and a machine that does not exist', () => {
    const before = store().scenario;
    store().removeWorkload('w99');
    expect(store().outcome).toMatchObject({ status: 'refused', message: 'No workload “w99” is running.' });
    store().setHardware('mainframe');
    expect(store().outcome).toMatchObject({ status: 'refused', message: 'There is no machine called “mainframe”.' });
    store().setFact('alpineImageMB', Number.NaN);
    expect(store().outcome?.status).toBe('refused');
    expect(store().outcome?.message).toContain('alpine base image');
    expect(store().scenario).toBe(before);
  });

  it('is partly refused when the street is full and the building is not, and the message names the street', () => {
    store().setHardware('small-board');
    let added = 0;
    while (store().outcome?.status !== 'partly' && added < 50) {
      store().addWorkload('web');
      added += 1;
    }
    const { outcome, scenario } = store();
    expect(outcome?.status).toBe('partly');
    expect(Object.keys(outcome?.refusals ?? {})).toEqual(['vms']);
    expect(outcome?.message).toMatch(/^Added web server \d+ \(nginx on alpine\) as a Studio, in the apartment building, the building inside a house and the row of microVMs only\. In the street of houses: No land left on the street: /);
    expect(scenario.hosts.containers.workloads).toHaveLength(added);
    expect(scenario.hosts.vms.workloads).toHaveLength(added - 1);
  });

  it('moves nothing to a machine one side cannot fit, naming that side', () => {
    // Fifteen 1 GiB houses and the hypervisor's 1 GiB cannot move to a 16 GiB laptop; fifteen apartments can.
    for (let n = 0; n < 15; n += 1) store().addWorkload('web');
    const before = store().scenario;
    store().setHardware('laptop');
    expect(store().scenario).toBe(before);
    expect(store().outcome?.status).toBe('refused');
    expect(store().outcome?.message).toMatch(/^In the street of houses: No land left on the street: a laptop has 16 GiB of memory/);
    for (const side of SIDES) expect(store().scenario.hosts[side].hardware.presetId).toBe('server');
  });

  it('counts every outcome, refused or not, so the same sentence can be announced twice', () => {
    store().addWorkload('spaceship');
    store().addWorkload('spaceship');
    store().addWorkload('web');
    store().undo();
    expect(store().outcome?.serial).toBe(4);
  });
});

describe('history', () => {
  it('undo and redo restore the exact scenarios', () => {
    const scenarios = [store().scenario];
    store().addWorkload('web');
    scenarios.push(store().scenario);
    store().setHardware('laptop');
    scenarios.push(store().scenario);
    store().removeWorkload('w1');
    scenarios.push(store().scenario);

    for (let i = scenarios.length - 2; i >= 0; i -= 1) {
      store().undo();
      expect(store().scenario).toBe(scenarios[i]);
    }
    expect(store().outcome?.message).toBe('Undone.');
    expect(selectCanUndo(store())).toBe(false);
    store().undo();
    expect(store().scenario).toBe(scenarios[0]);

    for (let i = 1; i < scenarios.length; i += 1) {
      store().redo();
      expect(store().scenario).toBe(scenarios[i]);
    }
    expect(store().outcome?.message).toBe('Redone.');
    expect(selectCanRedo(store())).toBe(false);
  });

  it('a new action clears the redo stack; a refused one does not', () => {
    store().addWorkload('web');
    store().addWorkload('cache');
    store().undo();
    expect(selectCanRedo(store())).toBe(true);
    store().addWorkload('spaceship');
    expect(store().future).toHaveLength(1);
    store().addWorkload('api');
    expect(store().future).toEqual([]);
    expect(selectCanRedo(store())).toBe(false);
    store().redo();
    expect(idsOn(store().scenario).vms).toEqual(['w1', 'w3']);
  });

  it('never reuses an id after undo', () => {
    store().addWorkload('web');
    store().addWorkload('web');
    store().undo();
    store().addWorkload('web');
    expect(idsOn(store().scenario)).toEqual({ vms: ['w1', 'w3'], containers: ['w1', 'w3'], nested: ['w1', 'w3'], microvms: ['w1', 'w3'] });
    store().undo();
    store().undo();
    store().addWorkload('cache');
    expect(idsOn(store().scenario).containers).toEqual(['w4']);
  });

  it('counts a run of edits to one figure (a slider dragged) as one step of history', () => {
    const start = store().scenario;
    for (const value of [6, 7, 8, 9, 10]) store().setFact('alpineImageMB', value);
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().scenario).toBe(start);
    store().setFact('alpineImageMB', 7);
    store().addWorkload('web');
    store().setFact('alpineImageMB', 8);
    expect(store().past).toHaveLength(3);
  });

  it('records nothing when an action asks for what already is', () => {
    store().setHardware('server');
    store().setGuestOs('general');
    store().setFact('alpineImageMB', DEFAULT_FACTS.alpineImageMB);
    expect(store().past).toHaveLength(0);
    expect(store().outcome).toBeNull();
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const scenarios: Scenario[] = [store().scenario];
    for (let n = 1; n <= HISTORY_LIMIT + 5; n += 1) {
      // Alternate two figures: repeated edits of one figure are one step (see below).
      store().setFact(n % 2 === 0 ? 'alpineImageMB' : 'debianImageMB', 1 + n / 10);
      expect(store().outcome?.status).toBe('changed');
      scenarios.push(store().scenario);
    }
    expect(HISTORY_LIMIT).toBe(100);
    expect(store().past).toHaveLength(HISTORY_LIMIT);
    for (let n = 0; n < HISTORY_LIMIT; n += 1) store().undo();
    expect(store().scenario).toBe(scenarios[5]);
    expect(selectCanUndo(store())).toBe(false);
    store().undo();
    expect(store().scenario).toBe(scenarios[5]);
    expect(store().future).toHaveLength(HISTORY_LIMIT);
  });

  it('reset returns to the initial scenario as one undoable change, and ids keep rising', () => {
    store().selectSize('penthouse');
    store().addWorkload('java');
    store().addWorkload('web');
    store().setGuestOs('minimal');
    store().undo();
    const before = store().scenario;
    store().reset();
    const { scenario, past, future, outcome, selectedSize, nextId, labelCounts } = store();
    expect(scenario).toBe(useStore.getInitialState().scenario);
    expect(past.at(-1)).toBe(before);
    expect({ future, outcome: outcome?.status, selectedSize, nextId, labelCounts }).toEqual({
      future: [],
      outcome: 'changed',
      selectedSize: 'studio',
      nextId: 3,
      labelCounts: {},
    });

    store().addWorkload('web');
    expect(store().scenario.hosts.containers.workloads.map((workload) => workload.id)).toEqual(['w3']);
    store().undo();
    store().undo();
    expect(store().scenario).toBe(before);
  });

  it('reset of a scenario already empty adds nothing to undo', () => {
    store().reset();
    expect(selectCanUndo(store())).toBe(false);
  });
});

describe('settings through the store', () => {
  it('changes the machine, guest OS, hypervisor and figures on every side, with a sentence for each', () => {
    store().setHardware('laptop');
    expect(store().outcome?.message).toBe('Moved everything to the laptop.');
    store().setGuestOs('minimal');
    expect(store().outcome?.message).toBe('Every house now runs the minimal guest.');
    store().setHypervisor('type-2');
    expect(store().outcome?.message).toBe('The hypervisor now runs as a program on a host OS (type 2).');
    store().setFact('debianImageMB', 120);
    expect(store().outcome?.message).toBe('debian base image is now 120 MB.');
    for (const side of SIDES) {
      const host = store().scenario.hosts[side];
      expect([host.hardware.presetId, host.guestOs, host.hypervisor, host.facts.debianImageMB]).toEqual(['laptop', 'minimal', 'type-2', 120]);
    }
    store().restoreFactDefaults();
    expect(store().outcome?.message).toBe('Every figure is back to its sourced default.');
    for (const side of SIDES) expect(store().scenario.hosts[side].facts).toEqual(DEFAULT_FACTS);
  });

  it('removes and resizes by id, narrating the label', () => {
    store().addWorkload('web');
    store().resizeWorkload('w1', 'penthouse');
    expect(store().outcome?.message).toBe('Moved web server 1 to a Penthouse.');
    expect(store().scenario.hosts.vms.workloads[0]?.size).toBe('penthouse');
    store().removeWorkload('w1');
    expect(store().outcome?.message).toBe('Removed web server 1.');
    expect(idsOn(store().scenario)).toEqual({ vms: [], containers: [], nested: [], microvms: [] });
  });
});

describe('selectors', () => {
  it('select one value each, and memoise costs per host object', () => {
    store().addWorkload('web');
    const host = selectContainers(store());
    expect(host).toBe(store().scenario.hosts.containers);
    expect(costsOf(host)).toBe(costsOf(host));
    expect(costsOf(host)).toEqual(computeCosts(host));
    expect(selectOutcome(store())).toBe(store().outcome);
  });
});
