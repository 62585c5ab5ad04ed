import { beforeEach, describe, expect, it } from 'vitest';
import { selectLink, selectStepContent } from '../../../src/store/selectors.ts';
import { STEPS } from '../../../src/store/steps.ts';
import { useStore } from '../../../src/store/store.ts';
import type { Environment } from '../../../src/store/types.ts';

const store = () => useStore.getState();
const ids = () => store().scenario.hosts.containers.workloads.map((workload) => workload.id);

/** An address bar that remembers what was written to it. */
function recordingAddressBar() {
  const writes: { how: 'push' | 'replace'; search: string }[] = [];
  return { writes, write: (how: 'push' | 'replace', search: string) => void writes.push({ how, search }) };
}

function environment(overrides: Partial<Environment> = {}): Environment {
  return { search: '', reducedMotion: false, systemTheme: 'light', embedded: false, controls: 'full', addressBar: null, ...overrides };
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

describe('starting the page', () => {
  it('takes motion, theme and embedding from the environment, and opens the link it was given', () => {
    store().start(environment({ search: '?step=3&theme=projector', reducedMotion: true, systemTheme: 'dark' }));
    expect(store().animate).toBe(false);
    expect(store().systemTheme).toBe('dark');
    expect(store().theme).toBe('projector');
    expect(store().step).toBe(2);
    expect(selectStepContent(store()).title).toBe(STEPS[2]!.title);
    // The scenario a page opens with is where history starts.
    expect(store().past).toEqual([]);
  });

  it('writes no history inside another page’s frame', () => {
    const bar = recordingAddressBar();
    store().start(environment({ embedded: true, controls: 'none', addressBar: bar }));
    store().nextStep();
    expect(store().controls).toBe('none');
    expect(bar.writes).toEqual([]);
  });

  it('keeps what a garbled link could use, and says what it could not', () => {
    store().start(environment({ search: '?v=1&step=77&m=mainframe' }));
    expect(store().step).toBe(0);
    expect(store().notices.length).toBeGreaterThan(0);
    store().dismissNotices();
    expect(store().notices).toEqual([]);
  });
});

describe('moving through the story', () => {
  it('goes forward and back within the story, pushing each step’s link', () => {
    const bar = recordingAddressBar();
    store().start(environment({ addressBar: bar }));
    store().previousStep();
    expect(store().step).toBe(0);
    store().nextStep();
    expect(store().step).toBe(1);
    expect(bar.writes.at(-1)).toEqual({ how: 'push', search: selectLink(store()) });
    store().lastStep();
    store().nextStep();
    expect(store().step).toBe(STEPS.length - 1);
    store().firstStep();
    expect(store().step).toBe(0);
  });

  it('loads each step’s scenario as one undoable change, and clears the attacker and the race', () => {
    store().start(environment());
    store().setBreach(ids()[0]!);
    store().startRace(10);
    const first = store().scenario;
    store().goToStep(2);
    expect(store().breachId).toBeNull();
    expect(store().raceStartedAt).toBeNull();
    expect(store().scenario).not.toBe(first);
    store().undo();
    expect(store().scenario).toBe(first);
  });
});

describe('Reset', () => {
  it('puts the step’s scenario back as an undoable change, with new ids', () => {
    store().start(environment({ search: '?step=2' }));
    const before = ids();
    store().addWorkload('web');
    store().resetStep();
    expect(ids()).toHaveLength(before.length);
    for (const id of ids()) expect([...before, `w${before.length + 1}`]).not.toContain(id);
    store().undo();
    expect(ids()).toHaveLength(before.length + 1);
  });

  it('empties free play as an undoable change, and the next workload gets an id never used', () => {
    store().start(environment({ search: '?step=10' }));
    store().addWorkload('web');
    store().addWorkload('cache');
    store().resetStep();
    expect(ids()).toEqual([]);
    store().addWorkload('web');
    expect(ids()).toEqual(['w3']);
    store().undo();
    store().undo();
    expect(ids()).toEqual(['w1', 'w2']);
  });
});
