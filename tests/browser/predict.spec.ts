import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { scenarioFromSpec } from '../../src/model/index.ts';
import { STEPS } from '../../src/store/steps.ts';
import { questionFor, type PredictionKind } from '../../src/ui/story/predictions.ts';
import { accessibilityViolations } from './axe.ts';
import { linkNotice, scene } from './hooks.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

/*
 * Predict, then reveal: steps 6, 7 and 8 ask "Your guess" before the picture answers. Choosing answers at once, in
 * words and in the picture (the layers' ring, the race's clock, the attacker's reach); "Show me" answers without a
 * guess; nothing waits on a guess; and a link may open the question answered.
 */

test.describe.configure({ timeout: 60_000 });

const SETTLE_TIMEOUT = 12_000;

/** The question of each asking step, from the model, as the page works it out for the step's own scenario. */
function question(kind: PredictionKind) {
  const index = STEPS.findIndex((step) => step.prediction === kind);
  const { hosts } = scenarioFromSpec(STEPS[index]!.spec!).scenario;
  return { step: index + 1, ...questionFor(kind, { vms: hosts.vms, containers: hosts.containers })! };
}

const guessGroup = (page: Page): Locator => page.getByRole('group', { name: /^Your guess/ });
/** The answer: the group's own status line (empty until answered). */
const answer = (page: Page): Locator => guessGroup(page).getByRole('status');
const buildingRoot = (page: Page): Locator => scene(page, 'Apartment building').locator(':scope > g');
const breachedHouse = (page: Page): Locator => scene(page, 'Street of houses').locator('[data-breached="true"]');
const raceClock = (page: Page): Locator => page.locator('[data-race-clock]');

/** What the picture shows of the answer: unseen before, seen once answered. */
async function expectPictureAnswered(page: Page, kind: PredictionKind, answered: boolean): Promise<void> {
  if (kind === 'layers') {
    if (answered) await expect(buildingRoot(page)).toHaveAttribute('data-highlight', 'layers');
    else await expect(buildingRoot(page)).not.toHaveAttribute('data-highlight', 'layers');
  } else if (kind === 'race') {
    if (answered) await expect(raceClock(page)).not.toHaveText('—');
    else await expect(raceClock(page)).toHaveText('—');
  } else {
    await expect(breachedHouse(page)).toHaveCount(answered ? 1 : 0);
    if (answered) await expect(buildingRoot(page)).toHaveAttribute('data-highlight', 'breach');
    else await expect(buildingRoot(page)).not.toHaveAttribute('data-highlight', 'breach');
  }
}

async function expectAllSettled(page: Page): Promise<void> {
  const svgs = page.locator('svg.scene');
  const count = await svgs.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) await expect(svgs.nth(i)).toHaveAttribute('data-settled', 'true', { timeout: SETTLE_TIMEOUT });
}

async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

const KINDS: readonly PredictionKind[] = ['layers', 'race', 'guests'];

for (const kind of KINDS) {
  test(`step ${question(kind).step} asks "Your guess" and answers a choice at once, in words and in the picture (${kind})`, async ({ page }) => {
    const { step, choices, right } = question(kind);
    await page.goto(`./?step=${step}`);
    const group = guessGroup(page);
    await expect(group).toBeVisible();
    const radios = group.getByRole('radio');
    await expect(radios).toHaveCount(3);
    for (let i = 0; i < 3; i += 1) await expect(radios.nth(i)).not.toBeChecked();
    await expect(answer(page)).toHaveText('');
    await expectAllSettled(page);
    await expectPictureAnswered(page, kind, false);

    // The race's step is guessed wrong, the others right.
    const guess = kind === 'race' ? (right + 1) % 3 : right;
    await group.getByRole('radio', { name: choices[guess], exact: true }).check();
    await expect(answer(page)).toContainText(guess === right ? 'Right' : 'Not quite');
    if (guess !== right) await expect(answer(page)).toContainText(choices[right]!);
    await expectPictureAnswered(page, kind, true);
    // The attack's reach is said once, in the answer, not again by the activity beneath.
    if (kind === 'guests') await expect(page.locator('.activity.guests').getByRole('status')).toHaveCount(0);
    // Answered, the step's link says so.
    await expect.poll(() => new URL(page.url()).searchParams.get('answer')).toBe('1');

    await expectAllSettled(page);
    await viewportShot(page, `predict-step-${step}-answered-1280x800`);
    expect(await accessibilityViolations(page), `axe, step ${step} answered`).toEqual([]);
  });
}

