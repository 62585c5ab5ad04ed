import { useEffect } from 'react';
import { selectEmbedded, selectLink } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { isTheme, type ControlsLevel } from '../store/types.ts';

// What an embedded page needs from its first paint: the link out, telling its parent how tall it is, and the host's
// theme. The share tools and the Embed dialog load later (see later.ts).

/**
 * The most an embedded page asks of its host's column, by how much of the page it shows: the picture is fitted to
 * it (usePictureBudget), and the Embed dialog suggests it. The full page runs as long as it runs.
 */
export const EMBED_HEIGHTS: Readonly<Record<ControlsLevel, number | null>> = { none: 560, minimal: 760, full: null };

/** The message an embedded page sends its parent; embed.js listens for exactly this. */
export const RESIZE_MESSAGE = 'houses-and-apartments:resize';
/** The message embed.js sends a frame with the theme its host page asks for. */
export const THEME_MESSAGE = 'houses-and-apartments:theme';

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
 * Tells the embedding page how tall the content is, on load and whenever it changes, so embed.js can size the
 * frame, and takes the theme embed.js answers with. Only the parent is told, and only this one message type is sent;
 * a theme is taken only from the parent, and only one this app knows: anything else is ignored.
 */
export function useEmbedResize(): void {
  const embedded = useStore(selectEmbedded);
  useEffect(() => {
    if (!embedded || window.parent === window) return;
    // Listening before the first height is posted: embed.js answers that message with the host's theme.
    const onMessage = (event: MessageEvent) => {
      const { type, theme } = (event.source === window.parent && event.data) || {};
      if (type === THEME_MESSAGE && typeof theme === 'string' && isTheme(theme)) useStore.getState().setTheme(theme);
    };
    window.addEventListener('message', onMessage);
    let last = -1;
    // The app's own box, not the document's: a document is never shorter than its frame, so it could only grow.
    const app = document.querySelector('.app') ?? document.body;
    const post = () => {
      const height = Math.ceil(app.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    post();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(post);
    observer?.observe(app);
    return () => {
      window.removeEventListener('message', onMessage);
      observer?.disconnect();
    };
  }, [embedded]);
}
