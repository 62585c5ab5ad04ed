/*
 * Saving a file from the page: a blob handed to a hidden download link. A sandboxed frame without `allow-downloads`
 * swallows the click without a word, so where we can see that sandbox we refuse instead, and the reader is told.
 */

/** How long the blob's address lives: the browser has taken its copy once the download has begun. */
const REVOKE_AFTER_MS = 10_000;

/** True when `view` sits in a sandboxed frame we can see is not allowed to download. */
export function downloadsForbidden(view: Window): boolean {
  try {
    // The frame element belongs to the parent's window: its own HTMLIFrameElement, so no instanceof here.
    const frame = view.frameElement;
    if (frame?.localName === 'iframe' && frame.hasAttribute('sandbox')) {
      // Read as the frame's `sandbox` token list reads it: tokens between ASCII whitespace, as written.
      const tokens = (frame.getAttribute('sandbox') ?? '').split(/[\t\n\f\r ]+/);
      return !tokens.includes('allow-downloads');
    }
  } catch {
    // A frame of another origin hides its element: try, and say so if it fails.
  }
  return false;
}

/** True when `view` is framed by another page (or cannot tell, which only a frame does). */
export function inFrame(view: Window): boolean {
  try {
    return view.self !== view.top;
  } catch {
    return true;
  }
}

/** A page address without the embedding parameters: the full version, to open in a tab of its own. */
export function fullVersionHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.delete('controls');
  return url.href;
}

/** Downloads `blob` as `fileName` from `doc`; throws, saving nothing, when its frame may not download. */
export function saveBlob(blob: Blob, fileName: string, doc: Document): void {
  const view = doc.defaultView;
  if (!view || downloadsForbidden(view)) throw new Error('Downloads are not allowed in this frame.');
  const url = URL.createObjectURL(blob);
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
