import { selectCanRedo, selectCanUndo } from '../store/selectors.ts';
import { useLessonStore } from '../store/store.ts';

/** Undo, Redo and Reset: the reader can always get back to where they were. */
export function HistoryControls() {
  const canUndo = useLessonStore(selectCanUndo);
  const canRedo = useLessonStore(selectCanRedo);
  const undo = useLessonStore((state) => state.undo);
  const redo = useLessonStore((state) => state.redo);
  const reset = useLessonStore((state) => state.reset);
  return (
    <div className="history" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo}>Undo</button>
      <button type="button" onClick={redo} disabled={!canRedo}>Redo</button>
      <button type="button" onClick={reset}>Reset</button>
    </div>
  );
}
