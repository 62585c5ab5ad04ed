import { useEffect, useRef } from 'react';
import { systemTheme, usePreferences, type PreferencesState } from '../store/preferences.ts';
import { useLessonStore } from '../store/store.ts';
import { useStory } from '../store/story.ts';
import { STEPS } from './story/steps.ts';
import { useGoToStep } from './story/StoryPanel.tsx';

const selectTheme = (state: PreferencesState) => state.theme;
const selectBlanked = (state: PreferencesState) => state.blanked;
const selectHelpOpen = (state: PreferencesState) => state.helpOpen;

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

/** Keeps `data-theme` on <html>: the reader's choice, or the system's until they choose. */
function useThemeOnDocument(): void {
  const theme = usePreferences(selectTheme);
  useEffect(() => {
    const apply = () => document.documentElement.setAttribute('data-theme', theme ?? systemTheme());
    apply();
    if (theme !== null || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}

/** A small button that opens the list of keys, for readers who do not know to press "?". */
export function KeysButton() {
  return (
    <button type="button" className="keys-button" onClick={() => usePreferences.getState().setHelpOpen(true)}>
      Keys <kbd>?</kbd>
    </button>
  );
}

/** The presenter's keys, the blank screen and the list of keys. */
export function Presenter() {
  const goTo = useGoToStep();
  const blanked = usePreferences(selectBlanked);
  const helpOpen = usePreferences(selectHelpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
  useThemeOnDocument();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const prefs = usePreferences.getState();
      if (prefs.blanked) {
        event.preventDefault();
        prefs.setBlanked(false);
        return;
      }
      if (prefs.helpOpen) {
        if (event.key === 'Escape' || event.key === '?') {
          event.preventDefault();
          prefs.setHelpOpen(false);
        }
        return;
      }
      if (ownsKey(event.target, event.key)) return;
      const step = useStory.getState().step;
      const last = STEPS.length - 1;
      const go = (target: number) => {
        event.preventDefault();
        if (target !== step && target >= 0 && target <= last) goTo(target);
      };
      switch (event.key) {
        case 'ArrowRight':
        case ' ':
        case 'n':
        case 'N':
          return go(step + 1);
        case 'ArrowLeft':
        case 'Backspace':
        case 'p':
        case 'P':
          return go(step - 1);
        case 'Home':
          return go(0);
        case 'End':
          return go(last);
        case 'f':
        case 'F':
          event.preventDefault();
          return toggleFullScreen();
        case 't':
        case 'T':
          event.preventDefault();
          return prefs.cycleTheme();
        case 'b':
        case 'B':
          event.preventDefault();
          return prefs.setBlanked(true);
        case 'r':
        case 'R': {
          event.preventDefault();
          const spec = STEPS[step]?.spec;
          const lesson = useLessonStore.getState();
          if (spec) lesson.loadScenario(spec, `Back to the scenario of step ${step + 1}.`);
          else lesson.reset();
          return;
        }
        case '?':
          event.preventDefault();
          returnFocus.current = document.activeElement;
          return prefs.setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo]);

  useEffect(() => {
    if (helpOpen) closeRef.current?.focus();
    else if (returnFocus.current instanceof HTMLElement) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [helpOpen]);

  const close = () => usePreferences.getState().setHelpOpen(false);

  return (
    <>
      {blanked ? (
        <div className="blank-screen" role="status" onClick={() => usePreferences.getState().setBlanked(false)}>
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
