import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkNotice, scene } from './hooks.ts';

/** Everything a scene draws that a reload must restore: ids, geometry and layers, per svg. */
async function drawn(page: Page): Promise<string> {
  for (const svg of await page.locator('svg.scene').all()) await expect(svg).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.scene')]
      .map((svg) => {
        const nodes = [...svg.querySelectorAll('[data-workload-id], [data-layer-id]')].map(
          (el) => `${el.getAttribute('data-kind') ?? 'layer'}:${el.getAttribute('data-workload-id') ?? el.getAttribute('data-layer-id')}:${el.getAttribute('data-users') ?? ''}:${(el.getAttribute('transform') ?? '').replace(/\s+/g, '')}`,
        );
        return `${svg.getAttribute('aria-label')}|${svg.getAttribute('viewBox')}|${nodes.join(';')}`;
      })
      .join('\n'),
  );
}

test('the address carries the whole state: a reload gives the same picture, costs and controls', async ({ page }) => {
  await page.goto('./?step=10');
  await page.getByRole('radio', { name: /Penthouse/ }).check();
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Add Java service' }).click();
  await page.getByRole('radio', { name: /Studio/ }).check();
  await page.getByRole('button', { name: 'Add cache' }).click();
  await page.getByRole('combobox', { name: 'Guest OS in each VM' }).selectOption('minimal');
  await page.getByRole('radio', { name: 'Type 2: on a host OS' }).check();
  await page.getByRole('button', { name: 'Remove Java service 2' }).click();
  await page.keyboard.press('t');
  await expect.poll(() => new URL(page.url()).searchParams.get('w')).toContain('cache');
  await expect.poll(() => new URL(page.url()).searchParams.get('h')).toBe('2');
  const before = await drawn(page);
  const ledger = await page.locator('[data-metric]').evaluateAll((cells) => cells.map((c) => `${c.getAttribute('data-metric')}:${c.getAttribute('data-side')}:${c.getAttribute('data-value')}`));
  const url = page.url();

  await page.goto(url);
  expect(await drawn(page)).toBe(before);
  expect(await page.locator('[data-metric]').evaluateAll((cells) => cells.map((c) => `${c.getAttribute('data-metric')}:${c.getAttribute('data-side')}:${c.getAttribute('data-value')}`))).toEqual(ledger);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Guest OS in each VM' })).toHaveValue('minimal');
  await expect(page.getByRole('radio', { name: 'Type 2: on a host OS' })).toBeChecked();
  await expect(linkNotice(page), 'no notice about the link').toHaveCount(0);
});

test('back and forward move through the steps', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Step 3 of 10/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: /Step 2 of 10/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 2, name: /Step 3 of 10/ })).toBeVisible();
});

// What each notice must name: the part of the link it left out, or why.
for (const [name, search, said] of [
  ['an unknown workload and machine', '?v=1&m=mainframe&w=1.spaceship.s,2.cache.s', '“mainframe”'],
  ['another version', '?v=99&w=1.web.s', 'another version'],
  ['values out of range', '?v=1&f=hostOsMemoryMiB:-4,alpineImageMB:NaN&w=1.web.s', 'usual value'],
  ['a step that does not exist', '?step=404', '“404”'],
  ['percent signs and junk', '?v=1&w=%E0%A4%A,,..::&step=2&view=%%%', 'could not be read'],
] as const) {
  test(`a garbled link (${name}) opens a valid page with a notice`, async ({ page }) => {
    await page.goto(`./${search}`);
    const notice = linkNotice(page);
    await expect(notice.getByRole('listitem').first()).toBeVisible();
    await expect(notice).toContainText(said);
    await expect(page.getByRole('heading', { level: 2, name: /Step \d+ of 10/ })).toBeVisible();
    await expect(scene(page, 'Street of houses')).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
}

/** The app has rendered and run its effects (key listeners included): the scenes mark themselves settled then. */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('svg.scene').first()).toHaveAttribute('data-settled', /true|false/);
}

test('presenter keys: next, back, theme, blank, help and reset, and none while typing', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const heading = page.getByRole('heading', { level: 2, name: /Step \d+ of 10/ });
  await page.keyboard.press('ArrowRight');
  await expect(heading).toContainText('Step 2 of 10');
  await page.keyboard.press('n');
  await page.keyboard.press('Space');
  await expect(heading).toContainText('Step 4 of 10');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toContainText('Step 1 of 10');
  await page.keyboard.press('End');
  await expect(heading).toContainText('Step 10 of 10');
  await page.keyboard.press('Home');
  await expect(heading).toContainText('Step 1 of 10');
  for (const theme of ['dark', 'projector', 'light']) {
    await page.keyboard.press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  }
  await page.keyboard.press('b');
  // The blank screen covers the page and says how to come back.
  const blank = page.locator('.blank-screen');
  await expect(blank).toBeVisible();
  await expect(blank).toContainText('any key');
  await page.keyboard.press('x');
  await expect(blank).toBeHidden();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys for presenting' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add cache' }).click();
  await expect(page.locator('[data-metric="count"][data-side="containers"]')).toHaveAttribute('data-value', '8');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('r');
  await expect(page.locator('[data-metric="count"][data-side="containers"]')).toHaveAttribute('data-value', '7');
  await page.locator('.assumptions summary').click();
  await page.getByRole('spinbutton', { name: 'Host OS memory (MiB)' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await expect(heading).toContainText('Step 1 of 10');
});

test('F turns full screen on and off', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});
