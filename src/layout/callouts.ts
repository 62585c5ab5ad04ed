import { LABEL_SIZE, textWidth } from './text.ts';

/** A part of the picture to be named where it stands: its words, and the point the leader line runs to. */
export interface CalloutTarget {
  readonly key: string;
  readonly text: string;
  /** The x the leader stands at (the part's middle), in scene coordinates. */
  readonly x: number;
  /** The y the leader ends at: the part's top edge (or its bottom, for names beneath). */
  readonly y: number;
}

/** A name placed beside the picture, with a straight leader line to its part. */
export interface Callout {
  readonly key: string;
  readonly text: string;
  /** The text's baseline start (text-anchor start). */
  readonly x: number;
  readonly y: number;
  readonly leader: { readonly x: number; readonly y1: number; readonly y2: number };
  /** A plate of the page's colour behind the words, so lines passing behind them do not run through them. */
  readonly plate: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** Clear room kept between two names on a line, and between a name and a leader passing it. */
const GAP = 8;
/** A leader starts this far beneath a name's baseline (above it, for names beneath the part). */
const LEADER_OFF = 4;
/** Clear room between a leader and a name it passes. */
const LEADER_CLEAR = 2;

interface Span {
  readonly from: number;
  readonly to: number;
}

const overlaps = (a: Span, b: Span) => a.from < b.to + GAP && b.from < a.to + GAP;

/**
 * Names for parts of a picture, on lines beside it (`lines`: their baselines, the nearest to the parts last), each
 * with a vertical leader to its part: in the targets' order, each on the first line, and the first side of its leader,
 * where it overlaps no name on that line, crosses no leader already drawn, and lies within `width`. A name
 * that finds no place is left out (the legend names it); none is ever cut short.
 */
export function placeCallouts(targets: readonly CalloutTarget[], lines: readonly number[], width: number): Callout[] {
  const taken: Span[][] = lines.map(() => []);
  const leaders: { x: number; line: number }[] = [];
  const placed: Callout[] = [];
  for (const target of targets) {
    const w = textWidth(target.text, LABEL_SIZE);
    const sides = [target.x - 1, target.x + 1 - w];
    search: for (let line = 0; line < lines.length; line += 1) {
      for (const from of sides) {
        const span = { from, to: from + w };
        if (from < 0 || span.to > width) continue;
        if (taken[line]!.some((other) => overlaps(span, other))) continue;
        // A leader from an earlier name passes the lines nearer the parts than its own: this name must not cover it.
        if (leaders.some((leader) => leader.line < line && leader.x > from - LEADER_CLEAR && leader.x < span.to + LEADER_CLEAR)) continue;
        // This name's leader passes the nearer lines: it must not run through a name already there.
        const crosses = (other: Span) => target.x > other.from - LEADER_CLEAR && target.x < other.to + LEADER_CLEAR;
        if (taken.slice(line + 1).some((spans) => spans.some(crosses))) continue;
        taken[line]!.push(span);
        leaders.push({ x: target.x, line });
        const baseline = lines[line]!;
        const below = target.y > baseline;
        placed.push({
          key: target.key,
          text: target.text,
          x: from,
          y: baseline,
          leader: { x: target.x, y1: below ? baseline + LEADER_OFF : baseline - LABEL_SIZE, y2: target.y },
          plate: { x: from - 2, y: baseline - LABEL_SIZE + 1, width: w + 4, height: LABEL_SIZE + 3 },
        });
        break search;
      }
    }
  }
  return placed;
}
