import { useEffect, useRef } from 'react';
import { useStore } from '../store/store.ts';

/** Every key a presenter can press, as the help lists them. */
export const PRESENTER_KEYS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['→', 'Space', 'N'], does: 'Next step' },
  { keys: ['←', 'P', 'Backspace'], does: 'Previous step' },
  { keys: ['Home', 'End'], does: 'First step, last step' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['T'], does: 'Theme: light, dark, projector' },
  { keys: ['B'], does: 'Blank the screen (any key brings it back)' },
  { keys: ['R'], does: 'Reset this step’s scenario' },
  { keys: ['?'], does: 'This list of keys' },
  { keys: ['Esc'], does: 'Close this list' },
];

/**
 * The list of keys, as a modal dialog. Its one control, Close, takes the focus while it is open and keeps it; when it
 * closes, the focus goes back to what had it before (the Keys button, or wherever "?" was pressed).
 */
export function KeysDialog() {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);
  const close = () => useStore.getState().setHelpOpen(false);
  return (
    <div className="help-backdrop" onClick={close}>
      <div
        className="help-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-heading"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Tab') {
            event.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <h2 id="help-heading">Keys for presenting</h2>
        <dl>
          {PRESENTER_KEYS.map((entry) => (
            <div key={entry.does}>
              <dt>
                {entry.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' or ' : ''}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{entry.does}</dd>
            </div>
          ))}
        </dl>
        <p>Keys do nothing while you type in a field.</p>
        <button type="button" ref={closeRef} onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}
