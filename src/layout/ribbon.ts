/** The rows land is folded into: their width, and px of width per byte. */
export interface RowShape {
  readonly width: number;
  readonly pxPerByte: number;
}

/** Something that takes land in proportion to its bytes. */
export interface RibbonItem {
  readonly key: string;
  readonly bytes: number;
}

/** A stretch of one row: where an item, or a piece of free land, lies. */
export interface Span {
  readonly row: number;
  readonly x: number;
  readonly width: number;
}

export interface Ribbon {
  readonly spans: ReadonlyMap<string, Span>;
  /** Free land: ends of rows no item fitted, then what follows the last item. Its widths add up to the free bytes. */
  readonly free: readonly Span[];
  /** How many rows the land takes. */
  readonly rows: number;
}

/** Widths below this are rounding noise, not land. */
const EPSILON = 1e-6;

/**
 * Folds land into rows of equal width, like text into lines: items in order, each whole on one row, then the free
 * land. An item that does not fit at the end of a row starts the next; the end of row it leaves is free land while
 * free bytes remain to draw, and no land at all after that. So every width stays in proportion to bytes and the land
 * drawn adds up to the capacity exactly; only a lot fragmented to the brim needs a row more than its share.
 */
export function foldRibbon(items: readonly RibbonItem[], freeBytes: number, row: RowShape): Ribbon {
  const spans = new Map<string, Span>();
  const free: Span[] = [];
  let budget = Math.max(0, freeBytes) * row.pxPerByte;
  const addFree = (index: number, x: number, width: number) => {
    const drawn = Math.min(width, budget);
    if (drawn > EPSILON) {
      free.push({ row: index, x, width: drawn });
      budget -= drawn;
    }
  };
  let index = 0;
  let x = 0;
  for (const item of items) {
    const width = item.bytes * row.pxPerByte;
    if (x > 0 && x + width > row.width + EPSILON) {
      addFree(index, x, row.width - x);
      index += 1;
      x = 0;
    }
    spans.set(item.key, { row: index, x, width });
    x += width;
  }
  while (budget > EPSILON) {
    if (x >= row.width - EPSILON) {
      index += 1;
      x = 0;
    }
    const width = Math.min(budget, row.width - x);
    addFree(index, x, width);
    x += width;
  }
  return { spans, free, rows: index + 1 };
}

/** How far each row's land runs: to the end of the last item or piece of free land on it. */
export function landWidths(ribbon: Ribbon): number[] {
  const widths = new Array<number>(ribbon.rows).fill(0);
  for (const span of [...ribbon.spans.values(), ...ribbon.free]) {
    widths[span.row] = Math.max(widths[span.row] ?? 0, span.x + span.width);
  }
  return widths;
}
