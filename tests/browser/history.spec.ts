import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The workload ids drawn by the units a locator finds. */
async function idsOf(units: Locator): Promise<string[]> {
  return units.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-workload-id') ?? ''));
}

test('Reset is one more change: with motion on, the next workload gets an id never drawn, and Undo brings the scenario back', async ({ page }) => {
  await page.goto('./?step=10');
  await expect(page.getByRole('checkbox', { name: 'Animate changes' })).toBeChecked();
  const add = page.getByRole('group', { name: 'Add a workload' });
  const history = page.getByRole('group', { name: 'History' });
  // Units still standing, not the ones walking out after a Reset.
  const apartments = page.locator('g[data-kind="container"][data-workload-id]:not([data-leaving])');
  const houses = page.locator('g[data-kind="vm"][data-workload-id]:not([data-leaving])');

  await add.getByRole('button', { name: 'Add web server' }).click();
  await add.getByRole('button', { name: 'Add cache' }).click();
  await expect(apartments).toHaveCount(2);
  await expect(houses).toHaveCount(2);
  const before = await idsOf(apartments);

  await history.getByRole('button', { name: 'Reset' }).click();
  // Added while the old tenants are still leaving: a reused id would be taken for one of them.
  await add.getByRole('button', { name: 'Add web server' }).click();
  await expect(apartments).toHaveCount(1);
  await expect(houses).toHaveCount(1);
  const [fresh] = await idsOf(apartments);
  expect(before).not.toContain(fresh);
  expect(await idsOf(houses)).toEqual([fresh]);
  await expect(page.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  await expect(page.locator('g[data-workload-id][data-leaving]')).toHaveCount(0);

  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(apartments).toHaveCount(0);
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(apartments).toHaveCount(2);
  expect(await idsOf(apartments)).toEqual(before);
  await expect(page.locator('[data-metric="count"][data-side="vms"]')).toHaveAttribute('data-value', '2');
});

test('R, the presenter’s reset, puts a step’s scenario back as a change Undo can take back', async ({ page }) => {
  await page.goto('./?step=2');
  const apartments = page.locator('g[data-kind="container"][data-workload-id]:not([data-leaving])');
  await expect(apartments).toHaveCount(2);
  const stepIds = await idsOf(apartments);
  await page.getByRole('group', { name: 'Add a workload' }).getByRole('button', { name: 'Add database' }).click();
  await expect(apartments).toHaveCount(3);
  const changed = await idsOf(apartments);

  await page.keyboard.press('r');
  await expect(apartments).toHaveCount(2);
  for (const id of await idsOf(apartments)) expect(changed).not.toContain(id);
  expect(stepIds).toHaveLength(2);

  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(apartments).toHaveCount(3);
  expect(await idsOf(apartments)).toEqual(changed);
});

test('at either end of the story the button that cannot move still shows its word, in every theme', async ({ page }) => {
  for (const theme of ['light', 'dark', 'projector']) {
    for (const [step, name] of [[10, 'Next →'], [1, '← Back']] as const) {
      await page.goto(`./?step=${step}&theme=${theme}`);
      const button = page.getByRole('button', { name, exact: true });
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      const { color, background } = await button.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, background: style.backgroundColor };
      });
      expect(color, `${name} at step ${step} in the ${theme} theme`).not.toBe(background);
    }
  }
});
