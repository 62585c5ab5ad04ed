import { useState, type RefObject } from 'react';
import { fullVersionHref, inFrame, savePng, saveSvg, scenesIn } from '../export/index.ts';
import type { Host } from '../model/index.ts';
import { DOWNLOAD_BUTTONS } from './buttonWords.ts';

/** What the buttons save, and from where. */
export interface DownloadPictureProps {
  /** The element holding the scenes' `<svg class="scene">`, in the order shown; only its subtree is read. */
  readonly scenes: RefObject<HTMLElement | null>;
  /** The street's host: the footnote cites its machine, guest OS and the sources of its figures. */
  readonly host: Host;
}

/** Two buttons that save the scenes as a picture file (src/export); a short note when this page may not save files. */
export function DownloadPicture({ scenes, host }: DownloadPictureProps) {
  const [failed, setFailed] = useState<'frame' | 'page' | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (save: (svgs: SVGSVGElement[]) => Promise<void> | void) => {
    setBusy(true);
    const container = scenes.current;
    try {
      await save(scenesIn(container));
      setFailed(null);
    } catch {
      // In a frame the way out is the full version in a tab of its own; on a page of its own, another browser.
      setFailed(inFrame(container?.ownerDocument.defaultView ?? window) ? 'frame' : 'page');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download-picture" role="group" aria-label="Download picture">
      <button type="button" onClick={() => void attempt((svgs) => saveSvg(svgs, host))} disabled={busy}>
        {DOWNLOAD_BUTTONS.svg}
      </button>
      <button type="button" onClick={() => void attempt((svgs) => savePng(svgs, host))} disabled={busy}>
        {DOWNLOAD_BUTTONS.png}
      </button>
      {failed ? (
        <p role="status" className="download-problem">
          The picture could not be saved here.{' '}
          {failed === 'frame' ? (
            <>
              <a href={fullVersionHref(window.location.href)} target="_blank" rel="noopener noreferrer">
                Open the full version ↗
              </a>{' '}
              to download it.
            </>
          ) : (
            'Try the full version in a browser tab that allows downloads.'
          )}
        </p>
      ) : null}
    </div>
  );
}
