import { computeCosts, type HostCosts, type Side } from '../model/index.ts';
import type { LessonStore } from './store.ts';

/** Selectors, declared outside components so each subscription returns one stable value. */

/** A host's costs; the model remembers them per host object (hosts are never changed in place). */
export function costsOf(host: LessonStore['scenario']['hosts'][Side]): HostCosts {
  return computeCosts(host);
}

export const selectScenario = (state: LessonStore) => state.scenario;
export const selectHost = (side: Side) => (state: LessonStore) => state.scenario.hosts[side];
export const selectOutcome = (state: LessonStore) => state.outcome;
export const selectSelectedSize = (state: LessonStore) => state.selectedSize;
export const selectCanUndo = (state: LessonStore) => state.past.length > 0;
export const selectCanRedo = (state: LessonStore) => state.future.length > 0;
