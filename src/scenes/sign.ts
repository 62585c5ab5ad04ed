import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { signBoard, type SignBoard } from '../layout/index.ts';
import { joinById, type JoinSpec } from './join.ts';
import type { SceneRefusal, SettleTracker, TrackedTransition } from './motion.ts';

/** A sign as placed for one size of scene: the size travels with it, in its key. */
interface PlacedSign {
  readonly key: string;
  readonly board: SignBoard;
}

function drawBoard(sign: Selection<SVGGElement, PlacedSign, null, undefined>, { board }: PlacedSign): void {
  sign.attr('transform', `translate(${board.x},${board.y})`);
  sign.append('rect').attr('class', 'sign-board').attr('width', board.width).attr('height', board.height).attr('rx', 6);
  sign.append('text').attr('class', 'sign-headline').attr('x', board.headline.x).attr('y', board.headline.y).text(board.headline.text);
  sign
    .append('text')
    .attr('class', 'sign-detail')
    .selectAll('tspan')
    .data(board.lines)
    .join('tspan')
    .attr('x', (line) => line.x)
    .attr('y', (line) => line.y)
    .text((line) => line.text);
}

const SIGN: JoinSpec<SVGGElement, PlacedSign> = {
  tag: 'g',
  className: 'refusal-sign',
  key: (d) => d.key,
  // A board is drawn once, for the size in its key: a new size gives a new key, and so a new board.
  build: (signs) => signs.each(function (d) {
    drawBoard(select<SVGGElement, PlacedSign>(this), d);
  }),
  place: () => {},
  arrive: (signs, duration, transitions) => {
    signs.attr('opacity', 0);
    transitions.push(signs.transition('sign').duration(duration / 2).attr('opacity', 1));
  },
};

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
  // A node keeps the size it was drawn at, so a new size gives a new key, and the old board leaves while a new
  // one, fitted to the new size, enters.
  const data: PlacedSign[] = refusal
    ? [{ key: `${refusal.serial}@${Math.round(sceneWidth)}x${Math.round(sceneHeight)}`, board: signBoard(refusal, sceneWidth, sceneHeight) }]
    : [];
  const transitions: TrackedTransition[] = [];
  joinById(layer, data, SIGN, { duration, transitions });
  if (duration > 0) tracker.track(transitions);
}
