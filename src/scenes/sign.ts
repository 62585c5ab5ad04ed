import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { SceneRefusal, SettleTracker } from './motion.ts';
import { boardShape, DETAIL_SIZE, GAP, HEADLINE_SIZE, PAD } from './signShape.ts';

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
