import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadsForbidden, fullVersionHref, inFrame, saveBlob } from '../../../src/export/save.ts';

/** A page framed by this one, sandboxed as given (or not at all), and what its links were asked to download. */
function framedPage(sandbox: string | null) {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  document.body.append(frame);
  const view = frame.contentWindow!;
  return { view, doc: view.document, downloads: recordDownloads(view) };
}

/** The file names links in `view` were clicked to download (jsdom cannot follow a link, so the click is stubbed). */
function recordDownloads(view: Window): string[] {
  const names: string[] = [];
  const { HTMLAnchorElement: Anchor } = view as unknown as typeof globalThis;
  vi.spyOn(Anchor.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

const picture = () => new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' });

describe('saving a file', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('downloads it under its name through a link that does not stay on the page', () => {
    const downloads = recordDownloads(window);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:picture');
    saveBlob(picture(), 'houses-and-apartments.svg', document);
    expect(downloads).toEqual(['houses-and-apartments.svg']);
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('lets the file’s address go only once the download has long begun', () => {
    vi.useFakeTimers();
    recordDownloads(window);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:picture');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    saveBlob(picture(), 'houses-and-apartments.svg', document);
    vi.advanceTimersByTime(1_000);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:picture');
  });

  it('refuses, saving nothing, in a sandboxed frame that may not download', () => {
    const { view, doc, downloads } = framedPage('allow-scripts allow-same-origin');
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    expect(downloadsForbidden(view)).toBe(true);
    expect(() => saveBlob(picture(), 'houses-and-apartments.svg', doc)).toThrow('Downloads are not allowed in this frame.');
    expect(createUrl).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('downloads in a sandboxed frame that allows it, and in a frame with no sandbox', () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:picture');
    for (const sandbox of ['allow-scripts allow-downloads', null]) {
      const { view, doc, downloads } = framedPage(sandbox);
      expect(downloadsForbidden(view)).toBe(false);
      saveBlob(picture(), 'houses-and-apartments.png', doc);
      expect(downloads).toEqual(['houses-and-apartments.png']);
    }
  });

  it('tells a framed page from a page of its own', () => {
    expect(inFrame(window)).toBe(false);
    expect(inFrame(framedPage(null).view)).toBe(true);
  });
});

describe('the full version’s address', () => {
  it('is this page’s without the embedding parameters, keeping the step and the rest', () => {
    expect(fullVersionHref('https://example.org/houses/?embed=1&step=4&controls=none&w=web.db#top'))
      .toBe('https://example.org/houses/?step=4&w=web.db#top');
  });
});
