import type { StateCreator } from 'zustand';
import {
  applyToScenario,
  defaultLabel,
  DEFAULT_FACTS,
  isWorkloadKindId,
  makeScenario,
  scenarioFromSpec,
  sizeToAdd,
  type FactId,
  type Scenario,
  type ScenarioAction,
  type ScenarioSpec,
  type SizeId,
  type WorkloadKindId,
} from '../model/index.ts';
import { describeChange, describeRefusals } from './narration.ts';
import type { Outcome, View } from './types.ts';

/** The lesson: the scenario the reader is building, and the history that lets them take any change back. */
export interface LessonState {
  readonly scenario: Scenario;
  readonly view: View;
  /** The size the next added workload asks for. */
  readonly selectedSize: SizeId;
  readonly outcome: Outcome | null;
  /** Earlier scenarios, newest last; and undone ones, newest last. */
  readonly past: readonly Scenario[];
  readonly future: readonly Scenario[];
  /**
   * The number of the next workload id. Ids are never reused, not even across Reset or Undo, so a scene keyed by id
   * never mistakes a new workload for one it is still drawing out.
   */
  readonly nextId: number;
  readonly labelCounts: Readonly<Partial<Record<WorkloadKindId, number>>>;
  /** The kind the reader last asked for: the ledger says how many more of it fit. */
  readonly chosenKind: WorkloadKindId;
  /**
   * What the last change edited, when it can be continued: dragging a figure's slider is one step of history,
   * not one per pixel.
   */
  readonly editing: string | null;
}

export interface LessonActions {
  /** Adds a workload of a kind at the selected size (or the size given). */
  addWorkload: (kind: string, size?: SizeId, label?: string) => void;
  removeWorkload: (id: string) => void;
  resizeWorkload: (id: string, size: SizeId) => void;
  setHardware: (presetId: string) => void;
  setGuestOs: (guestOs: string) => void;
  setHypervisor: (hypervisor: string) => void;
  setOptimisation: (optimisation: string, on: boolean) => void;
  setFact: (factId: FactId | string, value: number) => void;
  restoreFactDefaults: () => void;
  /** Replaces the scenario with one built from a spec (a story step, a link), as one undoable step. */
  loadScenario: (spec: ScenarioSpec, message: string, options?: { record?: boolean }) => void;
  setView: (view: View) => void;
  chooseKind: (kind: WorkloadKindId) => void;
  selectSize: (size: SizeId) => void;
  undo: () => void;
  redo: () => void;
  /**
   * Back to where a fresh page starts (no workloads, the first size and view), as one undoable change; workload ids
   * keep rising. Nothing to undo when there was nothing to reset.
   */
  reset: () => void;
}

export type LessonSlice = LessonState & LessonActions;

/** How many steps back Undo can go. */
export const HISTORY_LIMIT = 100;

export const initialLesson: LessonState = {
  scenario: makeScenario(),
  selectedSize: 'studio',
  outcome: null,
  past: [],
  future: [],
  nextId: 1,
  labelCounts: {},
  chosenKind: 'web',
  editing: null,
  view: 'both',
};

/** What a change that went through says: its sentence, then why any side refused its part. */
function outcomeOf(message: string, refusals: Outcome['refusals'], serial: number): Outcome {
  return Object.keys(refusals).length > 0
    ? { status: 'partly', message: `${message} ${describeRefusals(refusals)}`, refusals, serial }
    : { status: 'changed', message, refusals: {}, serial };
}

