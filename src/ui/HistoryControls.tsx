import { selectCanRedo, selectCanUndo } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';

/** Undo, Redo and Reset: the reader can always get back to where they were. Reset returns to the step's scenario. */
export function HistoryControls() {
  const canUndo = useStore(selectCanUndo);
  const canRedo = useStore(selectCanRedo);
  // Actions never change: they are called from the store, not subscribed to.
  const { undo, redo, resetStep } = useStore.getState();
  return (
    <div className="history" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo}>Undo</button>
      <button type="button" onClick={redo} disabled={!canRedo}>Redo</button>
      <button type="button" onClick={resetStep}>Reset</button>
    </div>
  );
}
