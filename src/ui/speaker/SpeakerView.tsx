import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { selectContainers, selectPrediction, selectStep, selectVms } from '../../store/selectors.ts';
import { NOTE_PARTS, SPEAKER_NOTES } from '../../store/speakerNotes.ts';
import { STEPS } from '../../store/steps.ts';
import { useStore } from '../../store/store.ts';
import { PRERENDERED } from '../firstScreen.ts';
import { questionFor } from '../story/predictions.ts';
import { NextStep } from './NextStep.tsx';
import { joinPresenter } from './sync.ts';
import { Timer } from './Timer.tsx';
// The speaker window's stylesheet comes with its code, not with the page's.
import '../styles/speaker.css';

const TITLE = 'Speaker view — Houses & Apartments';

/** The presenter's keys in this window: the arrows (and a clicker's page keys) move both windows. */
function useSpeakerKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const { nextStep, previousStep } = useStore.getState();
      const move = { ArrowRight: nextStep, PageDown: nextStep, ArrowLeft: previousStep, PageUp: previousStep }[event.key];
      if (!move) return;
      event.preventDefault();
      move();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * The speaker's window: the step's notes in four parts, the next step's title and picture, a timer, and Back and
 * Next, kept in step with the window that opened it (sync.ts). The projected page never shows any of this.
 */
export function SpeakerView() {
  const step = useStore(selectStep);
  const note = SPEAKER_NOTES[step]!;
  const prediction = useStore(selectPrediction);
  const vms = useStore(selectVms);
  const containers = useStore(selectContainers);
  // The step's "Your guess", with its answer for the scenario the step shows: the presenter knows it before the class.
  const question = prediction ? questionFor(prediction, { vms, containers }) : null;
  const { nextStep, previousStep } = useStore.getState();
  useSpeakerKeys();
  useEffect(() => {
    document.title = TITLE;
    return joinPresenter();
  }, []);
  return (
    <div className="speaker">
      <header className="speaker-head">
        <h1>
          <span className="speaker-kicker">
            Step {step + 1} of {STEPS.length}:
          </span>{' '}
          {STEPS[step]!.title}
        </h1>
        <Timer />
      </header>
      <main className="speaker-body">
        <section className="speaker-notes" aria-labelledby="speaker-notes-heading">
          <h2 id="speaker-notes-heading" className="visually-hidden">
            Notes for step {step + 1}
          </h2>
          <dl>
            {question ? (
              <div className="speaker-part">
                <dt>The class’s guess, and its answer</dt>
                <dd>
                  Your guess: {question.legend} <strong>{question.choices[question.right]}</strong>. {question.why}
                </dd>
              </div>
            ) : null}
            {NOTE_PARTS.map(({ part, heading }) => (
              <div key={part} className="speaker-part">
                <dt>{heading}</dt>
                <dd>{note[part]}</dd>
              </div>
            ))}
          </dl>
        </section>
        <NextStep step={step} />
      </main>
      <nav className="speaker-nav" aria-label="Move both windows">
        {/* aria-disabled, as on the page: a button disabled under the focus would drop it. */}
        <button type="button" onClick={previousStep} aria-disabled={step === 0 ? true : undefined}>
          ← Back
        </button>
        <p className="speaker-hint">
          <kbd>←</kbd> <kbd>→</kbd> move this window and the projected one.
        </p>
        <button type="button" className="primary" onClick={nextStep} aria-disabled={step === STEPS.length - 1 ? true : undefined}>
          Next →
        </button>
      </nav>
    </div>
  );
}

/**
 * Takes the page over as the speaker's window (main.tsx, `?speaker=1`). The store has started from this window's
 * link; it is given no address bar, so the window keeps its `?speaker=1` address and a reload opens it again.
 */
export function openSpeakerPage(root: HTMLElement): void {
  useStore.setState({ addressBar: null });
  root.replaceChildren();
  root.removeAttribute(PRERENDERED);
  createRoot(root).render(
    <StrictMode>
      <SpeakerView />
    </StrictMode>,
  );
}
