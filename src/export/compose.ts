import type { Host } from '../model/index.ts';
// The picture wraps its words by the same measure the scenes' labels are fitted with.
import { wrapText } from '../layout/text.ts';
import { pictureFootnote } from './footnote.ts';
import { inlineStyles, pageColours } from './styles.ts';

/*
 * The picture as one standalone <svg>: a title, each scene's summary as its caption, the scenes side by side (copies,
 * each carrying the styles the page computed for it), and the assumptions as a footnote.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The picture's title, at its top and as its accessible name. */
export const PICTURE_TITLE = 'Houses & Apartments: the same workloads as virtual machines and as containers';

const PAD = 20;
const COLUMN_GAP = 24;
/** The narrowest the text column gets, so a single narrow scene still leaves the title room. */
const MIN_CONTENT_WIDTH = 420;
/** The narrowest a caption wraps to, so a slim scene's summary is not one word a line. */
const MIN_CAPTION_WIDTH = 160;
const TITLE_SIZE = 20;
const TITLE_LINE = 26;
const CAPTION_SIZE = 14;
const CAPTION_LINE = 19;
const NOTE_SIZE = 12;
const NOTE_LINE = 16;
/** Room beneath the scenes: house labels sit just under their lot. */
const SCENE_BOTTOM_ROOM = 16;

/** The picture before it is written out: its root element and its size in SVG units. */
export interface ComposedPicture {
  readonly root: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

/** The scene svgs inside `container`, in the order shown (the street, then the building); none without a container. */
export function scenesIn(container: ParentNode | null): SVGSVGElement[] {
  return container ? Array.from(container.querySelectorAll<SVGSVGElement>('svg.scene')) : [];
}

function svgElement(doc: Document, name: string, attributes: Record<string, string | number> = {}): SVGElement {
  const element = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

interface TextStyle {
  readonly size: number;
  readonly lineHeight: number;
  readonly weight: number;
  readonly fill: string;
  readonly font: string;
  readonly part: string;
}

/** Lines of text, one `<text>` each, from a top edge: the first baseline sits one font size down. */
function textBlock(doc: Document, lines: readonly string[], x: number, top: number, style: TextStyle): SVGElement {
  const group = svgElement(doc, 'g', {
    'data-part': style.part,
    fill: style.fill,
    stroke: 'none',
    'font-family': style.font,
    'font-size': `${style.size}px`,
    'font-weight': style.weight,
  });
  lines.forEach((line, index) => {
    const text = svgElement(doc, 'text', { x, y: top + style.size + index * style.lineHeight });
    text.textContent = line;
    group.append(text);
  });
  return group;
}

/** A scene's size in its own units: its viewBox, or the box it fills on the page when it has none. */
function readSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

/** A copy of a scene placed at (x, y) in the picture, carrying its computed styles. */
function placedScene(svg: SVGSVGElement, x: number, y: number, size: { width: number; height: number }): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  // The page's sizing (CSS class, stretch to fit) means nothing in the file: the copy keeps its own units.
  for (const attribute of ['width', 'height', 'class', 'preserveAspectRatio']) clone.removeAttribute(attribute);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  clone.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  clone.setAttribute('overflow', 'visible');
  clone.setAttribute('data-part', 'scene');
  return clone;
}

/**
 * The scenes (in the order given) side by side as one standalone SVG, with the title, each scene's summary (its
 * `aria-label`) as its caption and the assumptions of `host` as a footnote, in the colours of the scenes' page.
 * Throws when there is no scene.
 */
export function composePicture(scenes: readonly SVGSVGElement[], host: Host): ComposedPicture {
  if (scenes.length === 0) throw new Error('There is no picture on the page to save.');
  const doc = scenes[0]!.ownerDocument;
  const colours = pageColours(doc);
  const sizes = scenes.map(readSize);
  const text = (part: string, size: number, lineHeight: number, weight: number, fill: string): TextStyle =>
    ({ part, size, lineHeight, weight, fill, font: colours.font });

  const scenesWidth = sizes.reduce((sum, size) => sum + size.width, 0) + COLUMN_GAP * (scenes.length - 1);
  const contentWidth = Math.ceil(Math.max(scenesWidth, MIN_CONTENT_WIDTH));
  const width = contentWidth + 2 * PAD;

  const root = svgElement(doc, 'svg', { version: '1.1' }) as SVGSVGElement;
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
  root.append(textBlock(doc, titleLines, PAD, y, text('title', TITLE_SIZE, TITLE_LINE, 700, colours.ink)));
  y += titleLines.length * TITLE_LINE + 6;

  const columnX: number[] = [];
  let x = PAD;
  for (const size of sizes) {
    columnX.push(x);
    x += size.width + COLUMN_GAP;
  }
  // Each scene's own summary (its accessible name) is its caption, wrapped to its column; the scenes start together
  // beneath the longest.
  const captions = scenes.map((svg, index) =>
    wrapText(svg.getAttribute('aria-label') ?? '', Math.max(sizes[index]!.width, MIN_CAPTION_WIDTH), CAPTION_SIZE));
  captions.forEach((lines, index) => {
    root.append(textBlock(doc, lines, columnX[index]!, y, text('caption', CAPTION_SIZE, CAPTION_LINE, 600, colours.inkSoft)));
  });
  y += Math.max(...captions.map((lines) => lines.length)) * CAPTION_LINE + 10;

  const scenesTop = y;
  scenes.forEach((svg, index) => root.append(placedScene(svg, columnX[index]!, scenesTop, sizes[index]!)));
  y = scenesTop + Math.max(...sizes.map((size) => size.height)) + SCENE_BOTTOM_ROOM;

  const footnote = svgElement(doc, 'g', { 'data-part': 'footnote' });
  for (const paragraph of pictureFootnote(host)) {
    const lines = wrapText(paragraph, contentWidth, NOTE_SIZE);
    footnote.append(textBlock(doc, lines, PAD, y, text('note', NOTE_SIZE, NOTE_LINE, 400, colours.inkSoft)));
    y += lines.length * NOTE_LINE + 4;
  }
  root.append(footnote);
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { root, width, height };
}
