import { insetRect, type Caption, type PersonSpot, type Rect } from './shapes.ts';
import { fitName, LABEL_SIZE } from './text.ts';

/** Units shorter than this carry no name: it would cover the window. */
const NAMED_UNIT_MIN_HEIGHT = 28;
/** The strip at the top of a unit where its name stands, above the tenant. */
const NAME_STRIP = 13;

/** Where each part of an apartment is drawn, in the unit's own coordinates (its top left is 0,0). */
export interface UnitPlan {
  /** A little narrower than the unit, so neighbours show as two. */
  readonly body: Rect;
  readonly window: Rect;
  /** Where the tenant stands; null when the unit is too small for a figure. */
  readonly person: PersonSpot | null;
}

/** Places an apartment's parts in a unit `width` by `height` px: the same for every unit of one size in a building. */
export function planUnit(width: number, height: number): UnitPlan {
  const frame = Math.min(3, width / 5);
  // The tenant stands beneath the name's strip at the top of the unit, so that a narrow unit can still be named.
  const r = Math.min(5, width / 4, (height - NAME_STRIP - 3) / 7);
  return {
    body: insetRect({ x: 0, y: 0, width, height }, { x: 0.75, top: 0, bottom: 0, minWidth: 0.5 }),
    window: { x: frame, y: 4, width: Math.max(0.5, width - 2 * frame), height: Math.max(1, height * 0.45) },
    person: r < 1.5 ? null : { cx: width / 2, bottom: height - 3, r },
  };
}

/**
 * A unit's name, across the strip at its top (the tenant stands beneath), `inset` px further in where something
 * stands over its left edge (the kernel's riser): in full or a short word, never cut; hidden in a unit too short.
 */
export function unitName(width: number, height: number, label: string, short: string, inset = 0): Caption {
  const text = fitName(label, short, width - 6 - inset, LABEL_SIZE);
  return { text, x: 3 + inset, y: NAME_STRIP - 1, shown: height >= NAMED_UNIT_MIN_HEIGHT && text !== '' };
}
