import type { Frame, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, screenshot, SITE_DIR, test } from './fixtures.ts';

/*
 * What a link to the app shows elsewhere: the link preview's tags and picture, the oEmbed answer, and the theme a
 * host page hands its frames through embed.js.
 */

const THEME = 'houses-and-apartments:theme';

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The built index.html's `<meta>` tags, by property or name. */
async function metaTags(page: Page): Promise<Record<string, string>> {
  return page.locator('meta[property], meta[name]').evaluateAll((metas) =>
    Object.fromEntries(metas.map((meta) => [meta.getAttribute('property') ?? meta.getAttribute('name'), meta.getAttribute('content') ?? ''])),
  );
}

test('index.html carries the link preview’s tags, and og:image is a 1200×630 PNG in the site’s folder', async ({ page, request, baseURL }) => {
  await page.goto('./');
  const meta = await metaTags(page);
  for (const name of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) {
    expect(meta[name], name).toMatch(/\S{3}/);
  }
  expect(meta['og:type']).toBe('website');
  expect(meta['twitter:card']).toBe('summary_large_image');
  expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);
  expect(meta['twitter:image']).toBe(meta['og:image']);
  const image = new URL(meta['og:image']!, page.url());
  expect(image.href.startsWith(baseURL!), `${image.href} is in the site`).toBe(true);
  expect(existsSync(path.join(SITE_DIR, decodeURIComponent(image.pathname)))).toBe(true);
  const response = await request.get(image.href);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});

test('the oEmbed link answers JSON of type rich whose html embeds this app, with embed.js', async ({ page, request, baseURL }) => {
  await page.goto('./');
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('title', /\S/);
  const where = new URL((await link.getAttribute('href'))!, page.url());
  const oembed = await (await request.get(where.href)).json();
  expect(oembed).toMatchObject({ version: '1.0', type: 'rich', thumbnail_width: 1200, thumbnail_height: 630 });
  for (const field of ['title', 'provider_name']) expect(oembed[field], field).toMatch(/\S/);
  expect(oembed.width).toBeGreaterThan(0);
  expect(oembed.height).toBeGreaterThan(0);
  expect(new URL(oembed.thumbnail_url, where).href).toBe(new URL((await metaTags(page))['og:image']!, page.url()).href);
  // Relative addresses are the site's own (README: a build with SITE_URL makes them absolute); placed in a blog post,
  // the snippet shows the app and embed.js sizes it.
  const html = String(oembed.html).replace(/(\ssrc=")([^"]*)"/g, (_whole, attribute: string, url: string) => `${attribute}${new URL(url.replace(/&amp;/g, '&'), where).href.replace(/&/g, '&amp;')}"`);
  expect(html).toMatch(new RegExp(`<iframe src="${baseURL!.replace(/[.]/g, '\\.')}\\?[^"]*embed=1`));
  await page.route(`${baseURL}oembed-post.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>A post</title><h1>Post</h1>${html}` }));
  await page.goto(`${baseURL}oembed-post.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 2, name: /Step 1 of/ })).toBeVisible();
  await expect(page.locator('iframe')).toHaveAttribute('data-sized-by-embed', /\d+/);
});

test('the preview image was made from the scenes as the code draws them now', async ({ browser, request, consoleProblems }) => {
  const record = await (await request.get('./preview.json')).json();
  const context = await browser.newContext({ viewport: record.viewport, deviceScaleFactor: record.deviceScaleFactor, reducedMotion: record.reducedMotion });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleProblems.push(`console.error: ${message.text()}`));
  page.on('pageerror', (error) => consoleProblems.push(`uncaught: ${error.message}`));
  await page.goto(`./${record.page}`);
  const scenes = page.locator('svg[data-scene]');
  await expect(scenes).toHaveCount(record.scenes);
  await expect(page.locator('svg[data-scene][data-settled="true"]')).toHaveCount(record.scenes);
  const markup = await scenes.evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
  const hash = createHash('sha256').update(markup.join('\n')).digest('hex');
  expect(hash, 'step 1’s scenes are drawn differently from when public/preview.png was made: run npm run preview-image').toBe(record.scenesHash);
  await context.close();
});

