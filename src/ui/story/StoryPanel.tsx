import { useEffect, useId, useRef, useState } from 'react';
import { HIGHLIGHT_WORDS, STEPS } from '../../store/steps.ts';
import { selectActivity, selectHighlight, selectPrediction, selectRevealed, selectStep, selectStepContent } from '../../store/selectors.ts';
import { useStore } from '../../store/store.ts';
import { Prediction, StartupRace, UnwantedGuests } from '../later.ts';

/** The guided story: one step at a time, with Back and Next, a link for every step, and the step in the URL. */
export function StoryPanel() {
  const step = useStore(selectStep);
  const current = useStore(selectStepContent);
  const activity = useStore(selectActivity);
  const highlight = useStore(selectHighlight);
  const prediction = useStore(selectPrediction);
  // A step that asks "Your guess" keeps its words folded everywhere, behind Read: before the answer they would give it
  // away, and after it the answer says the point with its figures, while the picture keeps its room on the screen.
  const revealed = useStore(selectRevealed);
  const asking = prediction !== null;
  const { goToStep, nextStep, previousStep } = useStore.getState();
  const last = STEPS.length - 1;
  // On a phone the step's words fold away behind "Read", so its title and the picture share the first screen.
  const [reading, setReading] = useState(false);
  const bodyId = useId();
  // Where the step links scroll sideways (a phone), the current one is brought into the strip's view; the page
  // itself does not move.
  const stripRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const strip = stripRef.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!strip || !current || strip.scrollWidth <= strip.clientWidth) return;
    strip.scrollLeft = current.offsetLeft - strip.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
  }, [step]);

  return (
    <section className="story" aria-labelledby="story-heading" data-asking={asking ? 'true' : undefined}>
      <h2 id="story-heading" className="story-title">
        <span className="story-count">
          Step {step + 1} of {STEPS.length}
          <span className="visually-hidden">:</span>
        </span>{' '}
        {current.title}
      </h2>
      <button type="button" className="read-toggle" aria-expanded={reading} aria-controls={bodyId} onClick={() => setReading(!reading)}>
        {reading ? 'Hide the text' : !asking ? 'Read' : revealed ? 'Read the step’s text' : 'Read (it tells the answer)'}
      </button>
      <p id={bodyId} className="story-body" data-folded={reading ? undefined : 'true'}>
        {current.body}
      </p>
      {highlight ? (
        <p className="story-mark" data-folded={reading ? undefined : 'true'} data-mark={highlight}>
          <span className="mark-swatch" aria-hidden="true" />
          {HIGHLIGHT_WORDS[highlight]}
        </p>
      ) : null}
      <div className="story-nav">
        <button
          type="button"
          // aria-disabled, not disabled: a button that disables itself under the focus drops the focus to the page,
          // where the next Space means "next step". This one keeps the focus and simply does nothing.
          aria-disabled={step === 0 ? true : undefined}
          onClick={previousStep}
        >
          ← Back
        </button>
        <nav aria-label="Story steps" className="story-steps" ref={stripRef}>
          <ol>
            {STEPS.map((item, index) => (
              <li key={item.title}>
                <a
                  href={`?step=${index + 1}`}
                  aria-current={index === step ? 'step' : undefined}
                  aria-label={`Step ${index + 1}: ${item.title}`}
                  title={item.title}
                  onClick={(event) => {
                    event.preventDefault();
                    goToStep(index);
                  }}
                >
                  {index + 1}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <button
          type="button"
          className="primary"
          aria-disabled={step === last ? true : undefined}
          onClick={nextStep}
        >
          Next →
        </button>
      </div>
      {prediction ? <Prediction key={step} kind={prediction} /> : null}
      {activity === 'race' ? <StartupRace /> : null}
      {activity === 'guests' ? <UnwantedGuests /> : null}
    </section>
  );
}
