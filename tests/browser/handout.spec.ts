import type { Page } from '@playwright/test';
import { STEPS } from '../../src/store/steps.ts';
import { accessibilityViolations } from './axe.ts';
import { expect, screenshot, test } from './fixtures.ts';

/** A PDF's pages, counted from its page objects (`/Type /Page`), not the tree that holds them (`/Type /Pages`). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** How many pictures each step's page holds: one per side its view shows. */
const PICTURES = STEPS.reduce((sum, step) => sum + (step.view === 'both' || step.view === 'microvms' ? 2 : 1), 0);

async function openSettled(page: Page, search = '', sides = ['vms', 'containers']) {
  await page.goto(`./${search}`);
  for (const side of sides) await expect(page.locator(`svg[data-scene="${side}"]`)).toHaveAttribute('data-settled', 'true');
  // The handout's code follows the rest of the page's: a print is the handout once nothing more is loading.
  await page.waitForLoadState('networkidle');
}

test('?print=1 opens the handout on screen: every step with its pictures and figures, then the sources', async ({ page }) => {
  await page.goto('./?print=1');
  const handout = page.getByRole('main');
  for (const [index, step] of STEPS.entries()) {
    const section = handout.getByRole('region', { name: step.title });
    await expect(section).toBeVisible();
    await expect(section.getByText(`Step ${index + 1} of ${STEPS.length}`)).toBeVisible();
    const sides = step.view === 'nested' ? ['nested'] : ['vms', 'containers'];
    for (const side of sides) await expect(section.locator(`svg[data-scene="${side}"]`)).toHaveAttribute('data-settled', 'true');
    await expect(section.getByRole('table', { name: 'Key figures' })).toBeVisible();
    // A step that asks the class to guess asks on paper too, before its words.
    if (step.prediction) await expect(section.getByText('Your guess, before you read on')).toBeVisible();
    else await expect(section.getByText('Your guess, before you read on')).toHaveCount(0);
  }
  await expect(handout.locator('svg[data-scene]')).toHaveCount(PICTURES);
  // The pictures keep their hatching: each scene carries its own patterns.
  await expect(handout.locator('svg[data-scene="vms"] pattern').first()).toBeAttached();
  const sources = handout.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: /^https:\/\// }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the explainer' })).toHaveAttribute('href', /step=1/);
  // Nothing of the explainer's own page is there.
  await expect(page.locator('.story')).toHaveCount(0);
  await screenshot(page, 'handout-screen-1280');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('?print=1 prints as ten pages and more, on Letter and on A4, without its buttons, in a PDF of a few MB', async ({ page }) => {
  await page.goto('./?print=1');
  const handout = page.getByRole('main');
  await expect(handout.locator('svg[data-scene]')).toHaveCount(PICTURES);
  // In print the buttons give way; each step is a page of its own and the sources follow.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(handout.getByRole('region', { name: STEPS[0]!.title })).toHaveCSS('break-after', 'page');
  // Back to no emulation: a PDF is made with print media then (with screen media it would not be).
  await page.emulateMedia({ media: null });
  expect(pdfPages(await page.pdf())).toBeGreaterThanOrEqual(10);
  const a4 = await page.pdf({ format: 'A4' });
  expect(pdfPages(a4)).toBeGreaterThanOrEqual(10);
  // Small enough to mail or put on a school's learning platform (the pictures' patterns once made it 25 MB).
  expect(a4.length).toBeLessThan(6 * 1024 * 1024);
});

test('printing the ordinary page prints the handout, and the screen is as it was', async ({ page }) => {
  await openSettled(page);
  const story = page.locator('.story');
  const before = { story: await story.boundingBox(), street: await page.locator('svg[data-scene="vms"]').boundingBox() };
  // On screen the handout is nowhere: not drawn, not in the page.
  await expect(page.locator('.handout')).toHaveCount(0);
  await expect(story).toBeVisible();

  // What the print holds as it begins: this listener is added after the page's own, so it runs after it.
  await page.evaluate(() =>
    window.addEventListener('beforeprint', () => {
      const handout = document.querySelector('.handout');
      window.printed = {
        titles: [...(handout?.querySelectorAll('h2') ?? [])].map((heading) => heading.textContent ?? ''),
        scenes: handout?.querySelectorAll('svg[data-scene]').length ?? 0,
      };
    }),
  );
  const pdf = await page.pdf();
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(10);
  const printed = await page.evaluate(() => window.printed);
  expect(printed?.titles).toEqual([...STEPS.map((step) => step.title), 'Sources']);
  expect(printed?.scenes).toBe(PICTURES);

  // Afterwards the page is the page again, laid out as before.
  await expect(page.locator('.handout')).toHaveCount(0);
  await expect(story).toBeVisible();
  expect({ story: await story.boundingBox(), street: await page.locator('svg[data-scene="vms"]').boundingBox() }).toEqual(before);
  await screenshot(page, 'handout-page-after-print-1280');
});

test('in print media the ordinary page gives way to the handout; on screen it is untouched', async ({ page }) => {
  await openSettled(page, '?step=9', ['nested']);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.story')).toBeHidden();
  const handout = page.locator('.handout');
  await expect(handout.getByRole('heading', { name: STEPS[8]!.title })).toBeVisible();
  await expect(handout.locator('svg[data-scene="nested"]')).toHaveCount(1);
  // "Your turn" prints the scenario open on the page: here, the nested step's.
  await expect(handout.getByRole('region', { name: STEPS[9]!.title }).locator('svg[data-scene]')).toHaveCount(2);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.handout')).toHaveCount(0);
  await expect(page.locator('.story')).toBeVisible();
});

declare global {
  interface Window {
    printed?: { titles: string[]; scenes: number };
  }
}
