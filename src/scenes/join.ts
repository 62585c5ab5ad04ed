import type { Selection } from 'd3-selection';
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
  /** Words and names: written directly when a node enters and whenever its datum changed. */
  readonly name?: (nodes: Nodes<E, D>) => void;
  /**
   * Whether a node drawn from `before` already shows `after`. With it, an update touches only the nodes whose datum
   * changed (adding one house leaves the other thousand alone); without it, every node is written on every update.
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

/** The datum each node was last drawn from, for joins with `same`. A node belongs to one join, so one map serves all. */
const drawnFrom = new WeakMap<Element, unknown>();

function remember<E extends Element, D>(nodes: Nodes<E, D>): void {
  nodes.each(function (d) {
    drawnFrom.set(this, d);
  });
}

/** Nodes that were leaving and whose datum came back (an undo mid-animation): rebuilt where they belong. */
function bringBack<E extends Element, D>(existing: Nodes<E, D>): Set<Element> {
  const returning = existing.filter(function () {
    return this.hasAttribute('data-leaving');
  });
  const back = new Set<Element>(returning.nodes());
  if (back.size > 0) {
    interruptAll(returning);
    returning.attr('data-leaving', null).attr('opacity', null).selectAll('.stage').attr('opacity', null);
  }
  return back;
}

/**
 * Draws `data` into `layer` as one node per key: enter, update and exit, explicitly. New nodes are built and placed;
 * existing ones are written only when their datum changed; gone ones leave (on a transition, with motion). Linear in
 * the number of nodes. Returns the standing nodes, entered and updated, in data order.
 */
export function joinById<E extends Element, D>(layer: JoinLayer, data: readonly D[], spec: JoinSpec<E, D>, motion: JoinMotion): Nodes<E, D> {
  const { duration, transitions } = motion;
  const drawnAs = `${spec.tag}.${spec.className.split(' ').join('.')}`;
  return layer.selectAll<E, D>(drawnAs).data(data, (d, i) => spec.key(d, i)).join(
    (enter) => {
      const nodes = enter.append<E>(spec.tag).attr('class', spec.className);
      spec.build?.(nodes);
      spec.place(nodes);
      spec.name?.(nodes);
      if (spec.same) remember(nodes);
      if (duration > 0) spec.arrive?.(nodes, duration, transitions);
      return nodes;
    },
    (existing) => {
      const back = bringBack(existing);
      const { same } = spec;
      const changed = same && !motion.force
        ? existing.filter(function (d) {
          const before = drawnFrom.get(this) as D | undefined;
          return before === undefined || back.has(this) || !same(before, d);
        })
        : existing;
      spec.name?.(changed);
      if (spec.glide && duration > 0 && !changed.empty()) {
        const move = changed.transition('move').duration(duration);
        spec.place(move);
        transitions.push(move);
      } else {
        spec.place(changed);
      }
      if (same) remember(changed);
      return existing;
    },
    (exit) => {
      if (!spec.leave) {
        exit.remove();
        return;
      }
      interruptAll(exit);
      if (duration === 0) {
        exit.remove();
        return;
      }
      exit.attr('data-leaving', 'true');
      transitions.push(spec.leave(exit, duration).remove());
    },
  );
}
