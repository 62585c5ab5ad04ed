import type { StateCreator } from 'zustand';
import { readLink, writeLink } from './link.ts';
import { STEPS } from './steps.ts';
import type { LessonSlice } from './lesson.ts';
import type { PreferencesSlice } from './preferences.ts';
import type { StorySlice } from './story.ts';
import type { ScenarioSpec } from '../model/index.ts';
import type { AddressBar, Environment, View } from './types.ts';

/** How a move through the story treats history: Undo's, and the browser's. */
export interface MoveOptions {
  /** Whether the scenario the step replaces becomes a step of Undo (not for the scenario a page opens with). */
  readonly record?: boolean;
  /** Push a browser history entry (the default), replace the current one, or leave the address alone. */
  readonly url?: 'push' | 'replace' | 'none';
}

/** Where the page is written to, once `start` has said. */
export interface NavigationState {
  readonly addressBar: AddressBar | null;
}

/** Every move through the story and every link opened: each control and key that moves calls one of these. */
export interface NavigationActions {
  /** Takes what the page's surroundings say and opens the page's own link, once, before the first render. */
  start: (environment: Environment) => void;
  /** Goes to a step: its scenario (one undoable change), its view, and the link in the address bar. */
  goToStep: (step: number, options?: MoveOptions) => void;
  nextStep: () => void;
  previousStep: () => void;
  firstStep: () => void;
  lastStep: () => void;
  /** Back to the current step's scenario (an empty one in free play), as one undoable change. */
  resetStep: () => void;
  /**
   * Sets the page to what a link says: its step, view and theme, and its scenario (or the step's own when the link
   * carries none). What could not be read becomes notices for the page to show.
   */
  openLink: (search: string, options: { record: boolean }) => void;
}

export type NavigationSlice = NavigationState & NavigationActions;

/** The whole store: navigation is the one slice that spans the others. */
export type Store = LessonSlice & StorySlice & PreferencesSlice & NavigationSlice;

export const initialNavigation: NavigationState = { addressBar: null };

/** The link for the page as it is now. */
export function linkOf(state: Store): string {
  return writeLink({ scenario: state.scenario, view: state.view, step: state.step, theme: state.theme, answered: state.revealed });
}

export const createNavigationSlice: StateCreator<Store, [], [], NavigationSlice> = (set, get) => {
  /**
   * Arrives at a step: its view (unless a link names another) in one change with the step, the attacker sent away,
   * the race stopped and the step's question open (unless a link answers it); then its scenario, when it has one and
   * nothing else was given.
   */
  const arrive = (step: number, how: { view?: View | null; spec?: ScenarioSpec | null; record: boolean; notices?: readonly string[]; answered?: boolean }) => {
    const target = STEPS[step]!;
    set({ step, view: how.view ?? target.view, breachId: null, raceStartedAt: null, revealed: how.answered ?? false, ...(how.notices ? { notices: how.notices } : {}) });
    const { loadScenario } = get();
    if (how.spec) loadScenario(how.spec, 'Opened the scenario in the link.', { record: how.record });
    else if (target.spec) loadScenario(target.spec, `Step ${step + 1}: ${target.title}.`, { record: how.record });
  };
  const moveTo = (step: number) => {
    const { step: current } = get();
    if (step !== current && step >= 0 && step < STEPS.length) get().goToStep(step);
  };
  return {
    ...initialNavigation,
    start: (environment) => {
      set({
        animate: !environment.reducedMotion,
        systemTheme: environment.systemTheme,
        embedded: environment.embedded,
        controls: environment.controls,
        // Inside another page's frame, history is the host page's: its back button is left alone.
        addressBar: environment.embedded ? null : environment.addressBar,
      });
      get().openLink(environment.search, { record: false });
    },
    goToStep: (step, options = {}) => {
      if (!STEPS[step]) return;
      arrive(step, { record: options.record ?? true });
      const url = options.url ?? 'push';
      if (url !== 'none') get().addressBar?.write(url, linkOf(get()));
    },
    nextStep: () => moveTo(get().step + 1),
    previousStep: () => moveTo(get().step - 1),
    firstStep: () => moveTo(0),
    lastStep: () => moveTo(STEPS.length - 1),
    resetStep: () => {
      const { step, loadScenario, reset } = get();
      const spec = STEPS[step]?.spec;
      if (spec) loadScenario(spec, `Back to the scenario of step ${step + 1}.`);
      else reset();
    },
    openLink: (search, options) => {
      const { state: link, notices } = readLink(search, STEPS.length, (step) => Boolean(STEPS[step]?.prediction));
      if (link.theme) set({ theme: link.theme });
      arrive(link.step ?? 0, { view: link.view, spec: link.spec, record: options.record, notices, answered: link.answered });
    },
  };
};
