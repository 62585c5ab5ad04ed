import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures.ts';

/**
 * The stage: at each screen a class or a reader brings, the step (its title, words, Back and Next) and the whole
 * picture are seen together without scrolling, and the picture's own labels are large enough to read there.
 */
const SCREENS = [
  { name: '1280x800', width: 1280, height: 800, query: '', label: 14 },
  { name: '1366x768', width: 1366, height: 768, query: '', label: 14 },
  { name: '1024x768-projector', width: 1024, height: 768, query: '&theme=projector', label: 24 },
  { name: '800x600', width: 800, height: 600, query: '', label: 14 },
] as const;
const STEPS = [1, 3, 6, 8, 9];

async function settled(page: Page): Promise<void> {
  await expect(page.locator('svg.scene').first()).toBeVisible();
  await expect(async () => {
    const states = await page.locator('svg.scene').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-settled')));
    expect(states.every((state) => state === 'true')).toBe(true);
  }).toPass();
}

/** Boxes that do not lie wholly inside the viewport, by name. */
async function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: [string, Element | null][] = [
      ['title', document.querySelector('.story-title')],
      ['text', document.querySelector('.story-body')],
      ['Back', [...document.querySelectorAll('.story-nav button')].find((b) => b.textContent?.includes('Back')) ?? null],
      ['Next', [...document.querySelectorAll('.story-nav button')].find((b) => b.textContent?.includes('Next')) ?? null],
      ...[...document.querySelectorAll('svg.scene')].map((svg): [string, Element] => [`svg ${svg.getAttribute('data-scene')}`, svg]),
    ];
    return boxes.filter(([, element]) => {
      if (!element) return true;
      const r = element.getBoundingClientRect();
      return r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5;
    }).map(([name]) => name);
  });
}

for (const screen of SCREENS) {
  test(`at ${screen.name} the step and the whole picture share the first screen, labelled at ${screen.label} px or more`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    for (const step of STEPS) {
      await page.goto(`./?step=${step}${screen.query}`);
      await settled(page);
      await screenshot(page, `stage-step-${step}-${screen.name}`);
      // Late panels (a step's activity, the share tools) may refit the picture once they arrive: the end state counts.
      await expect.poll(() => outside(page), { message: `step ${step}: outside the first screen` }).toEqual([]);
      const texts = await page.locator('svg.scene text').evaluateAll((nodes) =>
        nodes.filter((node) => node.getAttribute('display') !== 'none' && (node.textContent ?? '') !== '').map((node) => {
          const svg = (node as SVGTextElement).ownerSVGElement!;
          const zoom = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: node.textContent ?? '', px: parseFloat(getComputedStyle(node).fontSize) * zoom };
        }));
      expect(texts.filter((t) => t.text.trim().endsWith('…')), `step ${step}: scene text cut to an ellipsis`).toEqual([]);
      const labels = texts.filter((t) => t.px < screen.label - 0.5);
      expect(labels, `step ${step}: labels under ${screen.label} px`).toEqual([]);
    }
  });
}

test('at 1280×800 the first house names its guest kernel, services and app, and the building its shared parts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const step of [1, 3, 6, 8]) {
    await page.goto(`./?step=${step}`);
    await settled(page);
    const street = (await page.locator('svg[data-scene="vms"] .callout-label').allTextContents()).join(' | ');
    // Named apart, or together where the two strips are too thin for a line each.
    for (const part of [/guest kernel/, /services/, /\bapp\b/]) expect(street, `step ${step}`).toMatch(part);
    const building = await page.locator('svg[data-scene="containers"] text').allTextContents();
    expect(building.join(' | '), `step ${step}`).toMatch(/host kernel|Host kernel/);
    expect(building.join(' | '), `step ${step}`).toMatch(/engine/i);
    expect(building.join(' | '), `step ${step}`).toMatch(/stored once/);
  }
});

test('a layer shows its links only while it is focused from the keyboard or pointed at', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?step=1');
  await settled(page);
  const building = page.locator('svg[data-scene="containers"]');
  const visibleLinks = () => building.locator('.layer-link').evaluateAll((links) => links.filter((l) => getComputedStyle(l).visibility === 'visible').length);
  expect(await visibleLinks()).toBe(0);
  const alpine = building.locator('[data-layer-id][data-users="4"]').first();
  await alpine.focus();
  expect(await visibleLinks()).toBe(4);
  await page.mouse.move(5, 5);
  await building.locator('g[data-kind="container"]').first().hover();
  expect(await visibleLinks()).toBeGreaterThan(0);
});

test('at 390×844 the step’s title, Back and Next and the top of the picture are on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const step of STEPS) {
    await page.goto(`./?step=${step}`);
    await settled(page);
    await screenshot(page, `stage-step-${step}-390x844`);
    const where = await page.evaluate(() => ({
      title: document.querySelector('.story-title')!.getBoundingClientRect().bottom,
      nav: document.querySelector('.story-nav')!.getBoundingClientRect().bottom,
      picture: document.querySelector('svg.scene')!.getBoundingClientRect().top,
    }));
    expect(where.title).toBeLessThan(844);
    expect(where.nav).toBeLessThan(844);
    expect(where.picture).toBeLessThan(844 - 60);
  }
});
