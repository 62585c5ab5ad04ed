import { layerUsage, type Host } from '../model/index.ts';
import type { Caption, Rect } from './shapes.ts';
import { LABEL_SIZE, textWidth } from './text.ts';

/** One read-only image layer, drawn once however many containers use it. */
export interface LayerNode extends Rect {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  readonly users: readonly string[];
  /** The chip's words, in the chip's own coordinates: its name, and "×N" when shared. */
  readonly label: Caption;
}

const LAYER_HEIGHT = 30;
const LAYER_GAP = 6;
/** Layer chips are as wide as their words, with this much room either side. */
const LAYER_PAD = 8;
const LAYER_BASELINE = 20;

function chipText(name: string, users: number): string {
  return users > 1 ? `${name} ×${users}` : name;
}

/** The width of a layer chip: its name, and "×N" when shared. */
export function layerChipWidth(name: string, users: number): number {
  return Math.ceil(textWidth(chipText(name, users), LABEL_SIZE)) + 2 * LAYER_PAD;
}

/** Lays out image layers as chips flowing in rows from `top` down, `width` px wide, in first-use order. */
export function layoutLayers(host: Host, width: number, top: number): LayerNode[] {
  let x = 0;
  let y = top;
  return layerUsage(host).map((use): LayerNode => {
    const chip = Math.min(width, layerChipWidth(use.layer.name, use.users.length));
    if (x > 0 && x + chip > width) {
      x = 0;
      y += LAYER_HEIGHT + LAYER_GAP;
    }
    const label = { text: chipText(use.layer.name, use.users.length), x: LAYER_PAD, y: LAYER_BASELINE, shown: true };
    const node = { id: use.layer.id, name: use.layer.name, bytes: use.bytes, users: use.users, label, x, y, width: chip, height: LAYER_HEIGHT };
    x += chip + LAYER_GAP;
    return node;
  });
}
