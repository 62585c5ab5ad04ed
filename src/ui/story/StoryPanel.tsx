import { useCallback, useEffect, useRef } from 'react';
import { useLessonStore } from '../../store/store.ts';
import { useStory } from '../../store/story.ts';
import { currentLink, openLink, writeHistory } from '../useLink.ts';
import { STEPS } from './steps.ts';
import { StartupRace, UnwantedGuests } from '../later.ts';

const selectStep = (state: { step: number }) => state.step;

/** Moves the story to a step: its scenario (one undoable change), its view, and the link in the address bar. */
export function useGoToStep() {
  const setStep = useStory((state) => state.setStep);
  const loadScenario = useLessonStore((state) => state.loadScenario);
  const setView = useLessonStore((state) => state.setView);
  return useCallback(
    (step: number, how: { record?: boolean; url?: 'push' | 'replace' | 'none' } = {}) => {
      const target = STEPS[step];
      if (!target) return;
      setStep(step);
      setView(target.view);
      if (target.spec) loadScenario(target.spec, `Step ${step + 1}: ${target.title}.`, { record: how.record ?? true });
      const url = how.url ?? 'push';
      if (url !== 'none') writeHistory(url, currentLink());
    },
    [setStep, loadScenario, setView],
  );
}

/** The guided story: one step at a time, with Back and Next, a link for every step, and the step in the URL. */
export function StoryPanel() {
  const step = useStory(selectStep);
  const goTo = useGoToStep();
  const started = useRef(false);

  // The page opens as its link says (or on the first step), without making that a step of undo history.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    openLink(window.location.search, { record: false });
  }, []);

  // Back and forward in the browser move through the steps, each as it was left.
  useEffect(() => {
    const onPop = () => openLink(window.location.search, { record: true });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const current = STEPS[step] ?? STEPS[0]!;
  const last = STEPS.length - 1;

  return (
    <section className="story" aria-labelledby="story-heading">
      <h2 id="story-heading" className="story-title">
        <span className="story-count">
          Step {step + 1} of {STEPS.length}
          <span className="visually-hidden">:</span>
        </span>{' '}
        {current.title}
      </h2>
      <p className="story-body">{current.body}</p>
      <div className="story-nav">
        <button
          type="button"
          // aria-disabled, not disabled: a button that disables itself under the focus drops the focus to the page,
          // where the next Space means "next step". This one keeps the focus and simply does nothing.
          aria-disabled={step === 0 ? true : undefined}
          onClick={() => step > 0 && goTo(step - 1)}
        >
          ← Back
        </button>
        <nav aria-label="Story steps" className="story-steps">
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
                    goTo(index);
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
          onClick={() => step < last && goTo(step + 1)}
        >
          Next →
        </button>
      </div>
      {current.activity === 'race' ? <StartupRace /> : null}
      {current.activity === 'guests' ? <UnwantedGuests /> : null}
    </section>
  );
}
