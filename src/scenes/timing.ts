// Screen time and real time, without D3: the race's clock and the scenes' builds both use them, and the clock
// loads before the scenes do.

/**
 * A time in the real world, as a time on screen: log-scaled, so that a 60 s boot takes about 3 s to watch and a
 * 0.5 s container start about half a second, both multiplied by the base duration's ratio to 600 ms.
 */
export function watchableMs(realSeconds: number, baseDuration: number): number {
  if (baseDuration <= 0) return 0;
  const ms = 350 + 650 * Math.log10(1 + Math.max(0, realSeconds));
  return Math.round(ms * (baseDuration / 600));
}

/** Screen time back to real time: the inverse of `watchableMs`, for the race's clock. */
export function realSecondsAt(screenMs: number, baseDuration: number): number {
  if (baseDuration <= 0) return Number.POSITIVE_INFINITY;
  const ms = screenMs * (600 / baseDuration);
  return ms <= 350 ? 0 : 10 ** ((ms - 350) / 650) - 1;
}
