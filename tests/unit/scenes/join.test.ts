import { select } from 'd3-selection';
import { afterEach, describe, expect, it } from 'vitest';
import { joinById, sameData, type JoinLayer, type JoinSpec, type Nodes } from '../../../src/scenes/join.ts';
import type { TrackedTransition } from '../../../src/scenes/motion.ts';

const SVG = 'http://www.w3.org/2000/svg';

interface Dot {
  readonly id: string;
  readonly x: number;
}

let svg: SVGSVGElement | null = null;
afterEach(() => {
  svg?.remove();
  svg = null;
});

function layer(): JoinLayer {
  svg = document.createElementNS(SVG, 'svg');
  const g = document.createElementNS(SVG, 'g');
  svg.append(g);
  document.body.append(svg);
  return select(g) as JoinLayer;
}

/** A join of dots, counting how often it compares a node with its datum. */
function dotSpec(counts = { same: 0 }): JoinSpec<SVGRectElement, Dot> {
  return {
    tag: 'rect',
    className: 'dot',
    key: (d) => d.id,
    build: (enter) => enter.attr('data-id', (d) => d.id),
    place: (target) => (target as Nodes<SVGRectElement, Dot>).attr('x', (d) => d.x),
    same: (a, b) => {
      counts.same += 1;
      return a.x === b.x;
    },
    glide: true,
    leave: (exit, duration) => exit.transition('exit').duration(duration).attr('opacity', 0),
  };
}

const dots = (n: number, shift = 0): Dot[] => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, x: i + shift }));
const drawnIds = (root: JoinLayer) => [...root.node()!.querySelectorAll('rect.dot')].map((el) => el.getAttribute('data-id'));

describe('joinById', () => {
  it('adds one node for one new datum and touches no other', () => {
    const root = layer();
    const spec = dotSpec();
    joinById(root, dots(200), spec, { duration: 0, transitions: [] });
    const touched = new Set<string | null>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') touched.add((record.target as Element).getAttribute('data-id'));
        for (const added of record.addedNodes) touched.add((added as Element).getAttribute('data-id'));
      }
    });
    observer.observe(root.node()!, { subtree: true, attributes: true, childList: true });
    joinById(root, [...dots(200), { id: 'new', x: 999 }], spec, { duration: 0, transitions: [] });
    for (const record of observer.takeRecords()) {
      if (record.type === 'attributes') touched.add((record.target as Element).getAttribute('data-id'));
      for (const added of record.addedNodes) touched.add((added as Element).getAttribute('data-id'));
    }
    observer.disconnect();
    expect([...touched]).toEqual(['new']);
    expect(drawnIds(root)).toHaveLength(201);
  });

  it('without a comparison of its own, rewrites only the nodes whose data changed, field by field', () => {
    const root = layer();
    // A callout-like datum, made afresh by every layout: equal in value, never the same object.
    const plate = (key: string, x: number) => ({ key, plate: { x, y: 4, width: 30, height: 12 }, words: [key, 'label'] });
    const spec: JoinSpec<SVGRectElement, ReturnType<typeof plate>> = {
      tag: 'rect',
      className: 'plate',
      key: (d) => d.key,
      build: (enter) => enter.attr('data-id', (d) => d.key),
      place: (target) => (target as Nodes<SVGRectElement, ReturnType<typeof plate>>).attr('x', (d) => d.plate.x),
    };
    joinById(root, [plate('a', 1), plate('b', 2)], spec, { duration: 0, transitions: [] });
    const observer = new MutationObserver(() => undefined);
    observer.observe(root.node()!, { subtree: true, attributes: true, childList: true });
    joinById(root, [plate('a', 1), plate('b', 5)], spec, { duration: 0, transitions: [] });
    const touched = observer.takeRecords().map((record) => (record.target as Element).getAttribute('data-id'));
    observer.disconnect();
    expect(touched).toEqual(['b']);
    expect(root.node()!.querySelector('[data-id="b"]')!.getAttribute('x')).toBe('5');
  });

  it('compares data as values: equal numbers, strings, arrays and plain objects', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it('compares each standing node once per update: linear in the number of nodes', () => {
    const root = layer();
    const counts = { same: 0 };
    const spec = dotSpec(counts);
    joinById(root, dots(1000), spec, { duration: 0, transitions: [] });
    expect(counts.same).toBe(0);
    joinById(root, dots(1000), spec, { duration: 0, transitions: [] });
    expect(counts.same).toBe(1000);
  });

  it('at duration 0 sets the end state at once, with no transition, and removes what left', () => {
    const root = layer();
    const spec = dotSpec();
    const transitions: TrackedTransition[] = [];
    joinById(root, dots(3), spec, { duration: 0, transitions });
    joinById(root, dots(2, 10), spec, { duration: 0, transitions });
    expect(transitions).toEqual([]);
    expect(drawnIds(root)).toEqual(['d0', 'd1']);
    expect([...root.node()!.querySelectorAll('rect.dot')].map((el) => el.getAttribute('x'))).toEqual(['10', '11']);
    expect(root.node()!.querySelector('[data-leaving]')).toBeNull();
  });

  it('with motion, marks a leaving node, and brings the same node back when its datum returns', () => {
    const root = layer();
    const spec = dotSpec();
    const transitions: TrackedTransition[] = [];
    joinById(root, dots(3), spec, { duration: 0, transitions });
    const leaving = root.node()!.querySelector('[data-id="d2"]');
    joinById(root, dots(2), spec, { duration: 500, transitions });
    expect(leaving!.getAttribute('data-leaving')).toBe('true');
    expect(transitions).toHaveLength(1);
    joinById(root, dots(3), spec, { duration: 0, transitions: [] });
    const back = root.node()!.querySelector('[data-id="d2"]');
    expect(back).toBe(leaving);
    expect(back!.hasAttribute('data-leaving')).toBe(false);
    expect(back!.hasAttribute('opacity')).toBe(false);
  });

  it('writes every node again when motion was switched off mid-animation', () => {
    const root = layer();
    const counts = { same: 0 };
    const spec = dotSpec(counts);
    joinById(root, dots(5), spec, { duration: 0, transitions: [] });
    for (const el of root.node()!.querySelectorAll('rect.dot')) el.setAttribute('x', 'stale');
    joinById(root, dots(5), spec, { duration: 0, force: true, transitions: [] });
    expect(counts.same).toBe(0);
    expect([...root.node()!.querySelectorAll('rect.dot')].map((el) => el.getAttribute('x'))).toEqual(['0', '1', '2', '3', '4']);
  });

  it('keeps the nodes in data order', () => {
    const root = layer();
    const spec = dotSpec();
    joinById(root, dots(3), spec, { duration: 0, transitions: [] });
    joinById(root, [{ id: 'd2', x: 2 }, { id: 'd0', x: 0 }, { id: 'new', x: 5 }], spec, { duration: 0, transitions: [] });
    expect(drawnIds(root)).toEqual(['d2', 'd0', 'new']);
  });
});
