#!/usr/bin/env node
// Writes what a link to the app shows elsewhere, from a built site (it builds nothing): public/preview.png, the
// 1200×630 card of Open Graph and Twitter (the claim above step 1's picture, the app's own scenes as its code draws
// them, photographed in Chromium once they have settled); public/preview.json, what the card was made from (the page,
// the viewport and a hash of the scenes' markup: tests/browser/previews.spec.ts draws them again and compares); and
// public/oembed.json, whose snippet is the one the app's Embed dialog writes, with the app's address made relative.
// Commit all three: a build copies them from public/, so a machine without Chromium ships them too.
//
//   npm run build && npm run preview-image        (or: node scripts/preview-image.mjs [site-folder], default dist/)
//
// Fails (exit code 1, and says why) when the site is missing or Chromium cannot start.
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const CARD = { width: 1200, height: 630 };
/**
 * Step 1 as an embed shows it, picture and step only, at a size whose layout reads well scaled into the card and
 * has room to spare: the picture is then the same however the step's title wraps above it (in another font).
 */
const SOURCE = { page: '?embed=1&controls=none&step=1', viewport: { width: 1000, height: 560 }, deviceScaleFactor: 2, reducedMotion: 'reduce' };
const CLAIM = 'Containers are not lightweight VMs.';

function fail(message) {
  console.error(`preview-image: ${message}`);
  process.exit(1);
}

/** The hash the test compares: every scene's markup, in page order, once all of them have settled. */
function scenesHash(markup) {
  return createHash('sha256').update(markup.join('\n')).digest('hex');
}

if (!existsSync(path.join(site, 'index.html'))) fail(`${path.join(site, 'index.html')} is missing: run \`npm run build\` first.`);

const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: site }, preview: { host: '127.0.0.1', port: 0 } });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] }).catch((error) => {
  server.httpServer.close();
  fail(`Chromium did not start (${error.message.split('\n')[0]}). Set CHROMIUM_PATH to a Chromium binary.`);
});

try {
  // The picture: the app's scenes, settled, with motion off (nothing half-way through a transition).
  const { viewport, deviceScaleFactor, reducedMotion } = SOURCE;
  const scenes = await browser.newPage({ viewport, deviceScaleFactor, reducedMotion });
  await scenes.goto(`${base}${SOURCE.page}`);
  await scenes.waitForFunction(() => {
    const svgs = [...document.querySelectorAll('svg[data-scene]')];
    return svgs.length > 0 && svgs.every((svg) => svg.getAttribute('data-settled') === 'true');
  });
  await scenes.evaluate(() => document.fonts.ready);
  const markup = await scenes.locator('svg[data-scene]').evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
  const picture = await scenes.locator('section.scenes').screenshot();
  // The card's colours and type are the page's own.
  const look = await scenes.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    const token = (name) => style.getPropertyValue(name).trim();
    return { bg: token('--bg'), ink: token('--ink'), soft: token('--ink-soft'), accent: token('--accent'), house: token('--house'), building: token('--building'), font: token('--font') };
  });

  const card = await browser.newPage({ viewport: CARD, deviceScaleFactor: 1 });
  await card.setContent(cardHtml(look, picture.toString('base64')));
  await card.locator('img').evaluate((img) => img.decode());
  writeFileSync(path.join(root, 'public/preview.png'), await card.screenshot({ type: 'png' }));

  const record = {
    made: 'node scripts/preview-image.mjs (npm run preview-image) from a build; tests/browser/previews.spec.ts checks scenesHash against the scenes drawn now',
    ...SOURCE,
    scenes: markup.length,
    scenesHash: scenesHash(markup),
    image: { file: 'preview.png', ...CARD },
  };
  writeFileSync(path.join(root, 'public/preview.json'), `${JSON.stringify(record, null, 2)}\n`);

  // The oEmbed answer: the Embed dialog's own snippet for step 1 (its heights come from the app's EMBED_HEIGHTS).
  const full = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion });
  await full.goto(`${base}?step=1`);
  await full.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = full.getByRole('dialog', { name: 'Embed this explainer' });
  await dialog.getByRole('combobox', { name: 'Width' }).selectOption('800');
  await dialog.getByRole('combobox', { name: 'Controls' }).selectOption('minimal');
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  const height = Number(await dialog.getByRole('spinbutton', { name: 'Height' }).inputValue());
  const snippet = (await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()).replaceAll(base, './');
  if (snippet.includes('127.0.0.1')) fail('the Embed dialog wrote an address this script cannot make relative.');
  const title = await full.title();
  const oembed = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Houses & Apartments',
    provider_url: './',
    width: 800,
    height,
    html: snippet,
    thumbnail_url: './preview.png',
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  };
  writeFileSync(path.join(root, 'public/oembed.json'), `${JSON.stringify(oembed, null, 2)}\n`);
  console.log(`preview-image: wrote public/preview.png (${CARD.width}×${CARD.height}), public/preview.json (${markup.length} scenes, ${record.scenesHash.slice(0, 12)}…) and public/oembed.json`);
} finally {
  await browser.close();
  server.httpServer.close();
}

/** The card: a line naming the app, the claim, and the photographed picture beneath, fitted to what is left. */
function cardHtml(look, pngBase64) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: ${CARD.width}px; height: ${CARD.height}px; overflow: hidden; background: ${look.bg}; color: ${look.ink};
    font-family: ${look.font}; display: flex; flex-direction: column; padding: 34px 48px 30px; gap: 10px; }
  .brand { display: flex; justify-content: space-between; align-items: baseline; font-size: 26px; font-weight: 700; }
  .brand span:first-child { color: ${look.house}; }
  .brand span:first-child b { color: ${look.building}; }
  .brand span:last-child { color: ${look.soft}; font-weight: 600; font-size: 22px; }
  h1 { font-size: 54px; line-height: 1.1; letter-spacing: -0.5px; white-space: nowrap; }
  .picture { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; border-top: 3px solid ${look.accent}; padding-top: 14px; }
  img { max-width: 100%; max-height: 100%; }
</style></head><body>
  <p class="brand"><span>Houses &amp; <b>Apartments</b></span><span>An interactive explainer</span></p>
  <h1>${escape(CLAIM)}</h1>
  <div class="picture"><img alt="" src="data:image/png;base64,${pngBase64}"></div>
</body></html>`;
}

