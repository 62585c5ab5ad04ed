import { useEffect, useId, useState } from 'react';
import { selectContainers, selectRevealed, selectVms } from '../../store/selectors.ts';
import { useStore } from '../../store/store.ts';
import { answerWords, questionFor, type PredictionKind } from './predictions.ts';

/**
 * Shows the answer in the picture, unless it already shows: the race runs, or the attacker goes into the first
 * apartment. The layers' ring needs nothing: it follows the store's `revealed` (selectHighlight).
 */
function showInPicture(kind: PredictionKind): void {
  const state = useStore.getState();
  if (kind === 'race' && state.raceStartedAt === null) state.startRace(performance.now());
  const target = state.scenario.hosts.containers.workloads[0];
  if (kind === 'guests' && state.breachId === null && target) state.setBreach(target.id);
}

/**
 * "Your guess": a question put before the step's picture answers it. Choosing a radio answers at once, as does
 * "Show me"; nothing waits on a guess, and the guess lives here only (not in the store, the link or storage).
 * The step keys this component, so each arrival asks afresh.
 */
export function Prediction({ kind }: { kind: PredictionKind }) {
  const vms = useStore(selectVms);
  const containers = useStore(selectContainers);
  const revealed = useStore(selectRevealed);
  const [guess, setGuess] = useState<number | null>(null);
  const name = useId();
  // A link may open the question answered: the picture then shows the answer as well, once, as this arrives.
  useEffect(() => {
    if (useStore.getState().revealed) showInPicture(kind);
  }, [kind]);

  const question = questionFor(kind, { vms, containers });
  if (!question) return null;
  // Arriving at the step again asks again: a guess from before is not shown as an answer.
  const shown = revealed ? guess : null;
  const answer = (choice: number | null) => {
    if (!useStore.getState().revealed) {
      useStore.getState().reveal();
      showInPicture(kind);
    }
    setGuess(choice);
  };

  return (
    <div className="activity prediction">
      <fieldset>
        <legend id={`${name}-legend`}>Your guess: {question.legend}</legend>
        {/* The choices alone make the radio group, named by the question; Show me and the answer stand beside it. */}
        <div role="radiogroup" aria-labelledby={`${name}-legend`} className="prediction-choices">
          {question.choices.map((choice, index) => (
            <label
              key={choice}
              className="prediction-choice"
              data-answer={revealed && index === question.right ? 'right' : undefined}
              data-picked={shown === index ? 'true' : undefined}
            >
              <input type="radio" name={name} checked={shown === index} onChange={() => answer(index)} />
              {choice}
              {revealed && (index === question.right || shown === index) ? (
                <span className="prediction-mark" aria-hidden="true">
                  {index === question.right ? '✓' : '✗'}
                </span>
              ) : null}
            </label>
          ))}
        </div>
        <button
          type="button"
          // aria-disabled, not disabled, once answered: the focus stays on the button (see StoryPanel's Back).
          aria-disabled={revealed ? true : undefined}
          onClick={() => (revealed ? undefined : answer(null))}
        >
          Show me
        </button>
        <p className="prediction-answer" role="status">
          {revealed ? answerWords(question, shown) : null}
        </p>
      </fieldset>
    </div>
  );
}
