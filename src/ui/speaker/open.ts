import { useStore } from '../../store/store.ts';
import { pageUrl } from '../Embedding.tsx';

// Loaded with the list of keys, just after the first screen (S and the list's button call it), so it stays small.
// The window is opened here, while the key's or the click's gesture still counts (the browser lets a page open a
// window for a few seconds after one); the code that keeps the two windows in step, or says that the browser
// refused the window, follows as a chunk of its own (afterOpen.ts).

/** The speaker's window's name: a second S finds the window already open instead of opening another. */
export const SPEAKER_WINDOW = 'houses-and-apartments-speaker';

/**
 * Opens the presenter's window (notes, the next step, a timer) on the current step. A window of that name already
 * open is brought to the front on this step instead (its timer is kept: Timer.tsx), even one this page did not open
 * (the page may have been reloaded since).
 */
export function openSpeakerView(): void {
  let opened: Window | null = null;
  // Nothing slow before this: a window opened long after the key or the click is one the pop-up blocker stops.
  try {
    opened = window.open(`${pageUrl()}?speaker=1&step=${useStore.getState().step + 1}`, SPEAKER_WINDOW, 'popup,width=960,height=640');
  } catch {
    opened = null;
  }
  const speaker = opened;
  // If even this code cannot arrive (offline), a window that opened still opens on this step; it just cannot move
  // this one.
  void import('./afterOpen.ts').then(({ afterOpen }) => afterOpen(speaker), () => undefined);
}
