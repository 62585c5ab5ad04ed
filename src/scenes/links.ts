import type { Selection } from 'd3-selection';
import type { LayerNode, LinkNode, UnitNode } from '../layout/index.ts';
import { linkPath } from './glyphs.ts';
import type { JoinSpec, Nodes } from './join.ts';

// The basement's links, from each image layer to the apartments that use it: how they are drawn, and how the few
// of one layer or one apartment light up while the reader points at it.

type G = Selection<SVGGElement, unknown, null, undefined>;

function sameLink(a: LinkNode, b: LinkNode): boolean {
  return a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2;
}

export const LINKS: JoinSpec<SVGPathElement, LinkNode> = {
  tag: 'path',
  className: 'layer-link',
  key: (d) => d.key,
  // No fade in: hidden at rest, a link shows only when it is lit, and fading each new one made Chromium restyle
  // every link of the add on every frame of its arrival.
  // Written only when it moved: a thousand containers draw thousands of links, and rewriting each one on every add
  // cost more than the add.
  same: sameLink,
  place: (target) => (target as Nodes<SVGPathElement, LinkNode>).attr('d', linkPath),
};

/**
 * The links of one layer or one apartment, lit while it is pointed at or focused: at rest the basement shows each
 * layer's count, not a tangle of lines. Only the few matching links are touched.
 */
export function watchLinks(g: G, linkLayer: G): { rest(layerId: string | null): void } {
  let lit: Element[] = [];
  let resting: string | null = null;
  let shown: Element | null = null;
  const light = (layerId: string | null, unitId: string | null) => {
    for (const element of lit) element.classList.remove('lit');
    lit = [];
    if (!layerId && !unitId) return;
    const links = linkLayer.selectAll<SVGElement, LinkNode>('.layer-link')
      .filter((d) => (layerId ? d.layerId === layerId : d.unitId === unitId));
    const ends = new Set([layerId ?? unitId, ...links.data().map((d) => (layerId ? d.unitId : d.layerId))]);
    const parts = g.selectAll<SVGElement, UnitNode | LayerNode>('.unit, .image-layer').filter((d) => ends.has(d.id));
    lit = [...links.nodes(), ...parts.nodes()];
    for (const element of lit) element.classList.add('lit');
  };
  const show = (event: Event) => {
    const target = (event.target as Element | null)?.closest?.('[data-layer-id], [data-workload-id]') ?? null;
    // Moving among the parts of one chip or one apartment changes nothing: its links are lit already.
    if (target === shown) return;
    shown = target;
    if (!target) return light(resting, null);
    light(target.getAttribute('data-layer-id'), target.getAttribute('data-workload-id'));
  };
  const clear = () => {
    shown = null;
    light(resting, null);
  };
  g.on('pointerover', show).on('focusin', show).on('pointerleave', clear).on('focusout', clear);
  return {
    /** The layer whose links show when nothing is pointed at: in the step about layers, the most shared one. */
    rest(layerId) {
      // Most updates show no layer at rest: they leave what the reader is pointing at lit.
      if (layerId === null && resting === null) return;
      resting = layerId;
      shown = null;
      light(resting, null);
    },
  };
}
