import { useStore } from '../store/store.ts';
import { isTheme } from '../store/types.ts';

/** The message an embedded page sends its parent; embed.js listens for exactly this. */
export const RESIZE_MESSAGE = 'houses-and-apartments:resize';

/** The message embed.js sends a frame with the theme its host page asks for. */
export const THEME_MESSAGE = 'houses-and-apartments:theme';

/**
 * Tells the embedding page how tall the content is, now and whenever it changes, so embed.js can size the frame, and
 * takes the theme embed.js answers with. Only the parent is told, and only this one message type is sent; a theme
 * is taken only from the parent, and only one this app knows: anything else is ignored. Returns how to stop.
 */
export function followHost(): () => void {
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
}
