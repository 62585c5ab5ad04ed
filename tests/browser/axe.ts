import axe from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * Runs axe-core in the page (WCAG 2.x A and AA rules) and returns its violations, one line each. `enhanced` adds
 * the AAA contrast rule (7:1 for body text), which the projector theme promises.
 */
export async function accessibilityViolations(page: Page, { enhanced = false }: { enhanced?: boolean } = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's strict Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and axe is the test's, not the page's.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (enhanced) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } });
    const found = result.violations;
    if (enhanced) found.push(...(await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } })).violations);
    return found.map((v) => `${v.id}: ${v.help} (${v.nodes.length} × ${v.nodes[0]?.target.join(' ')})`);
  }, enhanced);
  return violations;
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
