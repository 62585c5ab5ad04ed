import { useEffect, useId, useRef, useState } from 'react';
import { selectEmbedded, selectLink } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { THEMES, type ControlsLevel, type Theme } from '../store/types.ts';
import { SHARE_BUTTONS } from './buttonWords.ts';
import { appBase, EMBED_HEIGHTS, fullVersionUrl, pageUrl } from './Embedding.tsx';

/**
 * Copies text, or says where to copy it from. The clipboard throws in a sandboxed frame, on file:// and when the
 * reader refused it; the text is then shown selected, ready for Ctrl+C.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A read-only field holding text to copy, and a button that copies it. */
function CopyField({ label, text, multiline = false }: { label: string; text: string; multiline?: boolean }) {
  // A result speaks of the text it copied: when the text changes, it is simply not shown.
  const [outcome, setOutcome] = useState<{ text: string; copied: boolean } | null>(null);
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const id = useId();
  const result = outcome?.text === text ? (outcome.copied ? 'copied' : 'select') : null;
  const copy = async () => {
    const copied = await copyText(text);
    setOutcome({ text, copied });
    if (!copied) fieldRef.current?.select();
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={fieldRef} readOnly value={text} rows={5} onFocus={(event) => event.currentTarget.select()} />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={text} onFocus={(event) => event.currentTarget.select()} />
      )}
      <button type="button" onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className="copy-result">
        {result === 'copied' ? 'Copied.' : result === 'select' ? 'This page may not use the clipboard here: the text is selected, copy it with Ctrl+C (⌘C).' : ''}
      </span>
    </div>
  );
}

/** The iframe snippet for the page as it is now, with the reader's choices of size, theme and controls. */
export function embedSnippet(options: { width: string; height: number; theme: Theme; controls: ControlsLevel }): string {
  const params = new URLSearchParams(selectLink(useStore.getState()).slice(1));
  params.set('embed', '1');
  params.set('theme', options.theme);
  params.set('controls', options.controls);
  const src = `${pageUrl()}?${params.toString()}`;
  const script = `${appBase()}embed.js`;
  return [
    `<iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
    `  title="Houses &amp; Apartments: containers are not lightweight virtual machines"`,
    `  width="${options.width}" height="${options.height}" style="border:0;max-width:100%" loading="lazy"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"></iframe>`,
    `<script src="${script}" async></script>`,
  ].join('\n');
}

/** A starting height for the full page, which embed.js then sets to the page's own. */
const FULL_PAGE_HEIGHT = 1600;

/** The "Embed" dialog: size, theme and controls in, an iframe snippet out. */
function EmbedDialog({ onClose }: { onClose: () => void }) {
  const [width, setWidth] = useState('100%');
  const [controls, setControls] = useState<ControlsLevel>('minimal');
  // The height the page will post for these controls, until the reader types another.
  const [typedHeight, setHeight] = useState<number | null>(null);
  const height = typedHeight ?? EMBED_HEIGHTS[controls] ?? FULL_PAGE_HEIGHT;
  const [theme, setTheme] = useState<Theme>('light');
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="help-backdrop" onClick={onClose} onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div className="help-dialog embed-dialog" role="dialog" aria-modal="true" aria-labelledby="embed-heading" onClick={(event) => event.stopPropagation()}>
        <h2 id="embed-heading">Embed this explainer</h2>
        <p>
          Paste this into a page. It opens on the current scenario and step; with <code>embed.js</code> the frame takes
          its content’s height, and without it the frame keeps the height you set.
        </p>
        <div className="embed-options">
          <label>
            Width
            <select value={width} onChange={(event) => setWidth(event.target.value)}>
              <option value="100%">Full column (100%)</option>
              <option value="800">800 px</option>
              <option value="640">640 px</option>
              <option value="400">400 px</option>
            </select>
          </label>
          <label>
            Height
            <input type="number" min={320} max={4000} step={10} value={height} onChange={(event) => setHeight(Math.min(4000, Math.max(320, Number(event.target.value) || height)))} />
          </label>
          <label>
            Theme
            <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
              {THEMES.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
          <label>
            Controls
            <select value={controls} onChange={(event) => setControls(event.target.value as ControlsLevel)}>
              <option value="none">None: the picture and the step ({EMBED_HEIGHTS.none} px)</option>
              <option value="minimal">Minimal: the story with Back and Next ({EMBED_HEIGHTS.minimal} px)</option>
              <option value="full">Full: everything</option>
            </select>
          </label>
        </div>
        <CopyField label="Embed code" text={embedSnippet({ width, height, theme, controls })} multiline />
        <button type="button" ref={closeRef} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

/** Share tools for the full page: copy a link to this exact state, or get code to embed it. */
export function ShareTools() {
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const embedded = useStore(selectEmbedded);
  if (embedded) return null;
  return (
    <div className="share-tools" role="group" aria-label="Share">
      <button type="button" onClick={() => setLink(link === null ? fullVersionUrl() : null)} aria-expanded={link !== null}>
        {SHARE_BUTTONS.copyLink}
      </button>
      <button type="button" onClick={() => setOpen(true)}>
        {SHARE_BUTTONS.embed}
      </button>
      {link !== null ? <CopyField label="Link to this exact state" text={link} /> : null}
      {open ? <EmbedDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
