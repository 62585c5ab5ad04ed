import { describe, expect, it } from 'vitest';
import { inlineStyles, portable } from '../../../src/export/styles.ts';
import { withPageStyles, buildingSvg, streetSvg } from './pictureFixtures.ts';

/** A scene on the page, and a deep copy of it with the page's styles written onto it. */
function inlined(scene: SVGSVGElement): SVGSVGElement {
  document.body.append(scene);
  const copy = scene.cloneNode(true) as SVGSVGElement;
  inlineStyles(scene, copy);
  return copy;
}

describe('a scene’s copy carries the styles the page gave it', () => {
  withPageStyles();

  it('as presentation attributes: fills, strokes, dashes and fonts from the stylesheet', () => {
    const copy = inlined(streetSvg());
    const walls = copy.querySelector('.house-walls')!;
    expect(walls.getAttribute('fill')).toBe('rgb(200, 120, 60)');
    expect(walls.getAttribute('stroke')).toBe('rgb(60, 30, 10)');
    expect(walls.getAttribute('stroke-width')).toBe('2px');
    expect(walls.getAttribute('stroke-dasharray')).toBe('4 2');
    const label = copy.querySelector('.house-label')!;
    expect(label.getAttribute('font-size')).toBe('11px');
    // Single quotes: a font list inside a double-quoted attribute must not end it.
    expect(label.getAttribute('font-family')).toBe("'Atkinson Hyperlegible', sans-serif");
    // Never a style attribute: the page's Content-Security-Policy would block it.
    expect(copy.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('with what inherits written once, where it changes, so the file stays small', () => {
    const copy = inlined(streetSvg());
    const [first, second] = copy.querySelectorAll('g[data-kind="vm"]');
    expect(copy.getAttribute('fill')).toBe('rgb(0, 0, 0)');
    // The houses' groups paint as the svg does: they say nothing; their walls say what differs.
    expect(first!.hasAttribute('fill')).toBe(false);
    expect(first!.querySelector('.house-walls')!.hasAttribute('fill')).toBe(true);
    expect(second!.getAttribute('opacity')).toBe('0.5');
    expect(first!.hasAttribute('opacity')).toBe(false);
  });

  it('keeps hidden parts hidden and pattern fills pointing inside the file', () => {
    const copy = inlined(buildingSvg());
    expect(copy.querySelector('.hidden')!.getAttribute('display')).toBe('none');
    expect(copy.querySelector('.unit-body')!.getAttribute('fill')).toBe('url(#stripes)');
  });

  it('leaves the scene on the page as it was', () => {
    const scene = streetSvg();
    const before = scene.outerHTML;
    inlined(scene);
    expect(scene.outerHTML).toBe(before);
  });

  it('writes no styles on what is never painted', () => {
    const scene = streetSvg();
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = 'A street';
    scene.prepend(title);
    expect(inlined(scene).querySelector('title')!.attributes).toHaveLength(0);
  });
});

describe('a computed value made portable', () => {
  it('points a reference at the file itself rather than the page’s address', () => {
    expect(portable('url("http://localhost:5173/houses/?step=3#stripes-2")')).toBe('url(#stripes-2)');
    expect(portable(' url(#dots) ')).toBe('url(#dots)');
  });

  it('leaves plain values as they are', () => {
    expect(portable('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(portable('"Atkinson Hyperlegible", system-ui')).toBe("'Atkinson Hyperlegible', system-ui");
  });
});
