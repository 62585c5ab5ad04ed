import type { Locator, Page } from '@playwright/test';
import { accessibilityViolations } from './axe.ts';
import { copyResult, linkNotice, narration, placesOf, SCENE, scene } from './hooks.ts';
import { expect, figure, screenshot, test } from './fixtures.ts';

/*
 * The quality gates the other specs leave open: axe-core in the modes they do not visit (projector, embedded at each
 * level of controls, dark when embedded, the two dialogs), a focus ring on every Tab stop, a thousand actions in a
 * burst with motion on, a page whose storage and clipboard are refused, and a name made of markup.
 */

// Room for a loaded 2-core machine: these tests run axe several times or wait for a burst to settle.
test.describe.configure({ timeout: 60_000 });

const SETTLE_TIMEOUT = 15_000;

/** Houses and apartments standing: one being demolished carries data-leaving until it is gone. */
const HOUSE = 'g[data-kind="vm"][data-workload-id]:not([data-hosts]):not([data-leaving])';
const UNIT = 'g[data-kind="container"][data-workload-id]:not([data-leaving])';
const houses = (page: Page): Locator => scene(page, 'Street of houses').locator(HOUSE);
const apartments = (page: Page): Locator => scene(page, 'Apartment building').locator(UNIT);
const workloadRows = (page: Page): Locator => page.getByRole('list', { name: 'Workloads' }).locator('li[data-workload-id]');

/** Waits until every scene svg on the page stands still. */
async function expectAllSettled(page: Page, timeout = SETTLE_TIMEOUT): Promise<void> {
  const svgs = page.locator('svg.scene');
  const count = await svgs.count();
  expect(count, 'at least one scene is drawn').toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) await expect(svgs.nth(i)).toHaveAttribute('data-settled', 'true', { timeout });
}

/** Step 1 is on screen and drawn: seven services on an 8 GiB board, five houses (the street is full), seven apartments. */
async function expectStepOneDrawn(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: /Step 1 of 10/ })).toBeVisible();
  await expect(houses(page)).toHaveCount(5);
  await expect(apartments(page)).toHaveCount(7);
  await expectAllSettled(page);
}

// ── 1. axe-core in the modes the other specs do not visit ────────────────────────────────────────────────────────────
// Default, every story step and dark at step 1 are covered in shell, scenes and lesson. Each page load here runs
// axe in more than one state, to keep the suite fast.

test('axe-core: projector theme by link and by T, with the list of keys and the Embed dialog open', async ({ page }) => {
  await page.goto('./?theme=projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expectStepOneDrawn(page);
  // The projector shows none of the secondary controls.
  await expect(page.getByRole('group', { name: 'Add a workload' })).toBeHidden();
  // The projector promises AAA contrast (7:1 for text): axe's enhanced contrast rule checks it.
  expect(await accessibilityViolations(page, { enhanced: true }), 'axe with AAA contrast, projector theme opened by ?theme=projector').toEqual([]);

  // T goes round from the theme on screen: light, then dark. The Share tools are hidden in the projector theme; the
  // Embed dialog is checked on the way round, in dark, and the list of keys in the projector and in light.
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const embed = page.getByRole('dialog', { name: 'Embed this explainer' });
  await expect(embed).toBeVisible();
  expect(await accessibilityViolations(page), 'axe, dark theme with the Embed dialog open').toEqual([]);
  await embed.getByRole('button', { name: 'Close' }).click();
  await expect(embed).toBeHidden();

  // Back to the projector by T, and the list of keys over it: what a presenter opens first.
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('group', { name: 'Add a workload' })).toBeHidden();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys for presenting' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await accessibilityViolations(page, { enhanced: true }), 'axe with AAA contrast, projector theme reached by T, with the list of keys open').toEqual([]);
  await screenshot(page, 'quality-projector-keys-1280x800');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // And the list of keys in the light theme, where most readers meet it.
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  expect(await accessibilityViolations(page), 'axe, light theme with the list of keys open').toEqual([]);
});

