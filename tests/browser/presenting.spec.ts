import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import { accessibilityViolations } from './axe.ts';
import { expect, screenshot, test } from './fixtures.ts';

/** What a phone's camera reads from the QR code on screen: the element's own pixels, decoded. */
async function decodeQr(code: Locator): Promise<string | null> {
  const image = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

const stepHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Step \d+ of 10/ });

async function ready(page: Page): Promise<void> {
  await expect(page.locator('svg.scene[data-scene="vms"]')).toHaveAttribute('data-settled', 'true');
}

test('Q shows a QR code of the step’s link, half the screen high, that a phone decodes to that link; its code loads only then', async ({ page, baseURL }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto('./?step=3');
  await ready(page);
  const before = fetched.length;
  await page.keyboard.press('q');
  const code = page.getByRole('img', { name: /^QR code / });
  await expect(code).toBeVisible();
  // The encoder came when it was asked for, not with the page.
  expect(fetched.slice(before).some((url) => url.endsWith('.js')), 'the QR code’s script loads on Q').toBe(true);
  const box = (await code.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(800 / 2);
  const link = `${baseURL}?step=3`;
  expect(await decodeQr(code)).toBe(link);
  await expect(page.getByRole('dialog')).toContainText(link);
  // Served to this computer only, the page says that phones cannot open the link.
  await expect(page.getByRole('note')).toContainText('localhost');
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'presenting-qr-1280x800');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Changed by the presenter, the step's own link no longer says what is shown: the code carries the whole state,
  // which opens the same picture on a phone.
  await page.getByRole('button', { name: 'Add cache' }).click();
  await expect(page.locator('[data-metric="count"][data-side="containers"]')).toHaveAttribute('data-value', '3');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('q');
  const full = await decodeQr(code);
  expect(full).toContain('step=3');
  expect(full).toContain('w=');
  const phone = await page.context().newPage();
  await phone.goto(full!);
  await expect(phone.locator('[data-metric="count"][data-side="containers"]')).toHaveAttribute('data-value', '3');
  await expect(stepHeading(phone)).toContainText('Step 3 of 10');
  await phone.close();
});

test('the QR code in the projector theme at 1024×768 still fills half the screen, and a button opens it too', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?step=7&theme=projector');
  await ready(page);
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keys for presenting' }).getByRole('button', { name: 'Show the QR code' }).click();
  const code = page.getByRole('img', { name: /^QR code / });
  await expect(code).toBeVisible();
  expect((await code.boundingBox())!.height).toBeGreaterThanOrEqual(768 / 2);
  expect(await decodeQr(code)).toMatch(/\?step=7$/);
  expect(await accessibilityViolations(page, { enhanced: true })).toEqual([]);
  await screenshot(page, 'presenting-qr-projector-1024x768');
});

test('a step’s number then Enter jumps there; G opens a field that does the same; a wrong number is said', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.keyboard.press('5');
  await expect(page.getByText('Step 5: press Enter')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(stepHeading(page)).toContainText('Step 5 of 10');
  await expect(page).toHaveURL(/step=5/);
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('There is no step 12')).toBeVisible();
  await expect(stepHeading(page)).toContainText('Step 5 of 10');

  await page.keyboard.press('g');
  const field = page.getByRole('textbox', { name: 'Step number' });
  await expect(field).toBeFocused();
  await field.fill('9');
  await expect(page.getByRole('dialog', { name: 'Go to a step' })).toContainText('Can a VM run Docker');
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'presenting-go-to-1280x800');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(stepHeading(page)).toContainText('Step 9 of 10');
});
