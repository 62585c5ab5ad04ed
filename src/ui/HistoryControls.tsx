import { selectCanRedo, selectCanUndo } from '../store/selectors.ts';
import { useLessonStore } from '../store/store.ts';
import { useStory } from '../store/story.ts';
import { STEPS } from './story/steps.ts';

const selectStep = (state: { step: number }) => state.step;

/** Undo, Redo and Reset: the reader can always get back to where they were. Reset returns to the step's scenario. */
export function HistoryControls() {
  const canUndo = useLessonStore(selectCanUndo);
  const canRedo = useLessonStore(selectCanRedo);
  const undo = useLessonStore((state) => state.undo);
  const redo = useLessonStore((state) => state.redo);
  const reset = useLessonStore((state) => state.reset);
  const loadScenario = useLessonStore((state) => state.loadScenario);
  const step = useStory(selectStep);
  const spec = STEPS[step]?.spec;
  return (
    <div className="history" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo}>Undo</button>
      <button type="button" onClick={redo} disabled={!canRedo}>Redo</button>
      <button
        type="button"
        onClick={() => (spec ? loadScenario(spec, `Back to the scenario of step ${step + 1}.`) : reset())}
      >
        Reset
      </button>
    </div>
  );
}
