import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { PlacedSign } from '../layout/index.ts';
import { joinById, type JoinSpec } from './join.ts';
import type { SettleTracker, TrackedTransition } from './motion.ts';

function drawBoard(sign: Selection<SVGGElement, PlacedSign, null, undefined>, { board }: PlacedSign): void {
  sign.attr('transform', `translate(${board.x},${board.y})`);
  sign.append('rect').attr('class', 'sign-board').attr('width', board.width).attr('height', board.height).attr('rx', 6);
  sign.append('text').attr('class', 'sign-headline').attr('x', board.headline.x).attr('y', board.headline.y).text(board.headline.text);
  const detail = sign.append('text').attr('class', 'sign-detail');
  // A board is drawn once and never changes (a new size is a new board), so its lines are simply appended.
  for (const line of board.lines) detail.append('tspan').attr('x', line.x).attr('y', line.y).text(line.text);
}

const SIGN: JoinSpec<SVGGElement, PlacedSign> = {
  tag: 'g',
  className: 'refusal-sign',
  key: (d) => d.key,
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
 * The sign a side puts up when it refuses ("No land left", and the reason beneath), as layout placed it: beneath
 * the far end of its lot until the next action, so that it stands on the side that refused.
 */
export function drawSign(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  sign: PlacedSign | null | undefined,
  duration: number,
  tracker: SettleTracker,
): void {
  const transitions: TrackedTransition[] = [];
  joinById(layer, sign ? [sign] : [], SIGN, { duration, transitions });
  if (duration > 0) tracker.track(transitions);
}
