import type { BaseType, Selection } from 'd3-selection';
import 'd3-transition';
import type { Callout, Caption, Rect } from '../layout/index.ts';
import type { JoinSpec, Nodes } from './join.ts';
import type { TrackedTransition } from './motion.ts';

/** Writes a rect's geometry from the rectangle layout placed for its datum. */
export function placeRect<E extends BaseType, D, P extends BaseType, PD>(rects: Selection<E, D, P, PD>, rectOf: (d: D) => Rect): Selection<E, D, P, PD> {
  return rects.attr('x', (d) => rectOf(d).x).attr('y', (d) => rectOf(d).y)
    .attr('width', (d) => rectOf(d).width).attr('height', (d) => rectOf(d).height);
}

/** Entering nodes fade in over the whole duration. */
export function fadeIn<E extends BaseType, D, P extends BaseType, PD>(enter: Selection<E, D, P, PD>, duration: number, transitions: TrackedTransition[]): void {
  enter.attr('opacity', 0);
  transitions.push(enter.transition('build').duration(duration).attr('opacity', 1));
}

/** Words layout placed, as one `<text>` of the given classes (at most one per join: its key is fixed). */
export function captionSpec(className: string): JoinSpec<SVGTextElement, Caption> {
  return {
    tag: 'text',
    className,
    key: () => 'caption',
    place: (target) => (target as Nodes<SVGTextElement, Caption>).attr('x', (d) => d.x).attr('y', (d) => d.y),
    name: (label) => label.text((d) => d.text),
  };
}

/** Lines of words layout placed, one `<text>` of the given classes each, keyed by their order. */
export function linesSpec(className: string): JoinSpec<SVGTextElement, Caption> {
  return { ...captionSpec(className), key: (_, index) => String(index) };
}

/** A part's name beside the picture and its leader line, where layout placed them. */
export const CALLOUTS: JoinSpec<SVGGElement, Callout> = {
  tag: 'g',
  className: 'callout',
  key: (d) => d.key,
  build: (callout) => {
    callout.append('path').attr('class', 'callout-leader');
    callout.append('rect').attr('class', 'callout-plate').attr('rx', 3);
    callout.append('text').attr('class', 'scene-label callout-label');
  },
  place: (target) => {
    const callout = target as Nodes<SVGGElement, Callout>;
    callout.select('path').attr('d', (d) => `M${d.leader.x},${d.leader.y1} V${d.leader.y2}`);
    placeRect(callout.select('rect'), (d: Callout) => d.plate);
    callout.select('text').attr('x', (d) => d.x).attr('y', (d) => d.y);
  },
  name: (callout) => callout.select('text').text((d) => d.text),
};

/** Something drawn as a box with its name on it and a tooltip: a part of the core, a parcel of the platform. */
export interface CaptionedBox {
  readonly plot: Rect;
  readonly caption: Caption;
}

/** How one kind of captioned box is drawn. */
export interface CaptionedBoxStyle<D extends CaptionedBox> {
  readonly className: string;
  readonly key: (d: D) => string;
  /** The class of its name: `scene-label` and this. */
  readonly labelClass: string;
  /** Attributes the group gets once, such as the test hooks `data-core` and `data-platform`. */
  readonly mark?: (box: Nodes<SVGGElement, D>) => void;
  /** The box's class and fill. */
  readonly paint: (rect: Selection<BaseType, D, SVGGElement, unknown>) => void;
  readonly title: (d: D) => string;
  /** Hide the name when it does not fit (`display: none`); otherwise an empty name simply draws nothing. */
  readonly hideUnfit?: boolean;
}

/** A `<g>` per datum with a tooltip, a box and the box's name, each where layout placed it. */
export function captionedBoxSpec<D extends CaptionedBox>(style: CaptionedBoxStyle<D>): JoinSpec<SVGGElement, D> {
  return {
    tag: 'g',
    className: style.className,
    key: style.key,
    build: (box) => {
      style.mark?.(box);
      box.append('title');
      box.append('rect');
      box.append('text').attr('class', `scene-label ${style.labelClass}`);
    },
    place: (target) => {
      const box = target as Nodes<SVGGElement, D>;
      const rect = box.select('rect');
      style.paint(rect);
      placeRect(rect, (d: D) => d.plot);
      const text = box.select('text').attr('x', (d) => d.caption.x).attr('y', (d) => d.caption.y);
      if (style.hideUnfit) text.attr('display', (d) => (d.caption.shown ? null : 'none'));
    },
    name: (box) => {
      box.select('title').text(style.title);
      box.select('text').text((d) => d.caption.text);
    },
  };
}
