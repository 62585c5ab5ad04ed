import { encode } from 'uqr';
import { classLink } from '../store/classLink.ts';
import { selectScenario, selectStep, selectView } from '../store/selectors.ts';
import { STEPS } from '../store/steps.ts';
import { useStore } from '../store/store.ts';
import { Dialog } from './Dialog.tsx';
import { pageUrl } from './Embedding.tsx';

/**
 * The dark modules of a QR code as one SVG path, a run of dark modules in a row per segment: a few hundred segments
 * instead of thousands of squares.
 */
function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x += 1;
      parts.push(`M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`);
    }
  });
  return parts.join('');
}

/**
 * The current step's link as a QR code for a class to scan, as tall as the screen allows, with the link beneath it
 * in large type for those who would rather type it. Esc, the backdrop or Close puts it away.
 */
export function QrDialog() {
  const step = useStore(selectStep);
  const scenario = useStore(selectScenario);
  const view = useStore(selectView);
  const link = `${pageUrl()}${classLink({ scenario, view, step, theme: null })}`;
  // Medium error correction: a projector's glare or a head in the way may cost some modules.
  const code = encode(link, { ecc: 'M', border: 2 });
  const close = () => useStore.getState().setDialog(null);
  // A phone cannot open a file on this computer, nor this computer's own address for itself.
  const unreachable =
    window.location.protocol === 'file:'
      ? 'This page is opened from a file on this computer, so phones cannot open its link.'
      : /^(localhost|127\.|\[::1\]$|0\.0\.0\.0$)/.test(window.location.hostname)
        ? 'This page is served to this computer only (its address is localhost), so phones cannot open its link.'
        : null;
  return (
    <Dialog labelledBy="qr-heading" className="qr-dialog" onClose={close}>
      <h2 id="qr-heading">
        Open step {step + 1} on your phone <span className="qr-step-title">{STEPS[step]?.title}</span>
      </h2>
      <svg className="qr-code" role="img" aria-label={`QR code for ${link}`} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
        <rect width={code.size} height={code.size} className="qr-light" />
        <path d={qrPath(code.data)} className="qr-dark" />
      </svg>
      <p className="qr-link" data-long={link.length > 80 ? 'true' : undefined}>
        {link}
      </p>
      {unreachable ? (
        <p className="qr-offline" role="note">
          {unreachable} Serve it on the school’s network or the web for the code to work.
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
