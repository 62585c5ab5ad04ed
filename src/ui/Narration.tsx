import { selectOutcome } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';

/**
 * Says each change in words. Accepted changes go to a polite status region; refusals to an alert,
 * so a screen reader interrupts for "no land left" but not for every added tenant.
 */
export function Narration() {
  const outcome = useStore(selectOutcome);
  const refused = outcome !== null && outcome.status !== 'changed';
  return (
    <div className="narration">
      <p role="status" className="status-line">
        {outcome && !refused ? outcome.message : ''}
      </p>
      <p role="alert" className={refused ? 'alert-line visible' : 'alert-line'}>
        {refused ? outcome.message : ''}
      </p>
    </div>
  );
}