test('"Show me" answers without a guess, and moving on asks again', async ({ page }) => {
  const { step } = question('guests');
  await page.goto(`./?step=${step}`);
  await page.getByRole('button', { name: 'Show me', exact: true }).click();
  await expect(answer(page)).toContainText('Here is what happens');
  for (const radio of await guessGroup(page).getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expectPictureAnswered(page, 'guests', true);
  // Once answered, Show me stays where it is and does nothing more.
  await expect(page.getByRole('button', { name: 'Show me', exact: true })).toHaveAttribute('aria-disabled', 'true');

  await page.getByRole('button', { name: '← Back', exact: true }).click();
  await expect(answer(page)).toHaveText('');
  await expectPictureAnswered(page, 'race', false);
  await expect.poll(() => new URL(page.url()).searchParams.has('answer')).toBe(false);
});

test('nothing waits on a guess: the race starts and the attacker goes in without one', async ({ page }) => {
  await page.goto(`./?step=${question('race').step}`);
  await page.getByRole('button', { name: /^Start all \d+ workloads$/ }).click();
  await expectPictureAnswered(page, 'race', true);
  await expect(answer(page)).toHaveText('');

  await page.getByRole('button', { name: 'Next →', exact: true }).click();
  await page.getByRole('button', { name: /^Let an attacker into / }).click();
  await expectPictureAnswered(page, 'guests', true);
  await expect(answer(page)).toHaveText('');
  await expect(page.locator('.activity.guests').getByRole('status')).toHaveCount(1);
  // A guess now still answers, and leaves the attacker where it is.
  await guessGroup(page).getByRole('radio', { name: question('guests').choices[0], exact: true }).check();
  await expect(answer(page)).toContainText('Not quite');
  await expectPictureAnswered(page, 'guests', true);
});

test('the arrow keys move between the choices, not between the steps', async ({ page }) => {
  const { step, choices } = question('layers');
  await page.goto(`./?step=${step}`);
  const first = guessGroup(page).getByRole('radio', { name: choices[0], exact: true });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(guessGroup(page).getByRole('radio', { name: choices[1], exact: true })).toBeChecked();
  await expect(page.getByRole('link', { name: new RegExp(`^Step ${step}:`) })).toHaveAttribute('aria-current', 'step');
});

test('the first step asks nothing, and an answer in its link is dropped quietly', async ({ page }) => {
  await page.goto('./?step=1&answer=1');
  await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
  await expect(guessGroup(page)).toHaveCount(0);
  await expect(linkNotice(page)).toHaveCount(0);
  // The first move writes the page's link afresh, without it.
  await page.getByRole('button', { name: 'Next →', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
  expect(new URL(page.url()).searchParams.has('answer')).toBe(false);
  for (const step of [3, 9]) {
    await page.getByRole('link', { name: new RegExp(`^Step ${step}:`) }).click();
    await expect(page.getByRole('link', { name: new RegExp(`^Step ${step}:`) })).toHaveAttribute('aria-current', 'step');
    await expect(guessGroup(page)).toHaveCount(0);
  }
});

for (const kind of KINDS) {
  test(`a link opens step ${question(kind).step} answered, or not (${kind})`, async ({ page }) => {
    const { step } = question(kind);
    await page.goto(`./?step=${step}&answer=1`);
    await expect(answer(page)).toContainText('Here is what happens');
    await expectPictureAnswered(page, kind, true);
    await page.goto(`./?step=${step}`);
    await expect(guessGroup(page)).toBeVisible();
    await expect(answer(page)).toHaveText('');
    await expectPictureAnswered(page, kind, false);
  });
}

test('on a phone, and projected: the question reads, and passes axe (AAA contrast projected)', async ({ page }) => {
  const { step, right, choices } = question('race');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?step=${step}`);
  await expect(guessGroup(page)).toBeVisible();
  await expectAllSettled(page);
  await viewportShot(page, `predict-step-${step}-asked-390x844`);
  await guessGroup(page).getByRole('radio', { name: choices[right], exact: true }).check();
  await expect(answer(page)).toContainText('Right');
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(390);
  await expectAllSettled(page);
  await guessGroup(page).scrollIntoViewIfNeeded();
  await viewportShot(page, `predict-step-${step}-answered-390x844`);
  expect(await accessibilityViolations(page), 'axe on a phone').toEqual([]);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?step=${question('layers').step}`);
  await expect(guessGroup(page)).toBeVisible();
  // T goes round from the theme on screen: light, dark, then the projector.
  await page.keyboard.press('t');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.getByRole('button', { name: 'Show me', exact: true }).click();
  await expectPictureAnswered(page, 'layers', true);
  await expectAllSettled(page);
  await viewportShot(page, `predict-step-${question('layers').step}-projector-1280x800`);
  expect(await accessibilityViolations(page, { enhanced: true }), 'axe with AAA contrast, projected').toEqual([]);
});

test('at 1280×800 the question keeps the picture on the first screen of the layers’ step, asked and answered', async ({ page }) => {
  const { step } = question('layers');
  await page.goto(`./?step=${step}`);
  await expect(guessGroup(page)).toBeVisible();
  await expectAllSettled(page);
  const bottom = () => scene(page, 'Apartment building').evaluate((svg) => svg.getBoundingClientRect().bottom);
  expect(await bottom()).toBeLessThanOrEqual(800);
  await viewportShot(page, `predict-step-${step}-asked-1280x800`);
  await page.getByRole('button', { name: 'Show me', exact: true }).click();
  await expectAllSettled(page);
  await expect.poll(bottom).toBeLessThanOrEqual(800);
});

test('a step that asks keeps its words, which hold the answer, behind Read; the other steps show them', async ({ page }) => {
  const { step } = question('race');
  await page.goto(`./?step=${step}`);
  const words = page.locator('.story-body');
  await expect(guessGroup(page)).toBeVisible();
  // Its choices are a radio group of their own, named by the question.
  await expect(page.getByRole('radiogroup', { name: /^Your guess/ }).getByRole('radio')).toHaveCount(3);
  await expect(words).toBeHidden();
  await page.getByRole('button', { name: /^Read/ }).click();
  await expect(words).toBeVisible();
  await page.getByRole('button', { name: 'Hide the text', exact: true }).click();
  await expect(words).toBeHidden();
  // Step 6 asks too; step 5 before it does not.
  await page.getByRole('link', { name: /^Step 5:/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Step 5 of/ })).toBeVisible();
  await expect(words).toBeVisible();
});
