import { useCallback, useEffect, useRef } from 'react';
import { useLessonStore } from '../../store/store.ts';
import { useStory } from '../../store/story.ts';
import { StartupRace } from './StartupRace.tsx';
import { STEPS } from './steps.ts';
import { UnwantedGuests } from './UnwantedGuests.tsx';

const selectStep = (state: { step: number }) => state.step;

/** The step a URL asks for (`?step=N`, counted from 1), or null when it asks for none or for one that does not exist. */
export function stepFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= STEPS.length ? n - 1 : null;
}

function urlForStep(step: number): string {
  const params = new URLSearchParams(window.location.search);
  params.set('step', String(step + 1));
  return `${window.location.pathname}?${params.toString()}${window.location.hash}`;
}

/** Moves the story to a step: its scenario (one undoable change), its view, and the URL. */
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
      if (url !== 'none' && typeof window !== 'undefined') {
        if (url === 'push') window.history.pushState({ step }, '', urlForStep(step));
        else window.history.replaceState({ step }, '', urlForStep(step));
      }
    },
    [setStep, loadScenario, setView],
  );
}

/** The guided story: one step at a time, with Back and Next, a link for every step, and the step in the URL. */
export function StoryPanel() {
  const step = useStory(selectStep);
  const goTo = useGoToStep();
  const started = useRef(false);

  // The page opens on the step its URL names (or the first), without making that a step of undo history.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    goTo(stepFromSearch(window.location.search) ?? 0, { record: false, url: 'none' });
  }, [goTo]);

  // Back and forward in the browser move through the steps.
  useEffect(() => {
    const onPop = () => {
      const target = stepFromSearch(window.location.search);
      if (target !== null) goTo(target, { url: 'none' });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [goTo]);

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
        <button type="button" onClick={() => goTo(step - 1)} disabled={step === 0}>
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
        <button type="button" className="primary" onClick={() => goTo(step + 1)} disabled={step === last}>
          Next →
        </button>
      </div>
      {current.activity === 'race' ? <StartupRace /> : null}
      {current.activity === 'guests' ? <UnwantedGuests /> : null}
    </section>
  );
}