/** The lesson slice: every action reads with `get()`, asks the model, then `set`s what the model answered. */
// It knows only its own state, so it can be read (and tested) without the rest of the store.
export const createLessonSlice: StateCreator<LessonSlice, [], [], LessonSlice> = (set, get) => {
  const nextSerial = () => (get().outcome?.serial ?? 0) + 1;
  const remember = (scenario: Scenario) => [...get().past, scenario].slice(-HISTORY_LIMIT);

  /** Runs one action through the model and records what happened; a refusal changes nothing but the outcome. */
  function dispatch(action: ScenarioAction, extra: Partial<LessonState> = {}, editing: string | null = null): void {
    const state = get();
    const result = applyToScenario(state.scenario, action);
    const serial = nextSerial();
    const refusedSides = Object.keys(result.refusals).length;
    if (!result.changed && refusedSides === 0) return;
    if (!result.changed) {
      set({ outcome: { status: 'refused', message: describeRefusals(result.refusals), refusals: result.refusals, serial } });
      return;
    }
    const change = describeChange(state.scenario, result.scenario, action);
    const continues = editing !== null && editing === state.editing && state.past.length > 0;
    set({
      ...extra,
      editing,
      scenario: result.scenario,
      past: continues ? state.past : remember(state.scenario),
      future: [],
      outcome: outcomeOf(change, result.refusals, serial),
    });
  }

  function travel(from: 'past' | 'future'): void {
    const state = get();
    const stack = state[from];
    const target = stack.at(-1);
    if (!target) return;
    const other = from === 'past' ? 'future' : 'past';
    set({
      scenario: target,
      editing: null,
      [from]: stack.slice(0, -1),
      [other]: [...state[other], state.scenario],
      outcome: outcomeOf(from === 'past' ? 'Undone.' : 'Redone.', {}, nextSerial()),
    });
  }

  return {
    ...initialLesson,
    addWorkload: (kind, size, label) => {
      const state = get();
      const known = isWorkloadKindId(kind);
      const n = known ? (state.labelCounts[kind] ?? 0) + 1 : 1;
      // Asked at the selected size, a workload that would not fit in it moves up to the smallest that does.
      const chosen = size ?? (known ? sizeToAdd(kind, state.selectedSize) : state.selectedSize);
      const workload = {
        id: `w${state.nextId}`,
        kind: kind as WorkloadKindId,
        size: chosen,
        label: label ?? (known ? defaultLabel(kind, n) : kind),
      };
      const extra = known
        ? { nextId: state.nextId + 1, labelCounts: { ...state.labelCounts, [kind]: n }, chosenKind: kind }
        : {};
      dispatch({ type: 'add', workload }, extra);
    },
    removeWorkload: (id) => dispatch({ type: 'remove', id }),
    resizeWorkload: (id, size) => dispatch({ type: 'resize', id, size }),
    setHardware: (presetId) => dispatch({ type: 'set-hardware', presetId }),
    setGuestOs: (guestOs) => dispatch({ type: 'set-guest-os', guestOs }),
    setHypervisor: (hypervisor) => dispatch({ type: 'set-hypervisor', hypervisor }),
    setOptimisation: (optimisation, on) => dispatch({ type: 'set-optimisation', optimisation, on }),
    setFact: (factId, value) => dispatch({ type: 'set-fact', factId, value }, {}, `fact:${factId}`),
    restoreFactDefaults: () => dispatch({ type: 'set-facts', facts: DEFAULT_FACTS }),
    selectSize: (size) => set({ selectedSize: size }),
    loadScenario: (spec, message, options = {}) => {
      const state = get();
      // Ids continue from the store's: a scene never mistakes a new workload for one it drew before.
      const built = scenarioFromSpec(spec, state.nextId);
      const record = options.record !== false;
      set({
        scenario: built.scenario,
        // Numbered from the store's counter on (a link's own ids only ever move it forward).
        nextId: built.nextId,
        labelCounts: built.labelCounts,
        editing: null,
        // The first scenario a page opens with is where history starts, not a step in it.
        past: record ? remember(state.scenario) : state.past,
        future: record ? [] : state.future,
        outcome: outcomeOf(message, built.refusals, nextSerial()),
      });
    },
    setView: (view) => set({ view }),
    chooseKind: (kind) => set({ chosenKind: kind }),
    undo: () => travel('past'),
    redo: () => travel('future'),
    reset: () => {
      const state = get();
      const { scenario, selectedSize, chosenKind, view } = initialLesson;
      if (state.scenario === scenario) return set({ selectedSize, chosenKind, view });
      set({
        scenario,
        selectedSize,
        chosenKind,
        view,
        labelCounts: {},
        editing: null,
        past: remember(state.scenario),
        future: [],
        outcome: outcomeOf('Started again with no workloads.', {}, nextSerial()),
      });
    },
  };
};
