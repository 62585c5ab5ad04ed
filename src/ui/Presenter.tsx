import { useEffect, useRef, useState } from 'react';
import { stepIndexOf } from '../store/link.ts';
import { selectBlanked, selectDialog, selectShownTheme, selectTheme } from '../store/selectors.ts';
import { STEPS } from '../store/steps.ts';
import { useStore } from '../store/store.ts';
import { PresenterDialog, QrDialog } from './later.ts';

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
    <button type="button" className="keys-button" onClick={() => useStore.getState().setDialog('keys')}>
      Keys <kbd>?</kbd>
    </button>
  );
}

/**
 * The speaker's window, opened by S. Its code comes with the list of keys (which imports it), just after the first
 * screen, so by the time S is pressed the import is answered from memory, well inside the key's gesture that lets
 * the window open.
 */
function openSpeakerView(): void {
  void import('./speaker/open.ts').then(({ openSpeakerView }) => openSpeakerView());
}

/** How long digits typed towards "5, Enter" wait for the Enter before they are forgotten. */
const TYPED_STEP_MS = 4000;

/** What the page says while a step's number is typed, or after one that is no step. */
function typedStepWords(typed: string): string {
  const step = stepIndexOf(typed, STEPS.length);
  return step === null
    ? `There is no step ${typed}: the steps run from 1 to ${STEPS.length}.`
    : `Step ${step + 1}: press Enter to go there (Esc: stay here).`;
}

/** The presenter's keys, the blank screen and the presenter's dialogs (whose code loads after the first screen). */
export function Presenter() {
  const blanked = useStore(selectBlanked);
  const dialog = useStore(selectDialog);
  // Digits typed towards "go to step N, Enter", as PowerPoint takes them, and what the page says meanwhile.
  const typed = useRef('');
  const [typedWords, setTypedWords] = useState<string | null>(null);
  useThemeOnDocument();

  useEffect(() => {
    let forget = 0;
    const showTyped = (words: string | null) => {
      window.clearTimeout(forget);
      setTypedWords(words);
      if (words !== null) forget = window.setTimeout(forgetTyped, TYPED_STEP_MS);
    };
    const forgetTyped = () => {
      typed.current = '';
      showTyped(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const store = useStore.getState();
      if (store.blanked) {
        event.preventDefault();
        store.setBlanked(false);
        return;
      }
      if (store.dialog) {
        const closes = event.key === 'Escape' || (store.dialog === 'keys' && event.key === '?') || (store.dialog === 'qr' && event.key.toLowerCase() === 'q');
        if (closes) {
          event.preventDefault();
          store.setDialog(null);
        }
        return;
      }
      // A number typed, then Enter: even with a button focused, that Enter is the number's (only a field, which any
      // key but Space and Enter also belongs to, keeps it).
      if (typed.current && (event.key === 'Enter' || event.key === 'Escape') && !ownsKey(event.target, 'typing')) {
        event.preventDefault();
        const step = event.key === 'Enter' ? stepIndexOf(typed.current, STEPS.length) : null;
        const refused = event.key === 'Enter' && step === null ? typedStepWords(typed.current) : null;
        forgetTyped();
        // A number that is no step is said, and forgotten: the next digit starts afresh.
        if (refused) showTyped(refused);
        if (step !== null) store.goToStep(step);
        return;
      }
      if (ownsKey(event.target, event.key)) return;
      if (/^[0-9]$/.test(event.key)) {
        typed.current = (typed.current + event.key).slice(-2);
        showTyped(typedStepWords(typed.current));
        return;
      }
      // Any other key puts the number away, and what was said of it.
      forgetTyped();
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
          return move(toggleFullScreen);
        case 't':
        case 'T':
          return move(store.cycleTheme);
        case 'b':
        case 'B':
          return move(() => store.setBlanked(true));
        case 'r':
        case 'R':
          return move(store.resetStep);
        case 's':
        case 'S':
          return move(openSpeakerView);
        case 'q':
        case 'Q':
          return move(() => store.setDialog('qr'));
        case 'g':
        case 'G':
          return move(() => store.setDialog('go-to'));
        case '?':
          return move(() => store.setDialog('keys'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(forget);
    };
  }, []);

  return (
    <>
      {blanked ? (
        <div className="blank-screen" role="status" onClick={() => useStore.getState().setBlanked(false)}>
          Screen blanked: press any key to return.
        </div>
      ) : null}
      <p className="typed-step" aria-live="polite" aria-atomic="true" data-shown={typedWords === null ? undefined : 'true'}>
        {typedWords}
      </p>
      {dialog === 'qr' ? <QrDialog /> : dialog ? <PresenterDialog which={dialog} /> : null}
    </>
  );
}
