import type { Download, Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, screenshot, SCREENSHOT_DIR, SITE_DIR, test } from './fixtures.ts';
import { scene } from './hooks.ts';

/*
 * The app away from its server: the single self-contained HTML file opened from disk, and the picture a reader
 * downloads (SVG and PNG) to put on a slide. The single file is written by scripts/single-file.mjs after `vite build`.
 */

const SINGLE_FILE = path.resolve(SITE_DIR, 'houses-and-apartments.html');
const SETTLE_TIMEOUT = 15_000;

const street = (page: Page) => scene(page, 'Street of houses');
const building = (page: Page) => scene(page, 'Apartment building');
const houses = (page: Page) => street(page).locator('g[data-kind="vm"][data-workload-id]:not([data-leaving])');
const apartments = (page: Page) => building(page).locator('g[data-kind="container"][data-workload-id]:not([data-leaving])');

async function settled(page: Page): Promise<void> {
  const svgs = page.locator('svg.scene');
  const count = await svgs.count();
  for (let i = 0; i < count; i += 1) await expect(svgs.nth(i)).toHaveAttribute('data-settled', 'true', { timeout: SETTLE_TIMEOUT });
}

/** Clicks a download button (once the component is on the page) and keeps the file under the test's output. */
async function download(page: Page, name: string, file: string): Promise<{ download: Download; file: string }> {
  const button = page.getByRole('group', { name: 'Download picture' }).getByRole('button', { name, exact: true });
  const [result] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await result.saveAs(file);
  expect(await result.failure()).toBeNull();
  return { download: result, file };
}

/** Free play with two workloads, motion off, every scene at rest. */
async function twoWorkloads(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?step=10');
  const add = page.getByRole('group', { name: 'Add a workload' });
  await add.getByRole('button', { name: 'Add web server', exact: true }).click();
  await add.getByRole('button', { name: 'Add database', exact: true }).click();
  await expect(houses(page)).toHaveCount(2);
  await expect(apartments(page)).toHaveCount(2);
  await settled(page);
}

/** What the downloaded SVG holds, read with the browser's own XML parser. */
async function readPicture(page: Page, svgText: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const ids = new Set(Array.from(doc.querySelectorAll('[id]'), (element) => element.id));
    const references = Array.from(text.matchAll(/url\(#([^)]+)\)/g), (match) => match[1]!);
    const lines = (element: Element | null) => Array.from(element?.querySelectorAll('text') ?? [], (line) => line.textContent ?? '').join(' ');
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      rootName: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      title: lines(doc.querySelector('[data-part="title"]')),
      captions: Array.from(doc.querySelectorAll('[data-part="caption"]'), lines),
      footnote: lines(doc.querySelector('[data-part="footnote"]')),
      background: doc.querySelector('[data-part="background"]')?.getAttribute('fill') ?? '',
      scenes: doc.querySelectorAll('svg[data-part="scene"]').length,
      vms: doc.querySelectorAll('g[data-kind="vm"][data-workload-id]').length,
      containers: doc.querySelectorAll('g[data-kind="container"][data-workload-id]').length,
      layers: doc.querySelectorAll('[data-layer-id][data-users]').length,
      patterns: doc.querySelectorAll('pattern').length,
      stylesheets: doc.querySelectorAll('style, link').length,
      missingReferences: references.filter((id) => !ids.has(id)),
      urlFills: references.length,
    };
  }, svgText);
}

/** The styles the browser paints each shape of the scenes with, in document order: on the page, or in the file. */
async function paintedStyles(page: Page, scenes: string): Promise<string[]> {
  return page.locator(scenes).evaluateAll((svgs) => svgs.flatMap((svg) =>
    Array.from(svg.querySelectorAll('rect, path, text, tspan, line, circle'), (element) => {
      const style = getComputedStyle(element);
      const paint = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'display', 'font-size', 'font-weight', 'paint-order']
        .map((property) => style.getPropertyValue(property));
      return `${element.getAttribute('class') ?? element.localName}: ${paint.join(' | ')}`;
    })));
}

