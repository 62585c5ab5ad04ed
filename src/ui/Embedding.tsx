import { useEffect } from 'react';
import { selectEmbedded, selectLink } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import type { ControlsLevel } from '../store/types.ts';

// What an embedded page needs from its first paint: the link out. Telling its parent how tall it is and taking the
// host's theme come just after, only inside a frame (embedFrame.ts); the share tools and the Embed dialog load later
// (see later.ts).

/**
 * The most an embedded page asks of its host's column, by how much of the page it shows: the picture is fitted to
 * it (usePictureBudget), and the Embed dialog suggests it. The full page runs as long as it runs.
 */
export const EMBED_HEIGHTS: Readonly<Record<ControlsLevel, number | null>> = { none: 560, minimal: 760, full: null };


/** The address of this app's folder: links and embeds point here, whatever sub-path it is served from. */
export function appBase(): string {
  return new URL('.', window.location.href).href;
}

/** This page's own address, without its query: a folder on a server, or the single file opened from disk. */
export function pageUrl(): string {
  return window.location.href.split(/[?#]/)[0]!;
}

/** The full version's address for the page as it is now. */
export function fullVersionUrl(): string {
  return `${pageUrl()}${selectLink(useStore.getState())}`;
}

/** In an iframe: the link out to the full version, in a new tab. */
export function OpenFullVersion() {
  const embedded = useStore(selectEmbedded);
  if (!embedded) return null;
  return (
    <p className="open-full">
      <a href={fullVersionUrl()} target="_blank" rel="noopener noreferrer" onClick={(event) => (event.currentTarget.href = fullVersionUrl())}>
        Open full version ↗
      </a>
    </p>
  );
}

/**
 * In another page's frame: tells that page how tall the content is and takes the theme it asks for (embedFrame.ts,
 * loaded only inside a frame, so that pages opened at the top level do not carry it).
 */
export function useEmbedResize(): void {
  const embedded = useStore(selectEmbedded);
  useEffect(() => {
    if (!embedded || window.parent === window) return;
    let stop: (() => void) | null = null;
    let live = true;
    void import('./embedFrame.ts').then(
      ({ followHost }) => {
        if (live) stop = followHost();
      },
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [embedded]);
}
