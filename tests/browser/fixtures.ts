import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'test-results/screenshots';
/** The built site under test, as playwright.config.ts serves it: dist/, or PREVIEW_DIR. */
export const SITE_DIR = process.env.PREVIEW_DIR ?? 'dist';

/**
 * Every browser test fails on a console error, an uncaught exception or an unhandled rejection:
 * what a reader's devtools would show is part of what we test.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Saves a full-page screenshot under test-results/screenshots, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** A ledger figure's plain number. */
export async function figure(page: Page, metric: string, side: 'vms' | 'containers'): Promise<number> {
  const value = await page.locator(`[data-metric="${metric}"][data-side="${side}"]`).getAttribute('data-value');
  return Number(value);
}
