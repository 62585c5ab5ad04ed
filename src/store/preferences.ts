import { create } from 'zustand';

/** The reader's preference for less motion. Without matchMedia (jsdom) there is no motion. */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How the reader likes to view the explainer: kept apart from the lesson, so undo never touches it. */
export interface PreferencesState {
  /** Animate changes in the scenes. Off by default under prefers-reduced-motion (and in jsdom tests). */
  readonly animate: boolean;
  setAnimate: (animate: boolean) => void;
}

export const usePreferences = create<PreferencesState>()((set) => ({
  animate: !prefersReducedMotion(),
  setAnimate: (animate) => set({ animate }),
}));

/** The base duration of a change, in ms: the one motion switch every scene obeys. */
export const BASE_DURATION_MS = 600;

export const selectDuration = (state: PreferencesState) => (state.animate ? BASE_DURATION_MS : 0);
