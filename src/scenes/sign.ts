import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { SceneRefusal, SettleTracker } from './motion.ts';
import { textWidth, wrapText } from './text.ts';

const HEADLINE_SIZE = 18;
const DETAIL_SIZE = 15;
const PAD = 10;

function boardShape(refusal: SceneRefusal, sceneWidth: number) {
  const maxWidth = Math.min(420, sceneWidth - 8);
  const lines = wrapText(refusal.detail, maxWidth - 2 * PAD, DETAIL_SIZE);
  const widest = Math.max(textWidth(refusal.headline, HEADLINE_SIZE), ...lines.map((line) => textWidth(line, DETAIL_SIZE)));
  const width = Math.min(maxWidth, widest + 2 * PAD);
  const height = 2 * PAD + HEADLINE_SIZE + lines.length * (DETAIL_SIZE + 4);
  return { lines, width, height };
}

/** The room a sign needs beneath its scene, so the frame can make space and the sign hides nothing. */
export function signSpace(refusal: SceneRefusal | null | undefined, sceneWidth: number): number {
  return refusal ? boardShape(refusal, sceneWidth).height + 2 * GAP : 0;
}

const GAP = 6;

function drawBoard(sign: Selection<SVGGElement, SceneRefusal, null, undefined>, refusal: SceneRefusal, sceneWidth: number, sceneHeight: number): void {
  const { lines, width, height } = boardShape(refusal, sceneWidth);
  // Beneath the far end of the lot, where the land ran out, in room the frame keeps for it.
  sign.attr('transform', `translate(${Math.max(4, sceneWidth - width - 4)},${sceneHeight + GAP})`);
  sign.append('rect').attr('class', 'sign-board').attr('width', width).attr('height', height).attr('rx', 6);
  sign.append('text').attr('class', 'sign-headline').attr('x', PAD).attr('y', PAD + HEADLINE_SIZE - 3).text(refusal.headline);
  sign
    .append('text')
    .attr('class', 'sign-detail')
    .selectAll('tspan')
    .data(lines)
    .join('tspan')
    .attr('x', PAD)
    .attr('y', (_, i) => PAD + HEADLINE_SIZE + (i + 1) * (DETAIL_SIZE + 4))
    .text((line) => line);
}

/**
 * The sign a side puts up when it refuses ("No land left", and the reason beneath), beneath the far end of its lot
 * until the next action, so that it stands on the side that refused. A new size draws it anew, to fit.
 */
export function drawSign(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  refusal: SceneRefusal | null | undefined,
  sceneWidth: number,
  sceneHeight: number,
  duration: number,
  tracker: SettleTracker,
): void {
  // The size the board is drawn for travels with its datum: a node keeps the size it was drawn at, so a new size
  // gives a new key, and the old board leaves while a new one, fitted to the new size, enters.
  type Placed = SceneRefusal & { readonly w: number; readonly h: number };
  const data: Placed[] = refusal ? [{ ...refusal, w: Math.round(sceneWidth), h: Math.round(sceneHeight) }] : [];
  layer
    .selectAll<SVGGElement, Placed>('g.refusal-sign')
    .data(data, (d) => `${d.serial}@${d.w}x${d.h}`)
    .join(
      (enter) => {
        const signs = enter.append('g').attr('class', 'refusal-sign');
        signs.each(function (d) {
          drawBoard(select<SVGGElement, SceneRefusal>(this), d, sceneWidth, sceneHeight);
        });
        if (duration > 0) {
          signs.attr('opacity', 0);
          tracker.track([signs.transition('sign').duration(duration / 2).attr('opacity', 1)]);
        }
        return signs;
      },
      (update) => update,
      (exit) => exit.remove(),
    );
}
