import { computeCosts, type HostCosts, type Side } from '../model/index.ts';
import type { LessonStore } from './store.ts';

/**
 * Selectors, declared outside components so each subscription returns one stable value.
 * Costs are memoised per host object: hosts are immutable, so the same host always has the same costs.
 */
const costCache = new WeakMap<object, HostCosts>();

export function costsOf(host: LessonStore['scenario']['hosts'][Side]): HostCosts {
  let costs = costCache.get(host);
  if (!costs) {
    costs = computeCosts(host);
    costCache.set(host, costs);
  }
  return costs;
}

export const selectScenario = (state: LessonStore) => state.scenario;
export const selectHost = (side: Side) => (state: LessonStore) => state.scenario.hosts[side];
export const selectOutcome = (state: LessonStore) => state.outcome;
export const selectSelectedSize = (state: LessonStore) => state.selectedSize;
export const selectCanUndo = (state: LessonStore) => state.past.length > 0;
export const selectCanRedo = (state: LessonStore) => state.future.length > 0;
