/*
 * The page's stylesheet does not travel with a file, so every element of a saved scene carries the styles the page
 * computed for it, in the page's current theme, as SVG presentation attributes: a `style` attribute would break the
 * page's Content-Security-Policy (`style-src 'self'`), and every SVG reader understands attributes.
 */

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
export function portable(value: string): string {
  return value
    .trim()
    // A browser resolves `url(#stripes)` against the page's address; in a file of its own only the fragment works.
    .replace(/url\((['"]?)[^'")]*?#([^'")]+)\1\)/g, 'url(#$2)')
    // Single quotes, so a font list never closes the attribute it is written into.
    .replace(/"/g, "'");
}

/** The window whose stylesheets an element is drawn with; a document without one has no computed styles to copy. */
function viewOf(element: Element): Window {
  const view = element.ownerDocument.defaultView;
  if (!view) throw new Error('This element is in no window, so it has no computed styles.');
  return view;
}

function copyStyles(original: Element, clone: Element, parent: StyleValues | null, view: Window): void {
  if (UNPAINTED.has(original.localName)) return;
  const computed = view.getComputedStyle(original);
  const values = new Map<string, string>();
  for (const property of INHERITED) {
    const value = portable(computed.getPropertyValue(property));
    values.set(property, value);
    if (value && (parent === null || parent.get(property) !== value)) clone.setAttribute(property, value);
    // Beneath the root, an attribute the parent already implies would only repeat it.
    else if (parent !== null) clone.removeAttribute(property);
  }
  // Opacity and display do not inherit: each element says its own, and only when it is not the default.
  const opacity = computed.getPropertyValue('opacity').trim();
  if (opacity && opacity !== '1') clone.setAttribute('opacity', opacity);
  else clone.removeAttribute('opacity');
  if (computed.getPropertyValue('display').trim() === 'none') clone.setAttribute('display', 'none');
  else clone.removeAttribute('display');
  const originals = original.children;
  const clones = clone.children;
  for (let i = 0; i < originals.length && i < clones.length; i += 1) {
    copyStyles(originals[i]!, clones[i]!, values, view);
  }
}

/**
 * Copies the computed styles of `original` (and its subtree) onto `clone`, a deep clone of it, as presentation
 * attributes. An inherited style is written only where it differs from the parent's, so the file stays small.
 */
export function inlineStyles(original: Element, clone: Element): void {
  copyStyles(original, clone, null, viewOf(original));
}

/** The colours and font of the page around the scenes, in its current theme. */
export interface PageColours {
  readonly background: string;
  readonly ink: string;
  readonly inkSoft: string;
  readonly font: string;
}

/** What the page is painted with: its background (or the body's, or the theme's), its ink, its soft ink and its font. */
export function pageColours(doc: Document): PageColours {
  const view = viewOf(doc.documentElement);
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