/** The width and height a PNG file declares in its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** An HTML page beside the picture that shows it as an image, as a slide or a document would: no scripts, no page styles. */
function imagePage(svgFile: string, width: number, height: number): string {
  const html = path.join(path.dirname(svgFile), 'picture.html');
  writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"><title>picture</title><link rel="icon" href="data:,">` +
    `<style>html,body{margin:0;background:#808080}</style></head><body>` +
    `<img id="picture" alt="" style="display:block" src="./${path.basename(svgFile)}" width="${width}" height="${height}"></body></html>`);
  return `file://${html}`;
}

test('the single HTML file works opened from disk: the story, both places and a click', async ({ page }, testInfo) => {
  const html = readFileSync(SINGLE_FILE, 'utf8');
  // (Booleans, not the 370 KiB file, in a failure message.)
  expect(/(?:src|href)=["']?\.?\/?assets\//.test(html), 'the single file needs no file beside it').toBe(false);
  expect(/<link[^>]*modulepreload/i.test(html), 'no modulepreload links').toBe(false);
  expect(/<script type="module">/.test(html) && /<style>/.test(html), 'script and stylesheet inlined').toBe(true);
  const index = readFileSync(path.resolve(SITE_DIR, 'index.html'), 'utf8');
  expect(/src="\.\/assets\/[^"]+\.js"/.test(index), 'the normal site still loads its assets from files').toBe(true);

  const fileUrl = `file://${SINGLE_FILE}`;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith(fileUrl) && !url.startsWith('blob:')) elsewhere.push(url);
  });
  page.on('requestfailed', (request) => elsewhere.push(`failed: ${request.url()}`));
  // Motion off: the scenes reach their end state at once (the story's first step builds five houses).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(fileUrl);

  await expect(page.getByRole('heading', { level: 2, name: /Step 1 of 10/ })).toBeVisible();
  await expect(street(page)).toBeVisible();
  await expect(building(page)).toBeVisible();
  await expect(houses(page).first()).toBeAttached();
  await expect(apartments(page).first()).toBeAttached();
  const before = await apartments(page).count();
  expect(await houses(page).count()).toBeGreaterThan(0);

  await page.getByRole('group', { name: 'Add a workload' }).getByRole('button', { name: 'Add cache', exact: true }).click();
  await expect(apartments(page)).toHaveCount(before + 1);
  await settled(page);
  await screenshot(page, 'offline-single-file');

  // The picture downloads from disk too: the PNG is drawn from a data: URL, which a file:// page may use.
  const { file } = await download(page, 'Download picture as PNG (2×)', testInfo.outputPath('from-disk.png'));
  expect(pngSize(file).width).toBeGreaterThan(0);
  expect(elsewhere, 'requests for anything but the file itself').toEqual([]);
});

