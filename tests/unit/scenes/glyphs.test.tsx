import { render } from '@testing-library/react';
import { select } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import { personPath, roomDividersPath, PATTERNS } from '../../../src/scenes/glyphs.ts';
import { appendPatterns } from '../../../src/scenes/patterns.ts';
import { BuildingLegend, StreetLegend } from '../../../src/ui/Legend.tsx';

const SVG = 'http://www.w3.org/2000/svg';

/** A pattern's markup without its id, which is unique to each drawing. */
const withoutId = (pattern: Element) => {
  const copy = pattern.cloneNode(true) as Element;
  copy.removeAttribute('id');
  return copy.outerHTML;
};

describe('glyphs and patterns', () => {
  it('the scenes and the legend draw the same patterns, from one description', () => {
    const defs = document.createElementNS(SVG, 'defs');
    const ids = appendPatterns(select(defs), 'street');
    const scene = [...defs.querySelectorAll('pattern')];
    expect(scene.map((pattern) => pattern.id)).toEqual(PATTERNS.map((spec) => ids[spec.name]));
    for (const Legend of [StreetLegend, BuildingLegend]) {
      const { container, unmount } = render(<Legend />);
      const legend = [...container.querySelectorAll('pattern')];
      expect(legend.map(withoutId)).toEqual(scene.map(withoutId));
      // Every fill the legend uses is one of its own patterns.
      const own = new Set(legend.map((pattern) => `url(#${pattern.id})`));
      for (const filled of container.querySelectorAll('[fill]')) expect(own.has(filled.getAttribute('fill')!)).toBe(true);
      unmount();
    }
  });

  it('the legend’s tenant is the scenes’ person figure', () => {
    const { container } = render(<StreetLegend />);
    const person = container.querySelector('.tenant-person')!.getAttribute('d');
    expect(person).toBe(personPath({ cx: 14, bottom: 17, r: 2.25 }));
    expect(container.querySelector('.room-dividers')!.getAttribute('d')).toBe(roomDividersPath({ x: 0, y: 0, width: 28, height: 18 }));
  });

  it('draws no person where there is no room for one, and no dividers in one room', () => {
    expect(personPath(null)).toBe('');
    expect(roomDividersPath(null)).toBe('');
    expect(roomDividersPath({ x: 0, y: 0, width: 28, height: 18 })).toBe('M7,0 V18 M14,0 V18 M21,0 V18');
  });
});
