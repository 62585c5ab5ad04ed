import type { PresenterDialog as Which } from '../store/preferences.ts';
import { useStore } from '../store/store.ts';
import { Dialog } from './Dialog.tsx';
import { GoToStep } from './GoToStep.tsx';
import { openSpeakerView } from './speaker/open.ts';

/** Every key a presenter can press, as the help lists them. */
export const PRESENTER_KEYS: readonly { keys: readonly string[]; does: string }[] = [
  { keys: ['→', 'Space', 'N'], does: 'Next step' },
  { keys: ['←', 'P', 'Backspace'], does: 'Previous step' },
  { keys: ['Home', 'End'], does: 'First step, last step' },
  { keys: ['5 then Enter'], does: 'Go to step 5 (any step’s number)' },
  { keys: ['G'], does: 'Go to a step: type its number' },
  { keys: ['S'], does: 'Speaker view: notes, the next step and a timer, in a window of its own' },
  { keys: ['Q'], does: 'A QR code of this step, for the class’s phones' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['T'], does: 'Theme: light, dark, projector' },
  { keys: ['B'], does: 'Blank the screen (any key brings it back)' },
  { keys: ['R'], does: 'Reset this step’s scenario' },
  { keys: ['?'], does: 'This list of keys' },
  { keys: ['Esc'], does: 'Close this list, the QR code or the go-to field' },
];

/**
 * The list of keys, as a modal dialog, with buttons for what a presenter may not know to press: the speaker view and
 * the QR code. Close takes the focus as it opens.
 */
export function KeysDialog() {
  const { setDialog } = useStore.getState();
  return (
    <Dialog labelledBy="help-heading" onClose={() => setDialog(null)}>
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
      <div className="dialog-actions">
        <button type="button" onClick={openSpeakerView}>
          Open the speaker view
        </button>
        <button type="button" onClick={() => setDialog('qr')}>
          Show the QR code
        </button>
        <button type="button" data-autofocus onClick={() => setDialog(null)}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** The presenter's dialogs that come with this part: the list of keys and the go-to field (the QR code loads apart). */
export function PresenterDialog({ which }: { which: Exclude<Which, 'qr'> }) {
  return which === 'keys' ? <KeysDialog /> : <GoToStep />;
}
