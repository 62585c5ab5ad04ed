import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { accessibilityViolations } from './axe.ts';
import { expect, screenshot, SCREENSHOT_DIR, test } from './fixtures.ts';

// The speaker view (S): a second window with the step's notes, the next step and a timer, kept in step with the page.

/** The projected page's step, as its story panel heads it. */
const pageStep = (page: Page, n: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of 10`) });
/** The speaker's window's step, its one top heading. */
const speakerStep = (speaker: Page, n: number) => speaker.getByRole('heading', { level: 1, name: new RegExp(`^Step ${n} of 10`) });
const notes = (speaker: Page) => speaker.getByRole('region', { name: /^Notes for step/ });

/** The page, its pictures drawn, so that a key goes to a page that is ready. */
async function openPage(page: Page, search = ''): Promise<void> {
  await page.goto(search);
  await expect(page.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
}

/** Opens the speaker view with the S key and returns its window, failing the test on any error in it. */
async function pressS(page: Page, problems: string[]): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await opened;
  speaker.on('console', (message) => {
    if (message.type() === 'error') problems.push(`speaker console.error: ${message.text()}`);
  });
  speaker.on('pageerror', (error) => problems.push(`speaker uncaught: ${error.message}`));
  await expect(speaker).toHaveTitle('Speaker view — Houses & Apartments');
  return speaker;
}

/** The two windows move together, either way, then the page goes on alone once the speaker's window is closed. */
async function movesBothWays(page: Page, speaker: Page): Promise<void> {
  await expect(speakerStep(speaker, 1)).toBeVisible();
  const first = await notes(speaker).innerText();
  expect(first.length).toBeGreaterThan(100);
  // The projected page never shows the notes.
  expect(await page.locator('body').innerText()).not.toContain(first.split('\n').find((line) => line.length > 40));

  await speaker.getByRole('button', { name: 'Next →' }).click();
  await expect(pageStep(page, 2)).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
  await expect(speakerStep(speaker, 2)).toBeVisible();
  expect(await notes(speaker).innerText()).not.toBe(first);

  await page.keyboard.press('ArrowRight');
  await expect(pageStep(page, 3)).toBeVisible();
  await expect(speakerStep(speaker, 3)).toBeVisible();
  // The speaker's window keeps its own address: reloaded, it is still the speaker's view.
  await expect(speaker).toHaveURL(/[?&]speaker=1/);

  await speaker.close();
  await page.keyboard.press('ArrowRight');
  await expect(pageStep(page, 4)).toBeVisible();
}

test('S opens the speaker view on the current step; Next there moves the page, and the page moves it', async ({ page, consoleProblems }) => {
  await openPage(page);
  const speaker = await pressS(page, consoleProblems);
  await movesBothWays(page, speaker);
  // Opened again, on the step the page is on now.
  const again = await pressS(page, consoleProblems);
  await expect(speakerStep(again, 4)).toBeVisible();
  await again.keyboard.press('ArrowLeft');
  await expect(pageStep(page, 3)).toBeVisible();
  // S with the window open brings that same window to this step: no second window.
  await page.keyboard.press('s');
  await expect(again).toHaveURL(/[?&]step=3(&|$)/);
  await expect(speakerStep(again, 3)).toBeVisible();
  expect(page.context().pages()).toHaveLength(2);
});

test('without BroadcastChannel the windows keep in step by postMessage; the keys list opens the view too', async ({ page, consoleProblems }) => {
  await page.context().addInitScript(() => {
    delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
  });
  await openPage(page);
  await page.keyboard.press('?');
  const opened = page.waitForEvent('popup');
  await page.getByRole('dialog').getByRole('button', { name: 'Open the speaker view' }).click();
  const speaker = await opened;
  speaker.on('pageerror', (error) => consoleProblems.push(`speaker uncaught: ${error.message}`));
  expect(await speaker.evaluate(() => typeof window.BroadcastChannel)).toBe('undefined');
  await page.keyboard.press('Escape');
  await movesBothWays(page, speaker);
});

test('a refused window is said in the page, not swallowed', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openPage(page);
  await page.keyboard.press('s');
  const refused = page.getByRole('status').filter({ hasText: 'pop-ups' });
  await expect(refused).toBeVisible();
  await screenshot(page, 'speaker-refused');
  await refused.getByRole('button', { name: 'Dismiss' }).click();
  await expect(refused).toHaveCount(0);
});

test('on a step that asks "Your guess", the speaker view leads with the question and its right answer', async ({ page }) => {
  await page.goto('?speaker=1&step=7');
  await expect(speakerStep(page, 7)).toBeVisible();
  const first = notes(page).getByRole('term').first();
  await expect(first).toHaveText(/The class’s guess/);
  await expect(notes(page).getByRole('definition').first()).toContainText('Apartments, by 5+ s');
});

test('the speaker view: four parts of notes, the next step drawn small, a timer with Reset, the end of the story', async ({ page }) => {
  await page.clock.install();
  await page.goto('?speaker=1&step=1');
  await expect(speakerStep(page, 1)).toBeVisible();
  for (const part of ['Point at', 'Say aloud', 'Ask the class', 'A common wrong answer']) {
    await expect(notes(page).getByRole('term').filter({ hasText: part })).toBeVisible();
  }
  const next = page.getByRole('region', { name: /^Next, step 2: What the picture means/ });
  await expect(next.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  await expect(next.locator('svg.scene g[data-kind="vm"][data-workload-id]')).toHaveCount(2);

  const clock = page.getByRole('timer');
  await expect(clock).toHaveText('00:00');
  await page.clock.runFor('02:05');
  await expect(clock).toHaveText('02:05');
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(clock).toHaveText('00:00');
  await page.clock.runFor(3000);
  await expect(clock).toHaveText('00:03');

  expect(await accessibilityViolations(page), 'axe, the speaker view').toEqual([]);
  await screenshot(page, 'speaker-view-1280');

  // A step that asks the class to guess shows the presenter the question and its answer first; one that does not, none.
  await expect(notes(page).getByRole('term').filter({ hasText: 'The class’s guess' })).toHaveCount(0);

  // Alone (no page to follow), it still moves with its own keys.
  await page.keyboard.press('ArrowRight');
  await expect(speakerStep(page, 2)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Next, step 3/ }).locator('svg.scene[data-settled="true"]')).toHaveCount(2);

  // The popup's own size (open.ts), then a narrower one: as the window shows them, Back and Next kept in reach.
  for (const [width, name] of [[960, 'speaker-view-popup'], [560, 'speaker-view-small']] as const) {
    await page.setViewportSize({ width, height: 640 });
    await expect(page.getByRole('button', { name: 'Next →' })).toBeInViewport({ ratio: 1 });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }

  await page.goto('?speaker=1&step=9');
  await expect(page.getByRole('region', { name: /^Next, step 10/ }).locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(speakerStep(page, 10)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'End of the story' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next →' })).toHaveAttribute('aria-disabled', 'true');
  expect(await accessibilityViolations(page), 'axe, the last step').toEqual([]);
});
