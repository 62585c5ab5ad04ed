import type { BaseType, Selection } from 'd3-selection';
import 'd3-transition';
import type { PlacedSign } from '../layout/index.ts';

/** Options every scene's `update` takes. */
export interface UpdateOptions {
  /**
   * The base duration of a change, in ms. 0 means no motion at all: the scene sets the end state directly.
   * Under prefers-reduced-motion, with the reader's toggle off, and in tests, it is 0.
   */
  readonly duration: number;
  /** The sign of a refusal to show on this scene's side, as layout placed it, if the last action was refused here. */
  readonly refusal?: PlacedSign | null;
  /** What the story is speaking of: the scene marks it (`data-highlight` on its root) and quiets the rest. */
  readonly highlight?: string | null;
  /** A compromised tenant: the workload whose app an attacker controls. */
  readonly breachId?: string | null;
  /** Changes when a start-up race begins: every workload is started again, in its own time. */
  readonly race?: number;
}

/** A scene: created on a `<g>` the caller owns, updated with a layout, destroyed on unmount. */
export interface Scene<L> {
  update(layout: L, options: UpdateOptions): void;
  destroy(): void;
}

/** The part of a d3 transition the tracker needs. */
export interface TrackedTransition {
  empty(): boolean;
  end(): Promise<void>;
}

/** Names of the transitions scenes use, so that interrupting them all is possible. */
export const TRANSITION_NAMES = ['move', 'build', 'exit', 'sign'] as const;

export { realSecondsAt, watchableMs } from './timing.ts';

/**
 * Keeps `data-settled` on an `<svg>` true when no transition is running and false while one is. Every batch of
 * transitions is tracked by its end promises, which settle whether the transitions finish or are interrupted.
 */
export interface SettleTracker {
  track(transitions: readonly TrackedTransition[]): void;
  /** True while tracked transitions are still running. */
  busy(): boolean;
  destroy(): void;
}

export function createSettleTracker(svg: SVGSVGElement | null): SettleTracker {
  let pending = 0;
  let destroyed = false;
  const mark = () => {
    if (!destroyed && svg) svg.setAttribute('data-settled', pending === 0 ? 'true' : 'false');
  };
  mark();
  return {
    track(transitions) {
      const live = transitions.filter((transition) => !transition.empty());
      if (live.length === 0) {
        mark();
        return;
      }
      pending += 1;
      mark();
      void Promise.allSettled(live.map((transition) => transition.end())).then(() => {
        pending -= 1;
        mark();
      });
    },
    busy() {
      return pending > 0;
    },
    destroy() {
      destroyed = true;
    },
  };
}

/**
 * Motion switched off mid-animation: stop every transition under `root`, finish what was leaving, and show every
 * stage whole. Returns true when something was running, so the caller re-places every node at its end state.
 */
export function jumpToEnd<E extends BaseType, D, P extends BaseType, PD>(root: Selection<E, D, P, PD>, tracker: SettleTracker): boolean {
  if (!tracker.busy()) return false;
  interruptAll(root);
  root.selectAll('[data-leaving]').remove();
  root.selectAll('.stage').attr('opacity', null);
  root.selectAll('.refusal-sign, .image-layer, .layer-link').attr('opacity', null);
  return true;
}

/** Stops every transition on the selected elements and their descendants, leaving them where they are. */
export function interruptAll<E extends BaseType, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>): void {
  for (const name of TRANSITION_NAMES) {
    selection.interrupt(name);
    selection.selectAll('*').interrupt(name);
  }
}

/**
 * Marks what the story speaks of on a scene's root (`data-highlight`), writing only a change: the attribute weighs
 * in rules over every house and apartment, so each write sends the browser to look at all of them again.
 */
export function markHighlight<P extends BaseType, PD>(root: Selection<SVGGElement, unknown, P, PD>, highlight: string | null | undefined): void {
  const node = root.node();
  if (node && node.getAttribute('data-highlight') !== (highlight ?? null)) root.attr('data-highlight', highlight ?? null);
}

/**
 * Marks the compromised tenant's home (`data-breached`) and clears the mark elsewhere, touching only those nodes:
 * writing the attribute on every house of a thousand, on every add, cost more than the add.
 */
export function markBreached<P extends BaseType, PD>(layer: Selection<SVGGElement, unknown, P, PD>, breachId: string | null | undefined): void {
  layer.selectAll('[data-breached]').attr('data-breached', null);
  if (!breachId) return;
  const id = breachId.replace(/["\\]/g, '\\$&');
  layer.selectAll(`:scope > g[data-workload-id="${id}"]:not([data-leaving])`).attr('data-breached', 'true');
}
