import { useState } from 'react';
import { FACTS, formatDisk, formatMemory, GUEST_OSES, type Host } from '../model/index.ts';
import { wrapText } from '../scenes/text.ts';
import { useLessonStore } from '../store/store.ts';

/*
 * "Download picture": the scenes on the page as one standalone SVG (or a PNG of it at twice the size), with a title,
 * a caption per scene and a footnote of the assumptions, for a slide or a document. The page's stylesheet does not
 * travel with a file, so every element carries the styles the page computed for it, in the page's current theme,
 * as SVG presentation attributes: a `style` attribute would break the page's Content-Security-Policy
 * (`style-src 'self'`), and every SVG reader understands attributes.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export const PICTURE_TITLE = 'Houses & Apartments: the same workloads as virtual machines and as containers';
const SVG_FILE = 'houses-and-apartments.svg';
const PNG_FILE = 'houses-and-apartments.png';
/** The PNG is drawn at this many pixels per SVG unit, as on a high-density screen. */
export const PNG_SCALE = 2;

const PAD = 20;
const COLUMN_GAP = 24;
/** The narrowest the text column gets, so a single narrow scene still leaves the title room. */
const MIN_CONTENT_WIDTH = 420;
const TITLE_SIZE = 20;
const TITLE_LINE = 26;
const CAPTION_SIZE = 14;
const CAPTION_LINE = 19;
const NOTE_SIZE = 12;
const NOTE_LINE = 16;
/** Room beneath the scenes: house labels sit just under their lot. */
const SCENE_BOTTOM_ROOM = 16;

/** Styles children inherit: written on an element only where they differ from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;

/** Elements that are never painted: they keep no styles. */
const UNPAINTED = new Set(['title', 'desc', 'metadata', 'script', 'style']);

type StyleValues = ReadonlyMap<string, string>;

/** A computed value as a standalone file can use it: local references stay local, quotes stay single. */
function portable(value: string): string {
  return value
    .trim()
    .replace(/url\((['"]?)[^'")]*?#([^'")]+)\1\)/g, 'url(#$2)')
    .replace(/"/g, "'");
}

/**
 * Copies the computed styles of `original` (and its subtree) onto `clone`, which has the same shape, as presentation
 * attributes. An inherited style is written only where it differs from the parent's, so the file stays small.
 */
function inlineStyles(original: Element, clone: Element, parent: StyleValues | null, view: Window): void {
  if (UNPAINTED.has(original.localName)) return;
  const computed = view.getComputedStyle(original);
  const values = new Map<string, string>();
  for (const property of INHERITED) {
    const value = portable(computed.getPropertyValue(property));
    values.set(property, value);
    if (value && (parent === null || parent.get(property) !== value)) clone.setAttribute(property, value);
    else if (parent !== null) clone.removeAttribute(property);
  }
  const opacity = computed.getPropertyValue('opacity').trim();
  if (opacity && opacity !== '1') clone.setAttribute('opacity', opacity);
  else clone.removeAttribute('opacity');
  if (computed.getPropertyValue('display').trim() === 'none') clone.setAttribute('display', 'none');
  else clone.removeAttribute('display');
  const originals = original.children;
  const clones = clone.children;
  for (let i = 0; i < originals.length && i < clones.length; i += 1) {
    inlineStyles(originals[i]!, clones[i]!, values, view);
  }
}

