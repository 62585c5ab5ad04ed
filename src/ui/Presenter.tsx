import { useEffect, useRef } from 'react';
import { selectBlanked, selectHelpOpen, selectShownTheme, selectTheme } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';

/** Every key a presenter can press, as the help lists them. */
export const PRESENTER_KEYS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['→', 'Space', 'N'], does: 'Next step' },
  { keys: ['←', 'P', 'Backspace'], does: 'Previous step' },
  { keys: ['Home', 'End'], does: 'First step, last step' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['T'], does: 'Theme: light, dark, projector' },
  { keys: ['B'], does: 'Blank the screen (any key brings it back)' },
  { keys: ['R'], does: 'Reset this step’s scenario' },
  { keys: ['?'], does: 'This list of keys' },
  { keys: ['Esc'], does: 'Close this list' },
];

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

/** The presenter's keys, the blank screen and the list of keys. */
export function Presenter() {
  const blanked = useStore(selectBlanked);
  const helpOpen = useStore(selectHelpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
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
          returnFocus.current = document.activeElement;
          return store.setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (helpOpen) closeRef.current?.focus();
    else if (returnFocus.current instanceof HTMLElement) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [helpOpen]);

  const close = () => useStore.getState().setHelpOpen(false);

  return (
    <>
      {blanked ? (
        <div className="blank-screen" role="status" onClick={() => useStore.getState().setBlanked(false)}>
          Screen blanked: press any key to return.
        </div>
      ) : null}
      {helpOpen ? (
        <div className="help-backdrop" onClick={close}>
          <div
            className="help-dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="help-heading"
            onClick={(event) => event.stopPropagation()}
            onKeyDown={(event) => {
              // The dialog's one control keeps the focus while it is open.
              if (event.key === 'Tab') {
                event.preventDefault();
                closeRef.current?.focus();
              }
            }}
          >
            <h2 id="help-heading">Keys for presenting</h2>
            <dl>
              {PRESENTER_KEYS.map((entry) => (
                <div key={entry.does}>
                  <dt>
                    {entry.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 ? ' or ' : ''}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{entry.does}</dd>
                </div>
              ))}
            </dl>
            <p>Keys do nothing while you type in a field.</p>
            <button type="button" ref={closeRef} onClick={close}>
              Close
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