/** A blog post holding the app in a sandboxed frame, with or without embed.js. */
function hostPage(app: string, frame: string, { script = true } = {}): string {
  return `<!doctype html><html><head><title>A blog post</title><meta name="color-scheme" content="light dark"></head><body>
<h1>My post about containers</h1>
<iframe id="embedded" ${frame} title="Houses &amp; Apartments" width="100%" height="500" style="border:0" sandbox="allow-scripts"></iframe>
<iframe id="other" name="other" srcdoc="<p>another frame</p>" height="80"></iframe>
${script ? `<script src="${app}embed.js"></script>` : ''}
</body></html>`;
}

async function openHost(page: Page, app: string, body: string): Promise<void> {
  await page.route(`${app}themed-post.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${app}themed-post.html`);
}

test('data-theme="auto" follows the host’s colour scheme, as it changes', async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // The snippet asks for the light theme, as the Embed dialog's does: only embed.js's message can make it dark.
  await openHost(page, baseURL!, hostPage(baseURL!, `data-theme="auto" src="${baseURL}?embed=1&amp;step=1&amp;controls=minimal&amp;theme=light"`));
  const frame = page.frameLocator('#embedded');
  await expect(frame.getByRole('heading', { level: 2, name: /Step 1 of/ })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  await screenshot(page, 'previews-host-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a frame that loaded before embed.js gets its data-theme when the script arrives', async ({ page, baseURL }) => {
  await openHost(page, baseURL!, hostPage(baseURL!, `data-theme="projector" src="${baseURL}?embed=1&amp;step=2"`, { script: false }));
  const frame = page.frameLocator('#embedded');
  await expect(frame.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.addScriptTag({ url: `${baseURL}embed.js` });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'projector');
});

/** Counts, inside the app's frame, the theme messages that have reached it (after the app's own listener). */
async function countArrivals(app: Frame): Promise<() => Promise<number>> {
  await app.evaluate((type) => {
    const counted = window as unknown as { themeMessages: number };
    counted.themeMessages = 0;
    window.addEventListener('message', (event) => {
      if (event.data && event.data.type === type) counted.themeMessages += 1;
    });
  }, THEME);
  return () => app.evaluate(() => (window as unknown as { themeMessages: number }).themeMessages);
}

test('a theme message from another window, or with a theme the app does not know, is ignored', async ({ page, baseURL }) => {
  await openHost(page, baseURL!, hostPage(baseURL!, `src="${baseURL}?embed=1&amp;step=1&amp;theme=light"`));
  const frame = page.frameLocator('#embedded');
  await expect(frame.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  const app = page.frames().find((each) => each.url().includes('embed=1'))!;
  const arrivals = await countArrivals(app);
  // Another frame of the host page, and the app's own window: neither is the parent.
  await page.frame({ name: 'other' })!.evaluate((type) => window.parent.frames[0]!.postMessage({ type, theme: 'dark' }, '*'), THEME);
  await app.evaluate((type) => window.postMessage({ type, theme: 'projector' }, '*'), THEME);
  // The parent, with a theme the app does not know, one that is not a string, and a message of another type.
  await page.evaluate((type) => {
    const target = (document.getElementById('embedded') as HTMLIFrameElement).contentWindow!;
    target.postMessage({ type, theme: 'sepia' }, '*');
    target.postMessage({ type, theme: ['dark'] }, '*');
    target.postMessage({ type: 'houses-and-apartments:themes', theme: 'dark' }, '*');
  }, THEME);
  await expect.poll(arrivals).toBe(4);
  await app.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  // The same message from the parent is heard.
  await page.evaluate((type) => (document.getElementById('embedded') as HTMLIFrameElement).contentWindow!.postMessage({ type, theme: 'dark' }, '*'), THEME);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
});
