import { memo, useEffect, useRef } from 'react';

/** Kept in the window's session, so that reloading the speaker's window does not restart the talk's clock. */
const SINCE_KEY = 'houses-and-apartments:speaker-since';

function savedSince(): number {
  try {
    const saved = Number(window.sessionStorage.getItem(SINCE_KEY));
    if (Number.isFinite(saved) && saved > 0 && saved <= Date.now()) return saved;
  } catch {
    // Storage refused: the clock starts with the window.
  }
  return save(Date.now());
}

function save(since: number): number {
  try {
    window.sessionStorage.setItem(SINCE_KEY, String(since));
  } catch {
    // As above: the clock still runs, only a reload restarts it.
  }
  return since;
}

/** Minutes and seconds, `07:05`; an hour and more reads `72:00`. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

function show(clock: HTMLElement | null, since: number): void {
  if (clock) clock.textContent = formatElapsed(Date.now() - since);
}

/**
 * The time since the speaker's window opened, with Reset. Its text is written straight into the page every quarter
 * second, out of React, and it is a timer (no live region): a screen reader reads it when asked, never each second.
 */
export const Timer = memo(function Timer() {
  const shown = useRef<HTMLSpanElement>(null);
  const since = useRef(0);
  useEffect(() => {
    since.current = savedSince();
    const tick = () => show(shown.current, since.current);
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <p className="speaker-timer">
      <span className="speaker-timer-label">Time</span>{' '}
      {/* Empty for React: only the tick writes its text. */}
      <span ref={shown} className="speaker-clock" role="timer" />{' '}
      <button
        type="button"
        onClick={() => {
          since.current = save(Date.now());
          show(shown.current, since.current);
        }}
      >
        Reset timer
      </button>
    </p>
  );
});
