import { readEmbedding } from '../store/link.ts';
import type { Environment } from '../store/types.ts';
import { browserAddressBar } from './addressBar.ts';

/** Whether the browser can answer media queries (jsdom cannot: there, no motion and the light theme). */
function matches(window: Window, query: string): boolean | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : null;
}

/**
 * What the page's surroundings say, read once in main.tsx and handed to the store: the link it was opened with,
 * whether it is embedded, the reader's motion and colour preferences, and where to write links.
 */
export function readEnvironment(window: Window): Environment {
  const search = window.location.search;
  return {
    search,
    reducedMotion: matches(window, '(prefers-reduced-motion: reduce)') ?? true,
    systemTheme: matches(window, '(prefers-color-scheme: dark)') ? 'dark' : 'light',
    ...readEmbedding(search),
    addressBar: browserAddressBar(window),
  };
}
