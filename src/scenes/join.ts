import { selectAll, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { interruptAll, type TrackedTransition } from './motion.ts';

/** The layer of a scene that a join draws into. */
export type JoinLayer = Selection<SVGGElement, unknown, null, undefined>;
/** The nodes of one join, each bound to its datum. */
export type Nodes<E extends Element, D> = Selection<E, D, SVGGElement, unknown>;
/** The same nodes, moving. */
export type Moving<E extends Element, D> = Transition<E, D, SVGGElement, unknown>;

/** How one kind of node is drawn: what it is, how it is keyed, and what to write when. */
export interface JoinSpec<E extends Element, D> {
  /** The element each datum is drawn as, and its classes (which `place` may add to): together they select this join's nodes. */
  readonly tag: 'g' | 'rect' | 'path' | 'text';
  readonly className: string;
  /** Stable identity: a workload id, a layer id, a floor's index. */
  readonly key: (d: D, index: number) => string;
  /** Children and fixed attributes, written once, when a node enters. */
  readonly build?: (enter: Nodes<E, D>) => void;
  /** Geometry: written when a node enters, and whenever its datum changed (on a transition, with `glide`). */
  readonly place: (target: Nodes<E, D> | Moving<E, D>) => void;
  /**
   * Where a node stands (its `transform`), when `place` leaves that out: with `glide`, only this moves on the
   * transition and `place` is written at once. A house that glides then tweens one attribute, not fourteen.
   */
  readonly at?: (target: Nodes<E, D> | Moving<E, D>) => void;
  /** Words and names: written directly when a node enters and whenever its datum changed. */
  readonly name?: (nodes: Nodes<E, D>) => void;
  /**
   * Whether a node drawn from `before` already shows `after`, so that an update touches only the nodes whose datum
   * changed (adding one house leaves the other thousand alone). Without it, the two data are compared field by field
   * (`sameData`): the ground, the callouts and the core are rewritten only when layout moved them.
   */
  readonly same?: (before: D, after: D) => boolean;
  /** Whether a changed node moves to its new place smoothly, when there is motion; otherwise it jumps there. */
  readonly glide?: boolean;
  /** With motion: how entering nodes appear. Their transitions are added to `transitions`. */
  readonly arrive?: (enter: Nodes<E, D>, duration: number, transitions: TrackedTransition[]) => void;
  /**
   * With motion: how a node leaves, as the transition it leaves on; it is marked `data-leaving` until that ends and
   * removes it. Without it, nodes leave at once.
   */
  readonly leave?: (exit: Nodes<E, D>, duration: number) => Moving<E, D>;
}

/** The motion switch for one update: at duration 0 every node is set to its end state directly. */
export interface JoinMotion {
  readonly duration: number;
  /** Motion was switched off mid-animation: every node is written again, wherever it was left. */
  readonly force?: boolean;
  /** The update's transitions, for the settle tracker. */
  readonly transitions: TrackedTransition[];
}

/** The datum each node was last drawn from. A node belongs to one join, so one map serves all. */
const drawnFrom = new WeakMap<Element, unknown>();

/** Each layer's nodes by join (`tag.class`) and key: an update finds a datum's node without asking the DOM. */
const nodesByKey = new WeakMap<Element, Map<string, Map<string, Element>>>();

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The datum d3 reads from a node (`__data__`): set here as d3's own join would set it. */
type Bound = Element & { __data__?: unknown };

/**
 * The nodes of one join in one layer, by key. Every node of a join is made by it, so the map starts empty with the
 * layer; a node removed behind the join's back (a finished exit, a destroyed scene) is found out by its parent.
 */
function nodesOf(layer: Element, drawnAs: string): Map<string, Element> {
  let joins = nodesByKey.get(layer);
  if (!joins) nodesByKey.set(layer, (joins = new Map()));
  let nodes = joins.get(drawnAs);
  if (!nodes) joins.set(drawnAs, (nodes = new Map()));
  return nodes;
}

/** A selection of the given nodes, typed as a join's nodes (d3 reads each one's datum from the node). */
function selectionOf<E extends Element, D>(nodes: readonly Element[]): Nodes<E, D> {
  return selectAll(nodes as E[]) as unknown as Nodes<E, D>;
}

/** Puts the standing nodes in data order, moving only those out of it (an entered node, a reordered datum). */
function putInOrder(layer: Element, standing: readonly Element[]): void {
  let next: Element | null = null;
  for (let i = standing.length - 1; i >= 0; i -= 1) {
    const node = standing[i]!;
    if (next && node.nextElementSibling !== next && !(node.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      layer.insertBefore(node, next);
    }
    next = node;
  }
}

/**
 * Draws `data` into `layer` as one node per key: enter, update and exit, explicitly. New nodes are built and placed;
 * existing ones are written only when their datum changed; gone ones leave (on a transition, with motion). Linear in
 * the number of nodes, and without a query of the DOM: each layer keeps its nodes by key, so that adding one house
 * to a thousand finds the thousand in a map rather than by selecting and keying them all again.
 */
export function joinById<E extends Element, D>(layer: JoinLayer, data: readonly D[], spec: JoinSpec<E, D>, motion: JoinMotion): void {
  const { duration, transitions } = motion;
  const parent = layer.node();
  if (!parent) return;
  const drawnAs = `${spec.tag}.${spec.className.split(' ').join('.')}`;
  const byKey = nodesOf(parent, drawnAs);
  const same = spec.same ?? sameData;
  const standing: Element[] = [];
  const entered: Element[] = [];
  const changed: Element[] = [];
  const back: Element[] = [];
  const keys = new Set<string>();
  data.forEach((d, index) => {
    const key = spec.key(d, index);
    keys.add(key);
    let node = byKey.get(key) as Bound | undefined;
    // A node removed behind the join's back (a finished exit, a scene destroyed) is drawn again.
    if (node && node.parentNode !== parent) node = undefined;
    if (!node) {
      node = document.createElementNS(SVG_NS, spec.tag) as Bound;
      node.setAttribute('class', spec.className);
      node.__data__ = d;
      parent.appendChild(node);
      byKey.set(key, node);
      entered.push(node);
    } else {
      const before = drawnFrom.get(node) as D | undefined;
      node.__data__ = d;
      const returning = node.hasAttribute('data-leaving');
      if (returning) back.push(node);
      if (motion.force || returning || before === undefined || !same(before, d)) changed.push(node);
    }
    standing.push(node);
  });

  // Nodes that were leaving and whose datum came back (an undo mid-animation): rebuilt where they belong.
  if (back.length > 0) {
    const returning = selectionOf<E, D>(back);
    interruptAll(returning);
    returning.attr('data-leaving', null).attr('opacity', null).selectAll('.stage').attr('opacity', null);
  }

  if (entered.length > 0) {
    const nodes = selectionOf<E, D>(entered);
    spec.build?.(nodes);
    spec.place(nodes);
    spec.at?.(nodes);
    spec.name?.(nodes);
    remember(nodes);
    if (duration > 0) spec.arrive?.(nodes, duration, transitions);
  }

  if (changed.length > 0) {
    const nodes = selectionOf<E, D>(changed);
    spec.name?.(nodes);
    if (spec.glide && duration > 0) {
      const move = nodes.transition('move').duration(duration);
      if (spec.at) {
        spec.place(nodes);
        spec.at(move);
      } else {
        spec.place(move);
      }
      transitions.push(move);
    } else {
      spec.place(nodes);
      spec.at?.(nodes);
    }
    remember(nodes);
  }

  // Gone: nodes whose key is not in the data. One already leaving goes on leaving; it is not started again.
  const gone: Element[] = [];
  const goneKeys: string[] = [];
  for (const [key, node] of byKey) {
    if (keys.has(key)) continue;
    if (node.parentNode !== parent) byKey.delete(key);
    else if (duration === 0 || !node.hasAttribute('data-leaving')) {
      gone.push(node);
      goneKeys.push(key);
    }
  }
  if (gone.length > 0) {
    const exit = selectionOf<E, D>(gone);
    interruptAll(exit);
    if (!spec.leave || duration === 0) {
      exit.remove();
      for (const key of goneKeys) byKey.delete(key);
    } else {
      exit.attr('data-leaving', 'true');
      transitions.push(spec.leave(exit, duration).remove());
    }
  }

  putInOrder(parent, standing);
}

/**
 * Whether two data that layout made are the same: numbers, strings and booleans equal, arrays and plain objects equal
 * in every field. Layout makes new objects on every update, so identity alone would say every node changed, and
 * writing an attribute again, even to its old value, makes Chromium restyle and lay out that part anew.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function remember<E extends Element, D>(nodes: Nodes<E, D>): void {
  nodes.each(function (d) {
    drawnFrom.set(this, d);
  });
}
