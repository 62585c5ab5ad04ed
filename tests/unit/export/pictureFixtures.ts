/*
 * Small hand-made scenes for the picture tests: two svgs like the page's (class "scene", a viewBox, a summary as
 * accessible name, houses and apartments inside), drawn with a stylesheet of the page's kind, in a container.
 */

import { afterEach, beforeEach } from 'vitest';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The page's look in a few rules: the picture must carry these without the stylesheet. */
export const PAGE_STYLES = `
  html { background-color: rgb(20, 24, 32); color: rgb(230, 232, 236); --ink-soft: #aab0ba; font-family: Georgia, serif; }
  .house-walls { fill: rgb(200, 120, 60); stroke: rgb(60, 30, 10); stroke-width: 2px; stroke-dasharray: 4 2; }
  .house-label { font-family: "Atkinson Hyperlegible", sans-serif; font-size: 11px; }
  .unit-body { fill: url(#stripes); }
  .leaving { opacity: 0.5; }
  .hidden { display: none; }
`;

/** Adds the page's stylesheet to `doc`; returns it so a test can take it away again. */
export function addPageStyles(doc: Document = document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = PAGE_STYLES;
  doc.head.append(style);
  return style;
}

/** For a describe block: the page's stylesheet before each test, and an empty page after it. */
export function withPageStyles(): void {
  let styles: HTMLStyleElement | null = null;
  beforeEach(() => {
    styles = addPageStyles();
  });
  afterEach(() => {
    styles?.remove();
    document.body.replaceChildren();
  });
}

function svg(doc: Document, name: string, attributes: Record<string, string>, children: Element[] = []): SVGElement {
  const element = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** A street of two houses, 300 × 200. */
export function streetSvg(doc: Document = document): SVGSVGElement {
  const house = (id: string, x: number, label: string, extra = '') =>
    svg(doc, 'g', { 'data-kind': 'vm', 'data-workload-id': id, class: extra, transform: `translate(${x} 40)` }, [
      svg(doc, 'rect', { class: 'house-walls', width: '100', height: '80' }),
      Object.assign(svg(doc, 'text', { class: 'house-label', y: '96' }), { textContent: label }),
    ]);
  return svg(doc, 'svg', { class: 'scene', viewBox: '0 0 300 200', 'aria-label': 'Street of houses: 2 houses, each with its own guest OS.', 'data-settled': 'true' }, [
    svg(doc, 'g', {}, [house('w1', 20, 'web 1'), house('w2', 160, 'database 1', 'leaving')]),
  ]) as SVGSVGElement;
}

/** A building of one apartment, 250 × 180, filled with a pattern of its own. */
export function buildingSvg(doc: Document = document): SVGSVGElement {
  return svg(doc, 'svg', { class: 'scene', viewBox: '0 0 250 180', 'aria-label': 'Apartment building: 2 apartments sharing one kernel.', 'data-settled': 'true' }, [
    svg(doc, 'defs', {}, [svg(doc, 'pattern', { id: 'stripes', width: '4', height: '4', patternUnits: 'userSpaceOnUse' })]),
    svg(doc, 'g', { 'data-kind': 'container', 'data-workload-id': 'w1' }, [svg(doc, 'rect', { class: 'unit-body', width: '60', height: '30' })]),
    svg(doc, 'g', { class: 'hidden' }, [svg(doc, 'rect', { width: '5', height: '5' })]),
  ]) as SVGSVGElement;
}

/** A container holding the street then the building, as the page shows them, attached to `doc`'s body. */
export function sceneContainer(doc: Document = document): HTMLElement {
  const container = doc.createElement('section');
  const figure = (scene: SVGSVGElement) => {
    const element = doc.createElement('figure');
    element.append(scene);
    return element;
  };
  container.append(figure(streetSvg(doc)), figure(buildingSvg(doc)));
  doc.body.append(container);
  return container;
}

/** A saved picture read back as a file reader would: parsed on its own, with its texts by part. */
export function readPicture(svgText: string) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const texts = (part: string) => Array.from(doc.querySelectorAll(`[data-part="${part}"]`), (group) =>
    Array.from(group.querySelectorAll('text'), (line) => line.textContent ?? '').join(' '));
  return {
    doc,
    root,
    parseError: doc.getElementsByTagName('parsererror').length > 0,
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    viewBox: root.getAttribute('viewBox'),
    accessibleName: doc.getElementById(root.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    title: texts('title').join(' '),
    captions: texts('caption'),
    footnote: texts('note'),
    scenes: Array.from(doc.querySelectorAll('svg[data-part="scene"]')),
    background: doc.querySelector('[data-part="background"]')?.getAttribute('fill') ?? '',
  };
}
