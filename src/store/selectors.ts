import { computeCosts, type Host, type HostCosts } from '../model/index.ts';
import { linkOf } from './navigation.ts';
import { BASE_DURATION_MS, shownTheme } from './preferences.ts';
import { STEPS, type Highlight, type StoryStep } from './steps.ts';
import type { Store } from './store.ts';

/**
 * Every selector the page uses, declared once, outside components: each returns one value that stays the same
 * object while its part of the store does, so a component renders again only when what it shows changed.
 */

/** A host's costs; the model remembers them per host object (hosts are never changed in place). */
export function costsOf(host: Host): HostCosts {
  return computeCosts(host);
}

// The lesson.
export const selectScenario = (state: Store) => state.scenario;
export const selectVms = (state: Store) => state.scenario.hosts.vms;
export const selectContainers = (state: Store) => state.scenario.hosts.containers;
export const selectNested = (state: Store) => state.scenario.hosts.nested;
/** Settings are applied to every side at once, so the street's stand for all three. */
export const selectHardware = (state: Store) => state.scenario.hosts.vms.hardware.presetId;
export const selectGuestOs = (state: Store) => state.scenario.hosts.vms.guestOs;
export const selectHypervisor = (state: Store) => state.scenario.hosts.vms.hypervisor;
export const selectOptimisations = (state: Store) => state.scenario.hosts.vms.optimisations;
export const selectMicrovms = (state: Store) => state.scenario.hosts.microvms;
export const selectFacts = (state: Store) => state.scenario.hosts.vms.facts;
export const selectView = (state: Store) => state.view;
export const selectOutcome = (state: Store) => state.outcome;
export const selectSelectedSize = (state: Store) => state.selectedSize;
export const selectChosenKind = (state: Store) => state.chosenKind;
export const selectCanUndo = (state: Store) => state.past.length > 0;
export const selectCanRedo = (state: Store) => state.future.length > 0;

// The story.
export const selectStep = (state: Store) => state.step;
/** The current step's content (the first step's, should the index ever be out of range). */
export const selectStepContent = (state: Store): StoryStep => STEPS[state.step] ?? STEPS[0]!;
export const selectActivity = (state: Store) => STEPS[state.step]?.activity ?? null;
/** What the picture marks: the attacker's reach while one is in, else what the step speaks of (a step that asks a
 * question marks it once the answer is shown). */
export const selectHighlight = (state: Store): Highlight | null =>
  state.breachId ? 'breach' : STEPS[state.step]?.prediction && !state.revealed ? null : (STEPS[state.step]?.highlight ?? null);
export const selectPrediction = (state: Store) => STEPS[state.step]?.prediction ?? null;
export const selectRevealed = (state: Store) => state.revealed;
export const selectRace = (state: Store) => state.race;
export const selectRaceStartedAt = (state: Store) => state.raceStartedAt;
export const selectBreach = (state: Store) => state.breachId;
export const selectNotices = (state: Store) => state.notices;

// How the page is viewed.
export const selectAnimate = (state: Store) => state.animate;
/** The duration of a change in ms: 0 when motion is off, which every scene takes as "set the end state now". */
export const selectDuration = (state: Store) => (state.animate ? BASE_DURATION_MS : 0);
export const selectTheme = (state: Store) => state.theme;
export const selectShownTheme = (state: Store) => shownTheme(state);
export const selectBlanked = (state: Store) => state.blanked;
export const selectDialog = (state: Store) => state.dialog;
export const selectEmbedded = (state: Store) => state.embedded;
export const selectControls = (state: Store) => state.controls;

/** The link for the page as it is now: read when needed (copying, the address bar), not subscribed to. */
export const selectLink = (state: Store) => linkOf(state);
