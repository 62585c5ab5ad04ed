import type { Selection } from 'd3-selection';
import { PATTERNS, patternIds, type PatternIds } from './glyphs.ts';

export type { PatternIds } from './glyphs.ts';

let sceneCount = 0;

/**
 * Adds the patterns to a scene's own `<defs>`, with ids unique to this scene instance: several scenes share one
 * page, and none may reach into another's subtree.
 */
export function appendPatterns(defs: Selection<SVGDefsElement, unknown, null, undefined>, prefix: string): PatternIds {
  sceneCount += 1;
  const ids = patternIds(`${prefix}-${sceneCount}`);
  for (const spec of PATTERNS) {
    const pattern = defs.append('pattern').attr('id', ids[spec.name]).attr('patternUnits', 'userSpaceOnUse')
      .attr('width', spec.size).attr('height', spec.size);
    if (spec.transform) pattern.attr('patternTransform', spec.transform);
    for (const mark of spec.marks) {
      const element = pattern.append(mark.tag).attr('class', mark.className);
      for (const [name, value] of Object.entries(mark.attrs)) element.attr(name, value);
    }
  }
  return ids;
}
