import type { Page } from '@playwright/test';
import { SCENE } from './hooks.ts';

/**
 * What is wrong with the names drawn in the page's scenes, one line each (an empty list when nothing is):
 *
 * - a house's name stands on the pavement beneath it, centred; it may reach a little past the walls, but it must
 *   stay inside the picture and keep at least `gap` px (8) from a neighbour's name, so the two do not read as one;
 * - an apartment's name stays inside the apartment;
 * - every name is the whole name, or a shorter word for it (its kind with its number: "web 2"), never cut to "…";
 * - the names of the building's core (kernel, engine) stay inside their boxes.
 *
 * A name that does not fit must be shortened to a word or hidden, never left to spill over its neighbours.
 * Measured with the fonts the page really uses (getBBox), not with the scenes' own estimate of text widths.
 */
export async function labelProblems(page: Page, { gap = 8 }: { gap?: number } = {}): Promise<string[]> {
  return page.locator('svg.scene').evaluateAll((svgs, { gap, scenes }) => {
    const out: string[] = [];
    const shown = (text: SVGTextElement) => text.getAttribute('display') !== 'none' && (text.textContent ?? '') !== '';
    const shortened = (text: string, full: string) => {
      if (text === full) return true;
      if (text.includes('…') || text.length >= full.length) return false;
      // A short word keeps the whole name's number, when it has one and there is room for it.
      const number = /\s(\d+)$/.exec(full)?.[1];
      return !/\s\d+$/.test(text) || text.endsWith(` ${number}`);
    };
    for (const svg of svgs) {
      const scene = Object.entries(scenes).find(([, selector]) => svg.matches(selector))?.[0] ?? 'a scene';
      const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
      const names: { id: string; text: string; left: number; right: number; top: number; bottom: number }[] = [];
      for (const house of svg.querySelectorAll('g[data-kind="vm"][data-workload-id]:not([data-hosts]):not([data-leaving])')) {
        const label = house.querySelector<SVGTextElement>('text.house-label');
        if (!label || !shown(label)) continue;
        const box = label.getBBox();
        const matrix = (house as SVGGElement).transform.baseVal.consolidate()?.matrix;
        const x = matrix?.e ?? 0;
        const y = matrix?.f ?? 0;
        const text = label.textContent ?? '';
        const id = house.getAttribute('data-workload-id') ?? '';
        names.push({ id, text, left: box.x + x, right: box.x + box.width + x, top: box.y + y, bottom: box.y + box.height + y });
        const full = house.getAttribute('aria-label') ?? '';
        if (!shortened(text, full)) out.push(`${scene}: house ${id} shows "${text}" for "${full}"`);
      }
      for (const [i, a] of names.entries()) {
        if (a.left < -1 || a.right > viewBox.width + 1) {
          out.push(`${scene}: house ${a.id} name "${a.text}" spans ${a.left.toFixed(1)}..${a.right.toFixed(1)}, outside the viewBox (${viewBox.width})`);
        }
        for (const b of names.slice(i + 1)) {
          const sameLine = a.top < b.bottom && b.top < a.bottom;
          const apart = Math.max(b.left - a.right, a.left - b.right);
          if (sameLine && apart < gap) {
            out.push(`${scene}: house names "${a.text}" (${a.left.toFixed(1)}..${a.right.toFixed(1)}) and "${b.text}" (${b.left.toFixed(1)}..${b.right.toFixed(1)}) are ${apart.toFixed(1)} px apart`);
          }
        }
      }
      for (const unit of svg.querySelectorAll('g[data-kind="container"][data-workload-id]:not([data-leaving])')) {
        const label = unit.querySelector<SVGTextElement>('text.unit-label');
        const body = unit.querySelector<SVGGraphicsElement>('.unit-body');
        if (!label || !body || !shown(label)) continue;
        const box = label.getBBox();
        const bodyWidth = body.getBBox().width;
        const id = unit.getAttribute('data-workload-id');
        if (box.x + box.width > bodyWidth + 1) {
          out.push(`${scene}: unit ${id} name "${label.textContent}" ends at ${(box.x + box.width).toFixed(1)}, the unit is ${bodyWidth.toFixed(1)} wide`);
        }
        const full = unit.getAttribute('aria-label') ?? '';
        if (!shortened(label.textContent ?? '', full)) out.push(`${scene}: unit ${id} shows "${label.textContent}" for "${full}"`);
      }
      for (const part of svg.querySelectorAll('g[data-core]')) {
        const label = part.querySelector<SVGTextElement>('text');
        const rect = part.querySelector<SVGGraphicsElement>('rect');
        if (!label || !rect || !shown(label)) continue;
        const box = label.getBBox();
        const rectBox = rect.getBBox();
        if (box.x + box.width > rectBox.x + rectBox.width + 1) {
          out.push(`${scene}: core part "${label.textContent}" ends at ${(box.x + box.width).toFixed(1)}, its box at ${(rectBox.x + rectBox.width).toFixed(1)}`);
        }
      }
    }
    return out;
  }, { gap, scenes: SCENE });
}
