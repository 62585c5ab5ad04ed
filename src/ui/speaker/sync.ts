import { STEPS } from '../../store/steps.ts';
import { useStore } from '../../store/store.ts';

// Keeps the presenting window and the speaker's window on the same step. Each window runs its own store; they tell
// each other the step they are on, over a BroadcastChannel named for the app, or, where a browser has none, by
// postMessage between the window that opened the speaker's and the speaker's own (its opener).

const CHANNEL = 'houses-and-apartments';
const STEP = 'houses-and-apartments:step';
const ASK = 'houses-and-apartments:ask';

type Message = { readonly type: typeof STEP; readonly step: number } | { readonly type: typeof ASK };

function isMessage(data: unknown): data is Message {
  if (typeof data !== 'object' || data === null) return false;
  const { type, step } = data as { type?: unknown; step?: unknown };
  return type === ASK || (type === STEP && Number.isInteger(step) && (step as number) >= 0 && (step as number) < STEPS.length);
}

interface Line {
  post(message: Message): void;
  close(): void;
}

/** The line to the other window; `peer` is asked each time, since that window may have closed or been reopened. */
function openLine(peer: () => Window | null, receive: (message: Message) => void): Line {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      if (isMessage(event.data)) receive(event.data);
    };
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  // Only the other window, and only from this page's own origin. The single file opened from disk has an opaque
  // origin, which no target origin but "*" names: there the source check does the work.
  const opaque = window.location.protocol === 'file:' || window.location.origin === 'null';
  const origin = opaque ? '*' : window.location.origin;
  const onMessage = (event: MessageEvent) => {
    if (event.source === null || event.source !== peer() || (!opaque && event.origin !== origin)) return;
    if (isMessage(event.data)) receive(event.data);
  };
  window.addEventListener('message', onMessage);
  return {
    post(message) {
      const other = peer();
      // A closed window is simply not told: this one keeps working on its own.
      if (other && !other.closed) other.postMessage(message, origin);
    },
    close: () => window.removeEventListener('message', onMessage),
  };
}

/**
 * Tells the other window each step this one arrives at, and follows the steps it is told. A step it moves to
 * because it was told is not told back; `answers` is the presenting window's part: it says its step when asked.
 */
function keepInStep(peer: () => Window | null, move: (step: number) => void, answers: boolean): Line {
  let following = false;
  const line = openLine(peer, (message) => {
    const { step } = useStore.getState();
    if (message.type === ASK) {
      if (answers) line.post({ type: STEP, step });
    } else if (message.step !== step) {
      following = true;
      try {
        move(message.step);
      } finally {
        following = false;
      }
    }
  });
  const unsubscribe = useStore.subscribe((state, previous) => {
    if (!following && state.step !== previous.step) line.post({ type: STEP, step: state.step });
  });
  return {
    post: line.post,
    close() {
      unsubscribe();
      line.close();
    },
  };
}

let speakerWindow: Window | null = null;
let presenting: Line | null = null;

/** The presenting window's side: from now on it follows the speaker's window and tells it where it is. */
export function followSpeaker(speaker: Window): void {
  speakerWindow = speaker;
  // Moved from the speaker's window, the address bar follows as it does for a key.
  presenting ??= keepInStep(() => speakerWindow, (step) => useStore.getState().goToStep(step), true);
  presenting.post({ type: STEP, step: useStore.getState().step });
}

/**
 * The speaker's window's side: it asks the presenting window for its step, then keeps in step with it. Its own
 * store writes no address bar (start was given none), so a move here changes only the presenting window's.
 * Returns what ends it.
 */
export function joinPresenter(): () => void {
  const line = keepInStep(() => window.opener as Window | null, (step) => useStore.getState().goToStep(step, { url: 'none' }), false);
  line.post({ type: ASK });
  return () => line.close();
}