test('“Download picture as SVG” saves one standalone, well-formed picture of both places', async ({ page }, testInfo) => {
  await twoWorkloads(page);
  const onPage = {
    layers: await building(page).locator('[data-layer-id][data-users]').count(),
    background: await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    captions: await page.locator('svg.scene').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label') ?? '')),
  };

  const { download: saved, file } = await download(page, 'Download picture as SVG', testInfo.outputPath('houses-and-apartments.svg'));
  expect(saved.suggestedFilename()).toBe('houses-and-apartments.svg');
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  const picture = await readPicture(page, text);

  expect(picture.parseError, 'well-formed XML').toBe(false);
  expect(picture.rootName).toBe('svg');
  expect(picture.namespace).toBe('http://www.w3.org/2000/svg');
  expect(picture.viewBox).toBe(`0 0 ${picture.width} ${picture.height}`);
  expect(picture.title, 'the picture is titled').toContain('Houses & Apartments');
  // Each scene's summary is its caption: the street's first, as on the page.
  expect(picture.captions).toEqual(onPage.captions);
  expect(picture.footnote).toContain('sourced defaults');
  expect(picture.footnote).toContain('sources');
  expect(picture.footnote).toContain('rack server');
  expect(picture.footnote).toContain('Firecracker');
  expect(picture.scenes).toBe(2);
  expect(picture.vms).toBe(2);
  expect(picture.containers).toBe(2);
  expect(picture.layers).toBe(onPage.layers);
  expect(picture.layers).toBeGreaterThan(0);
  // Self-contained: no stylesheet, every pattern it fills with is inside it, and every shape carries its own style.
  expect(picture.stylesheets).toBe(0);
  expect(picture.patterns).toBeGreaterThan(0);
  expect(picture.urlFills).toBeGreaterThan(0);
  expect(picture.missingReferences).toEqual([]);
  expect(picture.background).toContain(onPage.background);

  // Opened on its own, it is an SVG document the browser draws (a parse error would be an error page), and every
  // shape is painted as on the page, with no stylesheet: fills, strokes, dashes, text.
  const painted = await paintedStyles(page, 'svg.scene');
  await page.goto(`file://${file}`);
  expect(await page.evaluate(() => [document.documentElement.localName, document.documentElement.getAttribute('width')])).toEqual(['svg', String(picture.width)]);
  expect(painted.length).toBeGreaterThan(50);
  expect(await paintedStyles(page, 'svg[data-part="scene"]')).toEqual(painted);
  // As an image (as a slide shows it: no scripts, nothing fetched), for a person to look at.
  await page.setViewportSize({ width: picture.width, height: picture.height });
  await page.goto(imagePage(file, picture.width, picture.height));
  await expect(page.locator('#picture')).toHaveJSProperty('complete', true);
  expect(await page.locator('#picture').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(picture.width);
  await screenshot(page, 'offline-picture-svg');
});

test('“Download picture as PNG (2×)” saves a PNG at twice the SVG’s size', async ({ page }, testInfo) => {
  await twoWorkloads(page);
  const { file: svgFile } = await download(page, 'Download picture as SVG', testInfo.outputPath('houses-and-apartments.svg'));
  const svg = await readPicture(page, readFileSync(svgFile, 'utf8'));

  const { download: saved, file } = await download(page, 'Download picture as PNG (2×)', testInfo.outputPath('houses-and-apartments.png'));
  expect(saved.suggestedFilename()).toBe('houses-and-apartments.png');
  expect(pngSize(file)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  await expect(page.getByRole('group', { name: 'Download picture' }).getByRole('status')).toHaveCount(0);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(file, `${SCREENSHOT_DIR}/offline-picture-png-2x.png`);
});

test('the picture takes the page’s theme: dark page, dark picture', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await twoWorkloads(page);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const { file } = await download(page, 'Download picture as SVG', testInfo.outputPath('houses-and-apartments-dark.svg'));
  const picture = await readPicture(page, readFileSync(file, 'utf8'));
  expect(picture.background).toContain(background);
  expect(picture.parseError).toBe(false);
  await page.setViewportSize({ width: picture.width, height: picture.height });
  await page.goto(imagePage(file, picture.width, picture.height));
  await expect(page.locator('#picture')).toHaveJSProperty('complete', true);
  await screenshot(page, 'offline-picture-svg-dark');
});

test('in a sandboxed frame that may not download, the buttons say so instead of failing', async ({ page }) => {
  // A host page (served here by the test) that frames the app without allow-downloads.
  await page.route('**/sandbox-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><title>host</title><link rel="icon" href="data:,"></head><body>' +
      '<iframe title="Houses and Apartments" sandbox="allow-scripts allow-same-origin" src="./?step=10" width="1200" height="1600"></iframe></body></html>',
  }));
  const downloads: string[] = [];
  page.on('download', (saved) => downloads.push(saved.suggestedFilename()));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./sandbox-host.html');
  const app = page.frameLocator('iframe');
  const group = app.getByRole('group', { name: 'Download picture' });
  await group.getByRole('button', { name: 'Download picture as SVG', exact: true }).click();
  await expect(group.getByRole('status')).toHaveText(/could not be saved here/);
  await expect(group.getByRole('link', { name: /Open the full version/ })).toHaveAttribute('target', '_blank');
  await group.getByRole('button', { name: 'Download picture as PNG (2×)', exact: true }).click();
  await expect(group.getByRole('status')).toHaveText(/could not be saved here/);
  await expect(group.getByRole('button', { name: 'Download picture as PNG (2×)', exact: true })).toBeEnabled();
  expect(downloads).toEqual([]);
});
