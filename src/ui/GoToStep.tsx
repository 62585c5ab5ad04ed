import { useId, useState, type FormEvent } from 'react';
import { stepIndexOf } from '../store/link.ts';
import { STEPS } from '../store/steps.ts';
import { useStore } from '../store/store.ts';
import { Dialog } from './Dialog.tsx';

/** A small field for a step's number (G): Enter goes there, Esc stays. The step's title shows as it is typed. */
export function GoToStep() {
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const step = stepIndexOf(typed, STEPS.length);
  const { goToStep, setDialog } = useStore.getState();
  const close = () => setDialog(null);
  const go = (event: FormEvent) => {
    event.preventDefault();
    if (step === null) {
      setRefused(true);
      return;
    }
    close();
    goToStep(step);
  };
  const hint =
    step !== null
      ? `${step + 1}: ${STEPS[step]!.title}`
      : refused || typed.trim() !== ''
        ? `There is no step “${typed.trim().slice(0, 12)}”: type a number from 1 to ${STEPS.length}.`
        : `Steps run from 1 to ${STEPS.length}.`;
  return (
    <Dialog labelledBy={`${fieldId}-heading`} className="go-to-dialog" onClose={close}>
      <form onSubmit={go}>
        <h2 id={`${fieldId}-heading`}>Go to a step</h2>
        <label htmlFor={fieldId}>Step number</label>
        <input
          id={fieldId}
          inputMode="numeric"
          autoComplete="off"
          size={4}
          value={typed}
          aria-describedby={hintId}
          aria-invalid={refused && step === null ? true : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            setRefused(false);
          }}
        />
        <p id={hintId} className="go-to-hint" role="status" data-refused={refused && step === null ? 'true' : undefined}>
          {hint}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Go
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