for (const [controls, theme] of [
  ['none', 'light'],
  ['minimal', 'dark'],
  ['full', 'light'],
] as const) {
  test(`axe-core: embedded with controls=${controls}, ${theme} theme`, async ({ page }) => {
    await page.goto(`./?embed=1&controls=${controls}&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectStepOneDrawn(page);
    // Embedded: no masthead, a link out; and only the controls asked for.
    // The masthead gives way; its title stays for screen readers only (the page keeps its one h1).
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(title && title.width <= 1 && title.height <= 1, `the h1 is visually hidden (${JSON.stringify(title)})`).toBe(true);
    await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open full version/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next →' })).toBeVisible({ visible: controls !== 'none' });
    await expect(page.getByRole('group', { name: 'Add a workload' })).toBeVisible({ visible: controls === 'full' });
    expect(await accessibilityViolations(page), `axe, embedded, controls=${controls}, ${theme}`).toEqual([]);
    await screenshot(page, `quality-embed-${controls}-${theme}-1280x800`);
  });
}

// ── 2. A visible focus ring on every Tab stop ────────────────────────────────────────────────────────────────────────

interface TabStop {
  readonly name: string;
  readonly visible: boolean;
  readonly outlineStyle: string;
  readonly outlineWidth: number;
  readonly outlineColor: string;
  readonly boxShadow: string;
}

/**
 * Presses Tab up to `count` times from the top of the page, and reads what each press focused and how it is drawn.
 * Stops early at the end of the page, where the focus leaves for the browser's own controls and the body is active.
 */
async function tabStops(page: Page, count: number): Promise<TabStop[]> {
  // Start from the top: a click on the page's margin moves Tab's starting point there (blur() would leave it where
  // the focus was).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.click(2, 2);
  const stops: TabStop[] = [];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      if (element === document.body) return null;
      const style = getComputedStyle(element);
      const label =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
        element.textContent?.trim() ??
        '';
      const type = element.getAttribute('type');
      return {
        name: `${element.tagName.toLowerCase()}${type ? `[${type}]` : ''} “${label.slice(0, 30)}”`,
        visible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
      };
    });
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

/** A ring a reader can see: a solid (or dashed…) outline of 2 px or more in a colour that is not transparent, or a shadow. */
function ringProblems(stops: readonly TabStop[]): string[] {
  const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  return stops.flatMap((stop, index) => {
    const outline = stop.outlineStyle !== 'none' && stop.outlineStyle !== 'hidden' && stop.outlineWidth >= 2 && !transparent(stop.outlineColor);
    const shadow = stop.boxShadow !== 'none' && stop.boxShadow !== '';
    const problems: string[] = [];
    if (!stop.visible) problems.push(`Tab ${index + 1}: ${stop.name} has the focus but is not visible`);
    if (!outline && !shadow) {
      problems.push(`Tab ${index + 1}: ${stop.name} shows no focus ring (outline ${stop.outlineStyle} ${stop.outlineWidth}px ${stop.outlineColor}, box-shadow ${stop.boxShadow})`);
    }
    return problems;
  });
}

const names = (stops: readonly TabStop[]) => stops.map((stop) => stop.name).join(', ');

test('every Tab stop shows a focus ring, in the default and the projector theme', async ({ page }) => {
  await page.goto('./');
  await expectStepOneDrawn(page);

  // The first 26 stops of the light page: the share and keys buttons, Back, the story's links, Next, the motion
  // switch, the downloads, the add buttons and the size radios: buttons, links, a checkbox and a radio.
  const light = await tabStops(page, 26);
  expect(light.length, `Tab stops: ${names(light)}`).toBe(26);
  // The focus moved on at every press: each stop is another control.
  expect(new Set(light.map((stop) => stop.name)).size, `Tab stops: ${names(light)}`).toBe(light.length);
  expect(ringProblems(light), 'default theme').toEqual([]);

  // The projector hides the secondary controls: another, shorter Tab order, to the end of the page. (T from the
  // page, not from a focused select, which keeps its keys.)
  await page.mouse.click(2, 2);
  await page.keyboard.press('t');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const projector = await tabStops(page, 26);
  expect(projector.length, `at least ten Tab stops: ${names(projector)}`).toBeGreaterThanOrEqual(10);
  expect(new Set(projector.map((stop) => stop.name)).size, `Tab stops: ${names(projector)}`).toBe(projector.length);
  expect(ringProblems(projector), 'projector theme').toEqual([]);
});

// ── 3. A thousand actions in a burst, with motion on ─────────────────────────────────────────────────────────────────

interface DrawnIds {
  readonly scene: string;
  readonly houses: readonly string[];
  readonly units: readonly string[];
  readonly microvms: readonly string[];
  readonly leaving: number;
  readonly layers: readonly string[];
}

/** The ids each scene on the page draws: its houses, its apartments (standing ones), and its image layers. */
async function drawnScenes(page: Page): Promise<DrawnIds[]> {
  return page.locator('svg.scene').evaluateAll(
    (svgs, { house, unit, scenes }) =>
      svgs.map((svg) => {
        const ids = (selector: string) => [...svg.querySelectorAll(selector)].map((g) => g.getAttribute('data-workload-id') ?? '');
        return {
          scene: Object.entries(scenes).find(([, selector]) => svg.matches(selector))?.[0] ?? 'a scene',
          houses: ids(house!),
          units: ids(unit!),
          microvms: ids('g[data-kind="microvm"][data-workload-id]'),
          leaving: svg.querySelectorAll('[data-leaving]').length,
          layers: [...svg.querySelectorAll('[data-layer-id]')].map((layer) => layer.getAttribute('data-layer-id') ?? ''),
        };
      }),
    { house: HOUSE, unit: UNIT, scenes: SCENE },
  );
}

/** A settled scene draws each house, apartment and image layer once, and nothing still being demolished. */
function expectDrawnOnce(drawn: readonly DrawnIds[]): void {
  const twice = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const d of drawn) {
    expect.soft(d.leaving, `${d.scene}: nothing still being demolished once settled`).toBe(0);
    expect.soft(twice(d.houses), `${d.scene}: houses drawn more than once`).toEqual([]);
    expect.soft(twice(d.units), `${d.scene}: apartments drawn more than once`).toEqual([]);
    expect.soft(twice(d.layers), `${d.scene}: image layers drawn more than once`).toEqual([]);
  }
}

interface BurstReport {
  readonly done: Record<'add' | 'remove' | 'size' | 'undo' | 'redo', number>;
  readonly frames: number;
  readonly stale: number;
  readonly elapsed: number;
}

test('a thousand actions in a burst, with motion on: the scenes settle on what the ledger and the list say', async ({ page }) => {
  const ACTIONS = 1000;
  // Step 1's 8 GiB board: a small machine fills up early and often, so refusals come all along, and the list (which
  // every click renders again) stays short enough for a thousand clicks to take seconds, not minutes.
  await page.goto('./');
  await expect(page.getByRole('checkbox', { name: 'Animate changes' })).toBeChecked();
  await expectAllSettled(page);

  // The real buttons, clicked in the page as fast as it lets them be: after each click one microtask, in which React
  // renders the change (so the next pick sees the new buttons, as a person's would), and now and then one animation
  // frame, so that houses are part-built when the next change interrupts them. Picks follow a seeded sequence, so
  // a failure can be replayed.
  const report = await page.evaluate(
    async ({ count, seed }): Promise<BurstReport> => {
      let state = seed >>> 0;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const all = <T extends Element>(selector: string) => [...document.querySelectorAll<T>(selector)];
      const history = (name: string) => all<HTMLButtonElement>('[role="group"][aria-label="History"] button').find((b) => b.textContent?.trim() === name)!;
      const adds = all<HTMLButtonElement>('button.add-button[aria-label^="Add "]');
      const sizes = all<HTMLInputElement>('input[type="radio"][name="apartment-size"]');
      const done = { add: 0, remove: 0, size: 0, undo: 0, redo: 0 };
      let frames = 0;
      let stale = 0;
      const start = performance.now();
      for (let i = 0; i < count; i += 1) {
        // What a person could click now, weighted: adding most, and Redo often when it is there to press.
        const undo = history('Undo');
        const redo = history('Redo');
        const choices: [keyof typeof done, number, HTMLElement[]][] = [
          ['add', 4, adds],
          ['remove', 3, all<HTMLButtonElement>('ul[aria-labelledby="workloads-heading"] button[aria-label^="Remove "]')],
          ['size', 1, sizes.filter((radio) => !radio.checked)],
          ['undo', 1.5, undo.disabled ? [] : [undo]],
          ['redo', 3, redo.disabled ? [] : [redo]],
        ];
        const open = choices.filter(([, , targets]) => targets.length > 0);
        let roll = random() * open.reduce((sum, [, weight]) => sum + weight, 0);
        const [kind, , targets] = open.find(([, weight]) => (roll -= weight) < 0) ?? open[0]!;
        const target = pick(targets);
        if (!target.isConnected) stale += 1;
        target.click();
        done[kind] += 1;
        await Promise.resolve();
        if (random() < 0.12) {
          await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
          frames += 1;
        }
      }
      return { done, frames, stale, elapsed: performance.now() - start };
    },
    { count: ACTIONS, seed: 20_240_611 },
  );
  test.info().annotations.push({ type: 'burst', description: JSON.stringify(report) });
  // A real workout: every kind of action, many times over; and every click was on a button still on the page.
  for (const kind of ['add', 'remove', 'size', 'undo', 'redo'] as const) {
    expect(report.done[kind], `${kind} clicks in ${JSON.stringify(report)}`).toBeGreaterThan(40);
  }
  expect(report.stale, 'clicks on buttons no longer on the page').toBe(0);

  // Everything comes to rest.
  await expectAllSettled(page, 30_000);
  const drawn = await drawnScenes(page);
  const street = drawn.find((d) => d.scene === 'Street of houses')!;
  const building = drawn.find((d) => d.scene === 'Apartment building')!;
  expect(street, 'the street is drawn').toBeDefined();
  expect(building, 'the building is drawn').toBeDefined();

  // What the page says: the ledger's counts, and where each row of the Workloads list runs.
  const rows = await workloadRows(page).evaluateAll((items) =>
    items.map((li) => ({ id: li.getAttribute('data-workload-id') ?? '', sides: li.getAttribute('data-sides') ?? '' })),
  );
  const inStreet = rows.filter((row) => placesOf(row.sides).house).map((row) => row.id);
  const inBuilding = rows.filter((row) => placesOf(row.sides).apartment).map((row) => row.id);
  // The burst filled the street at some point: some tenants ended in the building alone, so the sides differ.
  expect(inBuilding.length, 'the burst left the two sides with different tenants').toBeGreaterThan(inStreet.length);

  // Soft, so that one run reports every mismatch; where the ids differ, the failure says what the list says of each.
  expect.soft(street.houses.length, 'houses drawn = the ledger’s count of VMs').toBe(await figure(page, 'count', 'vms'));
  expect.soft(building.units.length, 'apartments drawn = the ledger’s count of containers').toBe(await figure(page, 'count', 'containers'));
  const said = (a: readonly string[], b: readonly string[]) =>
    JSON.stringify(rows.filter((row) => a.includes(row.id) !== b.includes(row.id)));
  expect
    .soft([...street.houses].sort(), `houses drawn = the list’s rows with a house; rows that differ: ${said(street.houses, inStreet)}`)
    .toEqual([...inStreet].sort());
  expect
    .soft([...building.units].sort(), `apartments drawn = the list’s rows with an apartment; rows that differ: ${said(building.units, inBuilding)}`)
    .toEqual([...inBuilding].sort());
  expectDrawnOnce(drawn);
  expect(building.layers.length, 'the building draws its image layers').toBeGreaterThan(0);
  await screenshot(page, 'quality-burst-1280x800');

  // Docker inside a VM, the third side: every row of the list is drawn in one of the three scenes.
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Docker inside a VM', exact: true }).check();
  await expect(scene(page, 'Street of houses')).toHaveCount(0);
  await expectAllSettled(page, 30_000);
  const nested = await drawnScenes(page);
  expect(nested.map((d) => d.scene)).toEqual(['Docker inside a VM']);
  expectDrawnOnce(nested);
  expect(nested[0]!.units.filter((id) => !rows.some((row) => row.id === id)), 'apartments in the Docker house the list lacks').toEqual([]);

  // And the row of microVMs, the fourth side: each side has its own room, so a tenant may have found room only there.
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'MicroVMs', exact: true }).check();
  await expectAllSettled(page, 30_000);
  const micro = (await drawnScenes(page)).find((d) => d.scene === 'Row of microVMs')!;
  expect(micro, 'the row of microVMs is drawn').toBeDefined();
  expectDrawnOnce([micro]);
  const inRow = rows.filter((row) => row.sides.split(' ').includes('microvms')).map((row) => row.id);
  expect([...micro.microvms].sort(), 'microVMs drawn = the list’s rows with a microVM').toEqual([...inRow].sort());
  const anywhere = new Set([...street.houses, ...building.units, ...nested[0]!.units, ...micro.microvms]);
  expect(
    rows.filter((row) => !anywhere.has(row.id)),
    'rows of the list drawn in none of the four scenes',
  ).toEqual([]);
});

// ── 4. Storage and clipboard refused, at top level ───────────────────────────────────────────────────────────────────

test('with storage and the clipboard refused, the page works and Copy link says how to copy instead', async ({ page }) => {
  // As a browser with site data blocked does it: touching either storage throws, and writing to the clipboard is
  // refused. (The sandboxed iframe, which has neither, is embed.spec's.)
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
        },
      });
    }
    if (navigator.clipboard) {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: refuse });
      Object.defineProperty(navigator.clipboard, 'write', { configurable: true, value: refuse });
    }
  });
  await page.context().clearPermissions();
  await page.goto('./');
  // The refusals are in place, as the page sees them.
  expect(await page.evaluate(() => {
    try {
      return String(window.localStorage);
    } catch (error) {
      return (error as DOMException).name;
    }
  })).toBe('SecurityError');
  expect(await page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', (error: DOMException) => error.name))).toBe('NotAllowedError');

  await expectStepOneDrawn(page);
  // A workload can be added: a cache on the laptop gets an apartment (the street is already full).
  await page.getByRole('button', { name: 'Add cache', exact: true }).click();
  await expect(page.locator('[data-metric="count"][data-side="containers"]')).toHaveAttribute('data-value', '8');
  // Said in the alert, since the street refused the house.
  await expect(page.getByRole('alert')).toContainText('Added cache 2');
  // The theme key works, and the address bar keeps up.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');

  // Copy link shows the link; Copy is refused, and the page says what to do instead, with the text selected.
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this exact state' });
  await expect(field).toHaveValue(/theme=dark/);
  await page.getByRole('group', { name: 'Share' }).getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(copyResult(page)).toBeVisible();
  await expect(copyResult(page)).toContainText('clipboard');
  await expect(copyResult(page)).not.toContainText('Copied');
  const [from, to, length] = await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length]);
  expect([from, to], 'the whole link is selected').toEqual([0, length]);
});

// ── 5. A name made of markup stays text ──────────────────────────────────────────────────────────────────────────────

test('a link whose workload is named with markup shows the name as text, and runs nothing', async ({ page }) => {
  const NAME = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`./?v=1&step=10&w=1.web.s:${encodeURIComponent(NAME)}`);
  await expect(houses(page)).toHaveCount(1);
  await expect(apartments(page)).toHaveCount(1);
  await expectAllSettled(page);
  await expect(linkNotice(page), 'no notice about the link').toHaveCount(0);

  // The list shows the name as written, and names the Remove button with it.
  const row = workloadRows(page).first();
  await expect(row.locator('.workload-name')).toHaveText(NAME);
  await expect(row.getByRole('button', { name: `Remove ${NAME}`, exact: true })).toBeVisible();
  // The scenes name the house and the apartment with it, and draw it (or a short word for it) as text.
  for (const item of [houses(page).first(), apartments(page).first()]) {
    const drawn = await item.evaluate((g) => ({
      label: g.getAttribute('aria-label') ?? '',
      title: g.querySelector('title')?.textContent ?? '',
      text: g.querySelector('text.house-label, text.unit-label')?.textContent ?? '',
    }));
    expect(drawn.label.includes(NAME) || drawn.title.includes(NAME), `named “${NAME}”: ${JSON.stringify(drawn)}`).toBe(true);
    // The name itself, the kind's short word where the name does not fit, or nothing: always text, never markup.
    expect(drawn.text === NAME || drawn.text === 'web' || drawn.text === '', `drawn as text: ${drawn.text}`).toBe(true);
  }
  // No element was made from it, and nothing ran.
  expect(await page.evaluate(() => document.querySelectorAll('img, image, script:not([src]), [onerror]').length), 'elements made from the name').toBe(0);
  // The live region says it as text too, when it is removed.
  await row.getByRole('button', { name: `Remove ${NAME}`, exact: true }).click();
  await expect(narration(page)).toContainText(`Removed ${NAME}`);
  await expect(houses(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('img, image, script:not([src]), [onerror]').length), 'elements made from the name').toBe(0);
  expect(dialogs, 'dialogs opened by the page').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP violations').toEqual([]);
});
