import { forgetRefusal, sayRefused } from './refused.ts';
import { followSpeaker } from './sync.ts';

/**
 * What the presenting page does once it has asked for the speaker's window (open.ts): keeps in step with it, or
 * says that the browser refused it. In a chunk of its own, loaded straight after the key or the click.
 */
export function afterOpen(speaker: Window | null): void {
  if (!speaker) return sayRefused();
  forgetRefusal();
  followSpeaker(speaker);
}
