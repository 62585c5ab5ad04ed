import { useEffect } from 'react';
import { selectLink } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import type { AddressBar } from '../store/types.ts';

/** The browser's address bar, written without letting a browser that refuses it (a sandboxed frame, file://) stop the page. */
export function browserAddressBar(window: Window): AddressBar {
  return {
    write(how, search) {
      try {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        if (how === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      } catch {
        // The link in the address bar falls behind; the page itself is unaffected.
      }
    },
  };
}

/** How long the page waits after a change before it rewrites the address: a slider drag writes once, not per pixel. */
const WRITE_DELAY_MS = 300;

/**
 * Keeps the address bar's link in step with the page (debounced), and lets the browser's back and forward buttons
 * move through the story, each step as it was left.
 */
export function useAddressBar(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const state = useStore.getState();
        const next = selectLink(state);
        if (next !== window.location.search) state.addressBar?.write('replace', next);
      }, WRITE_DELAY_MS);
    };
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario || state.view !== previous.view || state.step !== previous.step || state.theme !== previous.theme || state.revealed !== previous.revealed) {
        schedule();
      }
    });
    const onPop = () => useStore.getState().openLink(window.location.search, { record: true });
    window.addEventListener('popstate', onPop);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
