import type { Page } from '@playwright/test';
import { SOURCED_FACTS } from '../../src/model/sources.ts';
import { accessibilityViolations } from './axe.ts';
import { scene } from './hooks.ts';
import { expect, figure, screenshot, test } from './fixtures.ts';

/*
 * The figures a sceptic checks: every source a link, a VM costed as a hypervisor reserves it, the optimisations a
 * host of VMs can turn on, and the microVMs between a house and an apartment.
 */

const FREE_PLAY = './?step=10';
const GiB = 1024 ** 3;

async function openAssumptions(page: Page) {
  const details = page.locator('section.assumptions details');
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  return details;
}

test.use({ reducedMotion: 'reduce' });

test('the assumptions link every figure’s source, and each link goes where the facts table says', async ({ page }) => {
  await page.goto(FREE_PLAY);
  const details = await openAssumptions(page);
  for (const fact of SOURCED_FACTS) {
    const row = details.locator(`tr[data-fact="${fact.id}"]`);
    const link = row.getByRole('link', { name: fact.source.title, exact: true });
    await expect(link, fact.id).toHaveAttribute('href', fact.source.url);
    await expect(row, fact.id).toContainText(fact.source.stated);
  }
  expect(await accessibilityViolations(page), 'axe, with every source shown').toEqual([]);
});

test('one web server on the minimal guest costs the street at most 1 GiB more than the empty street', async ({ page }) => {
  await page.goto(`${FREE_PLAY}&g=minimal`);
  await expect(page.getByRole('combobox', { name: 'Guest OS in each VM' })).toHaveValue('minimal');
  const empty = await figure(page, 'memory', 'vms');
  await page.getByRole('radiogroup', { name: 'Apartment size' }).getByRole('radio', { name: /^Studio/ }).check();
  await page.getByRole('button', { name: 'Add web server', exact: true }).click();
  await expect(page.locator('[data-metric="count"][data-side="vms"]')).toHaveAttribute('data-value', '1');
  const one = await figure(page, 'memory', 'vms');
  expect(one - empty).toBeGreaterThan(0);
  expect(one - empty).toBeLessThanOrEqual(GiB);
});

test('page merging lowers the street’s memory and leaves it above the building’s; linked clones lower its disk', async ({ page }) => {
  await page.goto('./?step=1');
  await expect(scene(page, 'Street of houses')).toHaveAttribute('data-settled', 'true');
  const before = { memory: await figure(page, 'memory', 'vms'), disk: await figure(page, 'disk', 'vms') };
  const houseWidth = () => scene(page, 'Street of houses').locator('g[data-kind="vm"][data-workload-id]').first().evaluate((g) => (g as SVGGElement).getBBox().width);
  const widthBefore = await houseWidth();

  await page.getByRole('checkbox', { name: /Merge identical pages \(KSM\)/ }).check();
  await expect.poll(() => figure(page, 'memory', 'vms')).toBeLessThan(before.memory);
  expect(await figure(page, 'memory', 'vms')).toBeGreaterThan(await figure(page, 'memory', 'containers'));
  // The picture shows it: every house stands on less land.
  await expect(scene(page, 'Street of houses')).toHaveAttribute('data-settled', 'true');
  await expect.poll(houseWidth).toBeLessThan(widthBefore);

  await page.getByRole('checkbox', { name: /Linked clones/ }).check();
  await expect.poll(() => figure(page, 'disk', 'vms')).toBeLessThan(before.disk);
  await expect.poll(() => new URL(page.url()).searchParams.get('o')).toBe('kl');
  await screenshot(page, 'figures-optimisations-on-1280x800');

  // The link carries the switches.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Merge identical pages \(KSM\)/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Linked clones/ })).toBeChecked();
});

test('the page explains KSM, linked clones, Docker Desktop and microVMs, and never claims a full core', async ({ page }) => {
  const seen = new Set<string>();
  for (const step of ['8', '9', '10']) {
    await page.goto(`./?step=${step}`);
    await openAssumptions(page);
    // The step's activity (step 8 names gVisor there) arrives after the first render: read the page once it has.
    await expect(page.locator('.activity-waiting')).toHaveCount(0);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text, `step ${step}`).not.toMatch(/full core/i);
    for (const term of ['KSM', 'linked clones', 'backing file', 'Docker Desktop', 'microVM', 'gVisor']) {
      if (text.toLowerCase().includes(term.toLowerCase())) seen.add(term);
    }
  }
  expect([...seen].sort()).toEqual(['Docker Desktop', 'KSM', 'backing file', 'gVisor', 'linked clones', 'microVM'].sort());
});

test('MicroVMs under Show draws a row of microVMs whose count matches its label, beside the building, and the link keeps it', async ({ page }) => {
  await page.goto('./?step=4');
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'MicroVMs', exact: true }).check();
  const row = scene(page, 'Row of microVMs');
  await expect(row).toHaveAttribute('aria-label', /^Row of microVMs: 4 microVMs/);
  await expect(row.locator('g[data-kind="microvm"][data-workload-id]')).toHaveCount(4);
  await expect(row).toHaveAttribute('data-settled', 'true');
  await expect(scene(page, 'Apartment building')).toBeVisible();
  await expect(scene(page, 'Street of houses')).toHaveCount(0);
  // A microVM is a small house: far less land than the street's house for the same app.
  const microWidth = await row.locator('g[data-kind="microvm"][data-workload-id]').first().evaluate((g) => (g as SVGGElement).getBBox().width);
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('microvms');
  expect(await accessibilityViolations(page), 'axe, with the microVMs shown').toEqual([]);
  await screenshot(page, 'figures-microvms-1280x800');

  await page.reload();
  await expect(scene(page, 'Row of microVMs').locator('g[data-kind="microvm"][data-workload-id]')).toHaveCount(4);
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Side by side', exact: true }).check();
  const houseWidth = await scene(page, 'Street of houses').locator('g[data-kind="vm"][data-workload-id]').first().evaluate((g) => (g as SVGGElement).getBBox().width);
  expect(microWidth).toBeLessThan(houseWidth / 2);
});
