// The drawings the scenes and the legend share, as path data and pattern descriptions. No D3 here: the legend is
// React and loads apart from the scenes' drawing code, and must not pull D3 in with it.
import type { LinkNode, PersonSpot, Rect, Roof } from '../layout/index.ts';

/** A person: a round head over a trapezoid body, seven head-radii tall, standing on `bottom`. */
export function personPath(spot: PersonSpot | null): string {
  if (!spot) return '';
  const { cx, bottom, r } = spot;
  const head = bottom - 6 * r;
  return `M${cx - r},${head} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0 M${cx - 1.6 * r},${bottom} L${cx - 1.2 * r},${head + 1.6 * r} L${cx + 1.2 * r},${head + 1.6 * r} L${cx + 1.6 * r},${bottom} Z`;
}

/** Three dividers that make a room four: the spare rooms a VM holds beyond its guest and its app. */
export function roomDividersPath(room: Rect | null): string {
  if (!room) return '';
  return [1, 2, 3].map((i) => `M${room.x + (room.width * i) / 4},${room.y} V${room.y + room.height}`).join(' ');
}

/** A pitched roof from eave to eave. */
export function roofPath(roof: Roof): string {
  return `M${roof.left},${roof.baseY} L${roof.ridgeX},${roof.ridgeY} L${roof.right},${roof.baseY} Z`;
}

/** A layer's link to a unit: a curve that leaves the chip upwards and meets the unit from below. */
export function linkPath(link: LinkNode): string {
  const middle = (link.y1 + link.y2) / 2;
  return `M${link.x1},${link.y1} C${link.x1},${middle} ${link.x2},${middle} ${link.x2},${link.y2}`;
}

/** The fill patterns: texture as well as colour, so meaning never rests on hue alone. */
export type PatternName = 'kernel' | 'services' | 'free' | 'layer';

/** One mark inside a pattern's tile; its colours come from the stylesheet, by class. */
export interface PatternMark {
  readonly tag: 'rect' | 'line' | 'circle' | 'path';
  readonly className: string;
  readonly attrs: Readonly<Record<string, string | number>>;
}

/** A pattern's square tile, `size` px, its marks and an optional transform. */
export interface PatternSpec {
  readonly name: PatternName;
  readonly size: number;
  readonly transform?: string;
  readonly marks: readonly PatternMark[];
}

const tile = (className: string, size: number): PatternMark => ({ tag: 'rect', className, attrs: { width: size, height: size } });

/** Every pattern, once: the scenes' D3 code and the legend's JSX both draw from this. */
export const PATTERNS: readonly PatternSpec[] = [
  // Kernel: diagonal hatching, like pipes: the plumbing.
  {
    name: 'kernel', size: 6, transform: 'rotate(45)',
    marks: [tile('pattern-kernel-bg', 6), { tag: 'line', className: 'pattern-kernel-line', attrs: { x1: 0, y1: 0, x2: 0, y2: 6 } }],
  },
  // Services: dots, like the fittings of heating and wiring.
  {
    name: 'services', size: 6,
    marks: [tile('pattern-services-bg', 6), { tag: 'circle', className: 'pattern-services-dot', attrs: { cx: 3, cy: 3, r: 1.3 } }],
  },
  // Free land: sparse grass strokes.
  {
    name: 'free', size: 14,
    marks: [tile('pattern-free-bg', 14), { tag: 'path', className: 'pattern-free-mark', attrs: { d: 'M3,11 l2,-4 l2,4 M9,5 l2,-4 l2,4' } }],
  },
  // Layers: horizontal shelving lines.
  {
    name: 'layer', size: 8,
    marks: [tile('pattern-layer-bg', 8), { tag: 'line', className: 'pattern-layer-line', attrs: { x1: 0, y1: 7, x2: 8, y2: 7 } }],
  },
];

/** Ids of a drawing's own patterns: several drawings share one page, and none may use another's. */
export type PatternIds = Readonly<Record<PatternName, string>>;

/** The pattern ids under `prefix`, unique to one drawing. */
export function patternIds(prefix: string): PatternIds {
  const id = (name: PatternName) => `${prefix}-${name}`;
  return { kernel: id('kernel'), services: id('services'), free: id('free'), layer: id('layer') };
}

/** A fill that paints with a pattern. */
export function patternFill(id: string): string {
  return `url(#${id})`;
}
