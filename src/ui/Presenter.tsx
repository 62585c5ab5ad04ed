import { useEffect } from 'react';
import { selectBlanked, selectHelpOpen, selectShownTheme, selectTheme } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { KeysDialog } from './later.ts';

/** Keys that belong to whatever has focus: typing in a field, or pressing a focused button, link or option. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  const activates = key === ' ' || key === 'Enter';
  return activates && target.closest('button, a, summary, [role="button"]') !== null;
}

function toggleFullScreen(): void {
  // Full screen may be refused (an iframe without permission, a browser setting): the page simply stays as it is.
  try {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  } catch {
    // Some browsers throw instead of rejecting.
  }
}

/** Keeps `data-theme` on <html>: the reader's choice, or the system's until they choose (and as it changes). */
function useThemeOnDocument(): void {
  const shown = useStore(selectShownTheme);
  const chosen = useStore(selectTheme);
  useEffect(() => {
    document.documentElement.setAttribute('data-theme', shown);
  }, [shown]);
  useEffect(() => {
    if (chosen !== null || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => useStore.getState().setSystemTheme(query.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [chosen]);
}

/** A small button that opens the list of keys, for readers who do not know to press "?". */
export function KeysButton() {
  return (
    <button type="button" className="keys-button" onClick={() => useStore.getState().setHelpOpen(true)}>
      Keys <kbd>?</kbd>
    </button>
  );
}

/** The presenter's keys, the blank screen and the list of keys (whose dialog loads after the first screen). */
export function Presenter() {
  const blanked = useStore(selectBlanked);
  const helpOpen = useStore(selectHelpOpen);
  useThemeOnDocument();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const store = useStore.getState();
      if (store.blanked) {
        event.preventDefault();
        store.setBlanked(false);
        return;
      }
      if (store.helpOpen) {
        if (event.key === 'Escape' || event.key === '?') {
          event.preventDefault();
          store.setHelpOpen(false);
        }
        return;
      }
      if (ownsKey(event.target, event.key)) return;
      const move = (how: () => void) => {
        event.preventDefault();
        how();
      };
      switch (event.key) {
        case 'ArrowRight':
        case ' ':
        case 'n':
        case 'N':
          return move(store.nextStep);
        case 'ArrowLeft':
        case 'Backspace':
        case 'p':
        case 'P':
          return move(store.previousStep);
        case 'Home':
          return move(store.firstStep);
        case 'End':
          return move(store.lastStep);
        case 'f':
        case 'F':
          event.preventDefault();
          return toggleFullScreen();
        case 't':
        case 'T':
          event.preventDefault();
          return store.cycleTheme();
        case 'b':
        case 'B':
          event.preventDefault();
          return store.setBlanked(true);
        case 'r':
        case 'R':
          return move(store.resetStep);
        case '?':
          event.preventDefault();
          return store.setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      {blanked ? (
        <div className="blank-screen" role="status" onClick={() => useStore.getState().setBlanked(false)}>
          Screen blanked: press any key to return.
        </div>
      ) : null}
      {helpOpen ? <KeysDialog /> : null}
    </>
  );
}
