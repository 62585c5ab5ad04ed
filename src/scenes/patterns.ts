import type { Selection } from 'd3-selection';

/** Ids of the fill patterns a scene uses: texture as well as colour, so meaning never rests on hue alone. */
export interface PatternIds {
  readonly kernel: string;
  readonly services: string;
  readonly free: string;
  readonly layer: string;
}

let sceneCount = 0;

/**
 * Adds the patterns to a scene's own `<defs>`, with ids unique to this scene instance: several scenes share one
 * page, and none may reach into another's subtree.
 */
export function appendPatterns(defs: Selection<SVGDefsElement, unknown, null, undefined>, prefix: string): PatternIds {
  sceneCount += 1;
  const id = (name: string) => `${prefix}-${sceneCount}-${name}`;
  const ids: PatternIds = { kernel: id('kernel'), services: id('services'), free: id('free'), layer: id('layer') };

  // Kernel: diagonal hatching, like pipes: the plumbing.
  const kernel = defs.append('pattern').attr('id', ids.kernel).attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)');
  kernel.append('rect').attr('class', 'pattern-kernel-bg').attr('width', 6).attr('height', 6);
  kernel.append('line').attr('class', 'pattern-kernel-line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6);

  // Services: dots, like the fittings of heating and wiring.
  const services = defs.append('pattern').attr('id', ids.services).attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6).attr('height', 6);
  services.append('rect').attr('class', 'pattern-services-bg').attr('width', 6).attr('height', 6);
  services.append('circle').attr('class', 'pattern-services-dot').attr('cx', 3).attr('cy', 3).attr('r', 1.3);

  // Free land: sparse grass strokes.
  const free = defs.append('pattern').attr('id', ids.free).attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 14).attr('height', 14);
  free.append('rect').attr('class', 'pattern-free-bg').attr('width', 14).attr('height', 14);
  free.append('path').attr('class', 'pattern-free-mark').attr('d', 'M3,11 l2,-4 l2,4 M9,5 l2,-4 l2,4');

  // Layers: horizontal shelving lines.
  const layer = defs.append('pattern').attr('id', ids.layer).attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 8).attr('height', 8);
  layer.append('rect').attr('class', 'pattern-layer-bg').attr('width', 8).attr('height', 8);
  layer.append('line').attr('class', 'pattern-layer-line').attr('x1', 0).attr('y1', 7).attr('x2', 8).attr('y2', 7);

  return ids;
}
