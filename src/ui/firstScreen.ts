import { linkOf, type Store } from '../store/navigation.ts';
import type { Environment } from '../store/types.ts';

// The first screen is prerendered into index.html at build time (scripts/prerender.mjs, src/prerender.tsx) for the
// page as it opens with no query string, and hydrated in the browser when the page opens in the same state
// (src/main.tsx); opened any other way, the page renders afresh, as it always did.

/** The surroundings the first screen is prerendered for: the default link, motion allowed, at the top level. */
export const PRERENDERED_ENVIRONMENT: Environment = {
  search: '',
  reducedMotion: false,
  systemTheme: 'light',
  embedded: false,
  controls: 'full',
  addressBar: null,
};

/** The attribute on `#root` that holds the prerendered state's key; gone once the page is the app's. */
export const PRERENDERED = 'data-prerendered';
/** Set on `<html>` by public/first-screen.js, before the first paint, when the prerendered markup is not for this page. */
export const FIRST_SCREEN = 'data-first-screen';

/** FNV-1a, 32 bits, in hex: a short name for a long string. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * What the first render reads from the store, in one short key: two states with the same key render the same
 * markup. The link (the scenario, the view, the step, the chosen theme), the link's notices, the last outcome's
 * words, undo and redo, and the preferences the page shows; not the system's colour scheme, which only an effect
 * reads (it sets `data-theme` on <html>).
 */
export function firstScreenKey(state: Store): string {
  return hash(
    JSON.stringify([
      linkOf(state),
      state.notices,
      state.outcome?.status ?? null,
      state.outcome?.message ?? null,
      state.past.length > 0,
      state.future.length > 0,
      state.selectedSize,
      state.animate,
      state.embedded,
      state.controls,
      state.blanked,
      state.dialog,
      state.breachId,
      state.race,
      state.raceStartedAt,
    ]),
  );
}
