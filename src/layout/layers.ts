import { formatDisk, layerUsage, type Host } from '../model/index.ts';
import type { Caption, Rect } from './shapes.ts';
import { LABEL_SIZE, textWidth, wrapText } from './text.ts';

/** One read-only image layer, drawn once however many containers use it. */
export interface LayerNode extends Rect {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  readonly users: readonly string[];
  /** The chip's words, in the chip's own coordinates: its name, and "×N" when shared; hidden on a small block. */
  readonly label: Caption;
  /** A small block without words: the shelves ran out of room for its name (its title still gives it). */
  readonly small: boolean;
}

/** The basement: the layers on their shelves, a count of the small blocks, and beneath them a line that says what the
 * shelves hold. */
export interface Basement {
  /** "Image layers, each stored once: ×3 = used by 3 apartments", wrapped to the basement's width. */
  readonly note: readonly Caption[];
  readonly layers: readonly LayerNode[];
  /** "+4 used by one each", beside the small blocks; null when every layer has its name. */
  readonly more: Caption | null;
  readonly bottom: number;
}

const LAYER_HEIGHT = 30;
const LAYER_GAP = 6;
/** Layer chips are as wide as their words, with this much room either side. */
const LAYER_PAD = 8;
const LAYER_BASELINE = 20;
/** A layer whose name finds no room on the shelves is a block this wide. */
const SMALL_WIDTH = 12;
const SMALL_GAP = 3;
const MIN_SMALL_WIDTH = 4;
const NOTE_LINE = 17;

function chipText(name: string, users: number): string {
  return users > 1 ? `${name} ×${users}` : name;
}

/** The width of a layer chip: its name, and "×N" when shared. */
export function layerChipWidth(name: string, users: number): number {
  return Math.ceil(textWidth(chipText(name, users), LABEL_SIZE)) + 2 * LAYER_PAD;
}

/** What the shelves hold, said once in the picture; the example is the most shared layer. */
function basementNote(top: number, width: number, shared: number, brief: boolean): Caption[] {
  // Said in two parts, so that a narrow basement breaks the line between them.
  // Brief, on a screen with no room to spare: one line, which still says what "×N" means.
  if (brief) return [{ text: shared > 1 ? `Layers, stored once; ×N: N users` : 'Layers, stored once', x: 0, y: top + 14, shown: true }];
  const parts = ['Image layers, each stored once.', ...(shared > 1 ? [`×${shared} means ${shared} apartments use it.`] : [])];
  const oneLine = parts.join(' ');
  const lines = textWidth(oneLine, LABEL_SIZE) <= width ? [oneLine] : parts.flatMap((part) => wrapText(part, width, LABEL_SIZE));
  return lines.map((text, line) => ({ text, x: 0, y: top + 14 + line * NOTE_LINE, shown: true }));
}

/**
 * Lays out the image layers on shelves from `top` down, then the note that says what they are, `width` px wide: the most shared first, each a chip with its
 * name and "×N". Once `maxShelves` shelves are full, the remaining layers (the least shared) are small blocks in a
 * line on the last shelf, counted in words beside them: each layer is still drawn once, and none is cut short.
 */
export function layoutLayers(host: Host, width: number, top: number, maxShelves = Infinity, brief = false): Basement {
  const uses = [...layerUsage(host)].sort((a, b) => b.users.length - a.users.length);
  if (uses.length === 0) return { note: [], layers: [], more: null, bottom: top };
  // The shelves first, right beneath the ground, so that a layer's links run up to its users without crossing words;
  // the line that says what they hold stands beneath them.
  const shelfTop = top;
  const at = (shelf: number) => shelfTop + shelf * (LAYER_HEIGHT + LAYER_GAP);
  const layers = placeOnShelves(uses.map((use) => layerChipWidth(use.layer.name, use.users.length)), width, maxShelves)
    .map((place, index): LayerNode => {
      const use = uses[index]!;
      const small = place.small;
      return {
        id: use.layer.id,
        name: use.layer.name,
        bytes: use.bytes,
        users: use.users,
        label: { text: small ? '' : chipText(use.layer.name, use.users.length), x: LAYER_PAD, y: LAYER_BASELINE, shown: !small },
        small,
        x: place.x,
        y: at(place.shelf),
        width: place.width,
        height: LAYER_HEIGHT,
      };
    });
  const smalls = layers.filter((layer) => layer.small);
  const last = layers.at(-1)!;
  let more: Caption | null = null;
  if (smalls.length > 0) {
    const stored = smalls.reduce((sum, layer) => sum + layer.bytes, 0);
    const room = width - (last.x + last.width) - LAYER_GAP;
    const text = [`+${smalls.length} more, ${formatDisk(stored)}`, `+${smalls.length}`].find((words) => textWidth(words, LABEL_SIZE) <= room);
    if (text) more = { text, x: last.x + last.width + LAYER_GAP, y: last.y + LAYER_BASELINE, shown: true };
  }
  const shelvesBottom = last.y + LAYER_HEIGHT;
  const note = basementNote(shelvesBottom + 1, width, uses[0]!.users.length, brief);
  return { note, layers, more, bottom: shelvesBottom + 4 + note.length * NOTE_LINE };
}

interface ShelfPlace {
  readonly x: number;
  readonly shelf: number;
  readonly width: number;
  readonly small: boolean;
}

/**
 * Chips of these widths on shelves `width` px wide: as many as fit on `maxShelves` shelves with their names, the rest
 * as small blocks after them on the last shelf, with room kept for their count. Fewer names are given when the blocks
 * would otherwise be slivers; only when even no names leave room do the blocks run onto further shelves.
 */
function placeOnShelves(chips: readonly number[], width: number, maxShelves: number): ShelfPlace[] {
  for (let named = chips.length; named >= 0; named -= 1) {
    const places: ShelfPlace[] = [];
    let x = 0;
    let shelf = 0;
    for (const chip of chips.slice(0, named)) {
      const shown = Math.min(width, chip);
      if (x > 0 && x + shown > width) {
        shelf += 1;
        x = 0;
      }
      places.push({ x, shelf, width: shown, small: false });
      x += shown + LAYER_GAP;
    }
    if (shelf >= maxShelves) continue;
    const left = chips.length - named;
    if (left === 0) return places;
    const block = Math.min(SMALL_WIDTH, (width - x - textWidth(`+${left}`, LABEL_SIZE) - LAYER_GAP) / left - SMALL_GAP);
    if (block < MIN_SMALL_WIDTH && named > 0) continue;
    const size = Math.max(MIN_SMALL_WIDTH, block);
    for (let i = 0; i < left; i += 1) {
      if (x > 0 && x + size > width) {
        shelf += 1;
        x = 0;
      }
      places.push({ x, shelf, width: size, small: true });
      x += size + SMALL_GAP;
    }
    return places;
  }
  return [];
}
