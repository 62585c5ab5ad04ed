import { computeCosts, makeScenario, applyToScenario, smallestSizeFor, defaultLabel, type WorkloadKindId } from '../../src/model/index.ts';
import { accessibilityViolations } from './axe.ts';
import { expect, figure, screenshot, test } from './fixtures.ts';
import { narration } from './hooks.ts';

const SIX: WorkloadKindId[] = ['web', 'api', 'worker', 'cache', 'database', 'reports'];
const NAMES: Record<WorkloadKindId, string> = {
  web: 'web server', api: 'API service', worker: 'background worker', cache: 'cache',
  database: 'database', reports: 'report job', java: 'Java service',
};

/** The model's own answer for the six workloads, placed the way the buttons place them. */
function expectedCosts() {
  let scenario = makeScenario();
  SIX.forEach((kind, index) => {
    const workload = { id: `w${index + 1}`, kind, size: smallestSizeFor(kind), label: defaultLabel(kind, 1) };
    scenario = applyToScenario(scenario, { type: 'add', workload }).scenario;
  });
  return { vms: computeCosts(scenario.hosts.vms), containers: computeCosts(scenario.hosts.containers) };
}

test('the built app shows the claim and the mapping before any click', async ({ page }) => {
  await page.goto('./?step=10');
  await expect(page).toHaveTitle(/Houses & Apartments/);
  await expect(page.getByRole('heading', { level: 1, name: 'Houses & Apartments' })).toBeVisible();
  // The claim, under the title in the masthead.
  const masthead = page.getByRole('banner');
  await expect(masthead).toBeVisible();
  await expect(masthead).toContainText('not lightweight virtual machines');
  // The mapping: one term for each place, in the section that says the analogy plainly.
  const mapping = page.getByRole('region', { name: 'The analogy, said plainly' });
  await expect(mapping).toBeVisible();
  await expect(mapping.getByRole('term')).toHaveText(['A street of houses', 'An apartment building']);
  await expect(mapping.getByRole('definition')).toHaveCount(2);
  expect(await figure(page, 'count', 'vms')).toBe(0);
});

test('six workloads added by clicking show the model’s costs both ways, and Undo takes one back', async ({ page }) => {
  await page.goto('./?step=10');
  const add = page.getByRole('group', { name: 'Add a workload' });
  for (const kind of SIX) await add.getByRole('button', { name: `Add ${NAMES[kind]}` }).click();

  const expected = expectedCosts();
  await expect(page.locator('[data-metric="count"][data-side="vms"]')).toHaveAttribute('data-value', '6');
  await expect(page.locator('[data-metric="count"][data-side="containers"]')).toHaveAttribute('data-value', '6');
  for (const side of ['vms', 'containers'] as const) {
    expect(await figure(page, 'memory', side)).toBe(expected[side].memory.used);
    expect(await figure(page, 'disk', side)).toBe(expected[side].disk.used);
    expect(await figure(page, 'startup', side)).toBe(expected[side].startup.allReady);
  }
  await expect(narration(page)).toContainText('Added report job 1');
  // The difference said in words: less memory, and why (six guest kernels).
  await expect(page.locator('.difference')).toContainText('less memory');
  await expect(page.locator('.difference')).toContainText('six guest kernels');

  for (const [name, width, height] of [['desktop', 1280, 800], ['projector', 800, 600], ['phone', 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `shell-six-workloads-${name}-${width}x${height}`);
  }

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-metric="count"][data-side="vms"]')).toHaveAttribute('data-value', '5');
  await expect(page.getByRole('button', { name: 'Remove report job 1' })).toHaveCount(0);
});

test('a full street refuses with the reason, while the building still takes the tenant', async ({ page }) => {
  await page.goto('./?step=10');
  await page.getByRole('radio', { name: /Penthouse/ }).check();
  const addDatabase = page.getByRole('button', { name: 'Add database' });
  // A penthouse house is 4 GiB of rooms plus a 2 GiB guest OS: ten fill the 64 GiB street.
  for (let i = 0; i < 11; i += 1) await addDatabase.click();
  await expect(page.getByRole('alert')).toContainText('No land left on the street');
  const vms = await figure(page, 'count', 'vms');
  const containers = await figure(page, 'count', 'containers');
  expect(containers).toBe(11);
  expect(vms).toBeLessThan(containers);
  await expect(page.locator('.difference')).toContainText('more than the street');
});

test('axe-core finds no accessibility violations, empty or with workloads', async ({ page }) => {
  await page.goto('./?step=10');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Add web server' }).click();
  await page.getByRole('button', { name: 'Add database' }).click();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a row’s size, chosen by keyboard from the workload list, resizes the apartment; the choice passes axe open', async ({ page }) => {
  await page.goto('./?step=10');
  await page.getByRole('button', { name: 'Add web server' }).click();
  const apartment = page.locator('svg[data-scene="containers"] g[data-kind="container"] .unit-body');
  const apartmentWidth = async () => Number(await apartment.getAttribute('width'));
  await expect(page.locator('svg[data-scene="containers"]')).toHaveAttribute('data-settled', 'true');
  const before = await apartmentWidth();
  const size = page.getByRole('list', { name: 'Workloads' }).getByRole('button', { name: 'Size of web server 1: Studio' });
  await size.focus();
  await page.keyboard.press('Enter');
  await expect(size).toHaveAttribute('aria-expanded', 'true');
  expect(await accessibilityViolations(page), 'axe, with the sizes unfolded').toEqual([]);
  // Into the sizes, then one arrow on: a 1-bedroom, as a select's arrow key would choose it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Studio', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '1-bedroom', exact: true })).toBeChecked();
  await expect(narration(page)).toContainText('Moved web server 1 to a 1-bedroom.');
  // The apartment is drawn a size larger once the picture stands still.
  await expect(page.locator('svg[data-scene="containers"]')).toHaveAttribute('data-settled', 'true');
  expect(await apartmentWidth()).toBeGreaterThan(before);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Size of web server 1: 1-bedroom' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Size of web server 1' })).toHaveCount(0);
});

test('dark colour scheme passes axe too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?step=10');
  await page.getByRole('button', { name: 'Add cache' }).click();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'shell-dark-1280x800');
});
