import type { Page } from '@playwright/test';
import { STEPS } from '../../src/store/steps.ts';
import { expect, screenshot, test } from './fixtures.ts';

/*
 * The first screen is prerendered into index.html (scripts/prerender.mjs) for the page opened with no query string:
 * it is there before any script runs, the app takes it over (hydrates it) when the page opens in that state, and a
 * link to anything else opens on what it names without showing the prerendered step first.
 */

const first = STEPS[0]!;
const fifth = STEPS[4]!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The story's heading for step `index` (1-based): its count, then its title. */
const stepTitle = (page: Page, index: number, title: string) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${index} of ${STEPS.length} ?: ${escape(title)}$`) });

/** Holds back the page's module entry (Vite's `assets/index-….js`) until `release` is called. */
async function holdTheScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default page shows the first step’s title, words and controls', async ({ page }) => {
    await page.goto('./');
    await expect(stepTitle(page, 1, first.title)).toBeVisible();
    await expect(page.getByText(first.body)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Story steps' }).getByRole('link', { name: `Step 2: ${STEPS[1]!.title}` })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Add a workload' })).toBeVisible();
    await screenshot(page, 'first-screen-without-javascript');
  });
});

test('the default page paints its first step before the app’s script has run', async ({ page }) => {
  const release = await holdTheScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(stepTitle(page, 1, first.title)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible();
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
});

test('the default page is taken over as it stands (no console errors) and works: Next moves to step 2', async ({ page }) => {
  // The heading the prerender wrote, caught before the app runs: hydrating keeps it, rendering afresh would not.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as unknown as { prerendered: Element | null }).prerendered = document.querySelector('#root[data-prerendered] h2.story-title');
    });
  });
  // What moves on the first screen as the pictures, the panels and the rest of the code arrive.
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./');
  for (const svg of await page.locator('svg.scene').all()) await expect(svg).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => (window as unknown as { prerendered: Element | null }).prerendered?.isConnected)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shifts: { total: number } }).shifts.total)).toBeLessThanOrEqual(0.05);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');

  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(stepTitle(page, 2, STEPS[1]!.title)).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
});

test('a link to step 5 opens on step 5 and never shows the prerendered first step', async ({ page }) => {
  const release = await holdTheScript(page);
  await page.goto('./?step=5', { waitUntil: 'commit' });
  // The prerendered markup is there, but hidden before the first paint (public/first-screen.js, first-screen.css).
  await expect(page.locator('#root[data-prerendered]')).toBeAttached();
  await expect(stepTitle(page, 1, first.title)).toBeHidden();
  await expect(page.getByText(first.body)).toBeHidden();
  release();
  await expect(stepTitle(page, 5, fifth.title)).toBeVisible();
  await expect(stepTitle(page, 1, first.title)).toHaveCount(0);
  await expect(page.getByRole('link', { name: `Step 5: ${fifth.title}` })).toHaveAttribute('aria-current', 'step');
});

test('with reduced motion the default page renders afresh, its motion switch off, the prerendered one never seen', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const release = await holdTheScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('#root[data-prerendered]')).toBeAttached();
  await expect(stepTitle(page, 1, first.title)).toBeHidden();
  release();
  await expect(stepTitle(page, 1, first.title)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Animate changes' })).not.toBeChecked();
});

test('when the pictures’ code never arrives, each picture says so and the rest of the page shows and works', async ({ page, consoleProblems }) => {
  await page.route(/\/assets\/drawing-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: 'drawing code did not arrive' }).first()).toBeVisible();
  // Nothing waits unseen for a picture that is not coming: the controls and the costs below show.
  const add = page.getByRole('button', { name: 'Add web server' });
  await expect(add).toBeVisible();
  await add.scrollIntoViewIfNeeded();
  await add.click();
  await expect(page.getByRole('heading', { name: 'Costs' })).toBeVisible();
  // The browser reports the refused load itself; that one line is this test's doing, anything else still fails it.
  const refused = consoleProblems.filter((problem) => problem.includes('Failed to load resource'));
  expect(refused.length).toBeGreaterThan(0);
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((problem) => !refused.includes(problem)));
});