function svgElement(doc: Document, name: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Lines of text, one `<text>` each, from a top edge: the first baseline sits one font size down. */
function textBlock(
  doc: Document,
  lines: readonly string[],
  x: number,
  top: number,
  options: { size: number; lineHeight: number; weight: number; fill: string; font: string; part: string },
): SVGElement {
  const group = svgElement(doc, 'g', {
    'data-part': options.part,
    fill: options.fill,
    stroke: 'none',
    'font-family': options.font,
    'font-size': `${options.size}px`,
    'font-weight': options.weight,
  });
  lines.forEach((line, index) => {
    const text = svgElement(doc, 'text', { x, y: top + options.size + index * options.lineHeight });
    text.textContent = line;
    group.append(text);
  });
  return group;
}

/** A source in a few words: the part before its details in brackets or after a colon. */
function briefSource(source: string): string {
  return source.split(/ \(|: /)[0]!.trim();
}

/** The footnote: the machine and guest OS the picture assumes, and where the figures come from. */
export function pictureFootnote(host: Host): string[] {
  const hardware = host.hardware;
  const guest = GUEST_OSES[host.guestOs];
  const hypervisor = host.hypervisor === 'type-1' ? 'a type-1 hypervisor on bare metal' : 'a type-2 hypervisor on a host OS';
  const changed = FACTS.filter((fact) => host.facts[fact.id] !== fact.defaultValue).length;
  const sources = [...new Set(FACTS.map((fact) => briefSource(fact.source)))];
  return [
    `Assumptions: one ${hardware.name.toLowerCase()} (${hardware.cores} cores, ${formatMemory(hardware.memoryBytes)} of memory, ` +
      `${formatDisk(hardware.diskBytes)} of disk). Each house is a virtual machine with its own ${guest.name.toLowerCase()} ` +
      `(${guest.example}) under ${hypervisor}; the apartments are containers sharing the host’s one kernel and container engine.`,
    `Figures are teaching defaults${changed > 0 ? ` (${changed} changed by the reader)` : ''}, not a benchmark; sources: ${sources.join('; ')}.`,
  ];
}

function readSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

function pageColours(doc: Document) {
  const view = doc.defaultView ?? window;
  const html = view.getComputedStyle(doc.documentElement);
  const variable = (name: string) => html.getPropertyValue(name).trim();
  const transparent = (value: string) => value === '' || value === 'transparent' || /^rgba\(.*,\s*0\)$/.test(value);
  let background = html.backgroundColor;
  if (transparent(background) && doc.body) background = view.getComputedStyle(doc.body).backgroundColor;
  if (transparent(background)) background = variable('--bg') || '#ffffff';
  const ink = html.color || variable('--ink') || '#000000';
  return {
    background,
    ink,
    inkSoft: variable('--ink-soft') || ink,
    font: portable(html.fontFamily || variable('--font') || 'sans-serif'),
  };
}

export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The scenes on the page (`svg.scene`, in the order shown: the street, then the building) side by side as one
 * standalone SVG, with the title, each scene's summary as its caption and the assumptions as a footnote.
 * Throws when the page shows no scene.
 */
export function buildPicture(doc: Document, host: Host = useLessonStore.getState().scenario.hosts.vms): Picture {
  const view = doc.defaultView ?? window;
  const scenes = Array.from(doc.querySelectorAll<SVGSVGElement>('svg.scene'));
  if (scenes.length === 0) throw new Error('There is no picture on the page to save.');
  const colours = pageColours(doc);
  const sizes = scenes.map(readSize);

  const scenesWidth = sizes.reduce((sum, size) => sum + size.width, 0) + COLUMN_GAP * (scenes.length - 1);
  const contentWidth = Math.ceil(Math.max(scenesWidth, MIN_CONTENT_WIDTH));
  const width = contentWidth + 2 * PAD;

  const root = svgElement(doc, 'svg', { version: '1.1' });
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', 'picture-title');
  const title = svgElement(doc, 'title', { id: 'picture-title' });
  title.textContent = PICTURE_TITLE;
  const background = svgElement(doc, 'rect', { x: 0, y: 0, width: '100%', height: '100%', 'data-part': 'background', fill: colours.background, stroke: 'none' });
  root.append(title, background);

  let y = PAD;
  const titleLines = wrapText(PICTURE_TITLE, contentWidth, TITLE_SIZE);
  root.append(textBlock(doc, titleLines, PAD, y, { size: TITLE_SIZE, lineHeight: TITLE_LINE, weight: 700, fill: colours.ink, font: colours.font, part: 'title' }));
  y += titleLines.length * TITLE_LINE + 6;

  // Each scene's own summary (its accessible name) is its caption, wrapped to its column.
  const columnX: number[] = [];
  let x = PAD;
  for (const size of sizes) {
    columnX.push(x);
    x += size.width + COLUMN_GAP;
  }
  const captions = scenes.map((svg, index) =>
    wrapText(svg.getAttribute('aria-label') ?? '', Math.max(sizes[index]!.width, 160), CAPTION_SIZE));
  const captionLines = Math.max(...captions.map((lines) => lines.length));
  captions.forEach((lines, index) => {
    root.append(textBlock(doc, lines, columnX[index]!, y, { size: CAPTION_SIZE, lineHeight: CAPTION_LINE, weight: 600, fill: colours.inkSoft, font: colours.font, part: 'caption' }));
  });
  y += captionLines * CAPTION_LINE + 10;

  const scenesTop = y;
  scenes.forEach((svg, index) => {
    const { width: sceneWidth, height: sceneHeight } = sizes[index]!;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone, null, view);
    for (const attribute of ['width', 'height', 'class', 'preserveAspectRatio']) clone.removeAttribute(attribute);
    clone.setAttribute('x', String(columnX[index]));
    clone.setAttribute('y', String(scenesTop));
    clone.setAttribute('width', String(sceneWidth));
    clone.setAttribute('height', String(sceneHeight));
    clone.setAttribute('viewBox', `0 0 ${sceneWidth} ${sceneHeight}`);
    clone.setAttribute('overflow', 'visible');
    clone.setAttribute('data-part', 'scene');
    root.append(clone);
  });
  y = scenesTop + Math.max(...sizes.map((size) => size.height)) + SCENE_BOTTOM_ROOM;

  const footnote = svgElement(doc, 'g', { 'data-part': 'footnote' });
  for (const paragraph of pictureFootnote(host)) {
    const lines = wrapText(paragraph, contentWidth, NOTE_SIZE);
    footnote.append(textBlock(doc, lines, PAD, y, { size: NOTE_SIZE, lineHeight: NOTE_LINE, weight: 400, fill: colours.inkSoft, font: colours.font, part: 'note' }));
    y += lines.length * NOTE_LINE + 4;
  }
  root.append(footnote);
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const xml = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}

/** The scenes on the page as one standalone SVG document (see `buildPicture`). */
export function buildPictureSvg(doc: Document, host?: Host): string {
  return buildPicture(doc, host).svg;
}

/** True when this page sits in a sandboxed frame we can see is not allowed to download. */
function downloadsForbidden(): boolean {
  try {
    // The frame element belongs to the parent's window: its own HTMLIFrameElement, so no instanceof here.
    const frame = window.frameElement as HTMLIFrameElement | null;
    if (frame?.localName === 'iframe' && frame.hasAttribute('sandbox')) return !frame.sandbox.contains('allow-downloads');
  } catch {
    // A frame of another origin hides its element: try, and say so if it fails.
  }
  return false;
}

function saveBlob(blob: Blob, fileName: string): void {
  if (downloadsForbidden()) throw new Error('Downloads are not allowed in this frame.');
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The browser has taken its copy once the download has begun; a moment later the address can go.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Draws the picture on a canvas at `PNG_SCALE` pixels per unit and encodes it as a PNG. */
async function renderPng(picture: Picture): Promise<Blob> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The picture could not be drawn.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * PNG_SCALE);
  canvas.height = Math.round(picture.height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser has no canvas to draw on.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas refused to make a PNG.'))), 'image/png');
  });
}

/** This page's address without the embedding parameters: the full version, to open in a tab of its own. */
function fullVersionHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  url.searchParams.delete('controls');
  return url.href;
}

function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** Two buttons that save the scenes as a picture file; a short note when this page may not save files. */
export function DownloadPicture() {
  const [failed, setFailed] = useState<'frame' | 'page' | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (save: () => Promise<void> | void) => {
    setBusy(true);
    try {
      await save();
      setFailed(null);
    } catch {
      setFailed(inFrame() ? 'frame' : 'page');
    } finally {
      setBusy(false);
    }
  };

  const saveSvg = () => attempt(() => {
    const picture = buildPicture(document);
    saveBlob(new Blob([picture.svg], { type: 'image/svg+xml' }), SVG_FILE);
  });
  const savePng = () => attempt(async () => {
    const picture = buildPicture(document);
    saveBlob(await renderPng(picture), PNG_FILE);
  });

  return (
    <div className="download-picture" role="group" aria-label="Download picture">
      <button type="button" onClick={() => void saveSvg()} disabled={busy}>
        Download picture as SVG
      </button>
      <button type="button" onClick={() => void savePng()} disabled={busy}>
        Download picture as PNG (2×)
      </button>
      {failed ? (
        <p role="status" className="download-problem">
          The picture could not be saved here.{' '}
          {failed === 'frame' ? (
            <>
              <a href={fullVersionHref()} target="_blank" rel="noopener noreferrer">
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
