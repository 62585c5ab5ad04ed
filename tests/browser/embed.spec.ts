import { expect, test } from './fixtures.ts';
import { copyResult, scene } from './hooks.ts';

/**
 * Embedding, as a blogger does it: a host page on another origin, a sandboxed iframe with only allow-scripts, and
 * embed.js sizing the frame from the app's messages. The app server sends a strict CSP to every page.
 */
/** The blog post, served beside the app (Chromium keeps other pages from loopback servers); the sandbox still gives
 * the frame an opaque origin of its own, so it is as cross-origin as on a real blog. */
const HOST_PATH = 'blog-post.html';

function hostPage(appUrl: string, frameSrc: string): string {
  return `<!doctype html><html><head><title>A blog post</title></head><body>
<h1>My post about containers</h1>
<iframe id="embedded" src="${frameSrc}" title="Houses &amp; Apartments" width="100%" height="400" style="border:0"
  sandbox="allow-scripts"></iframe>
<iframe id="other" srcdoc="<p>another frame</p>" height="123"></iframe>
<script src="${appUrl}embed.js"></script>
</body></html>`;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

test('a sandboxed iframe with embed.js takes its content’s height, and works without storage', async ({ page, baseURL }) => {
  const app = baseURL!;
  await page.route(`${app}${HOST_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(app, `${app}?embed=1&step=2&controls=minimal&theme=dark`) }),
  );
  await page.goto(`${app}${HOST_PATH}`);
  const frame = page.frameLocator('#embedded');
  await expect(frame.getByRole('heading', { level: 2, name: /Step 2 of 10/ })).toBeVisible();
  await expect(scene(frame, 'Street of houses').locator('g[data-kind="vm"]')).toHaveCount(2);
  // Header, footer and the secondary controls are hidden; the link out is there.
  // The masthead's title stays for screen readers only: 1 px, clipped.
  await expect.poll(async () => (await frame.getByRole('heading', { level: 1 }).boundingBox())?.width).toBeLessThanOrEqual(1);
  await expect(frame.getByRole('banner').getByRole('button')).toHaveCount(0);
  await expect(frame.getByRole('group', { name: 'Add a workload' })).toBeHidden();
  await expect(frame.getByRole('link', { name: /Open full version/ })).toHaveAttribute('target', '_blank');
  // embed.js sized the frame to the app's content, and left the other frame alone.
  const iframe = page.locator('#embedded');
  await expect(iframe).toHaveAttribute('data-sized-by-embed', /\d+/);
  const sized = Number(await iframe.getAttribute('data-sized-by-embed'));
  const content = await frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs(sized - content)).toBeLessThanOrEqual(2);
  expect((await iframe.boundingBox())!.height).toBeCloseTo(sized, 0);
  await expect(page.locator('#other')).not.toHaveAttribute('data-sized-by-embed', /.*/);
  // Moving through the story inside the frame resizes it again, and the dark theme applies.
  await frame.getByRole('button', { name: 'Next →' }).click();
  await expect(frame.getByRole('heading', { level: 2, name: /Step 3 of 10/ })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('a message from a window that is not one of the page’s frames changes nothing', async ({ page, baseURL }) => {
  const app = baseURL!;
  await page.route(`${app}${HOST_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(app, `${app}?embed=1&step=1`) }));
  await page.goto(`${app}${HOST_PATH}`);
  // Wait for the whole page to stand, and embed.js to have caught up with it: the drawing code, the legends and the
  // other parts load after the first paint and make the page taller, and each growth is a message of its own.
  const frame = page.frameLocator('#embedded');
  await expect(frame.locator('svg.scene[data-settled="true"]')).toHaveCount(2);
  // The legends arrive after the first paint even where embed mode hides them: once they stand, the page is whole.
  await expect(frame.locator('.legend-swatch').first()).toBeAttached();
  const appHeight = () => frame.locator('.app').evaluate((app) => String(Math.ceil(app.getBoundingClientRect().height)));
  await expect.poll(async () => (await page.locator('#embedded').getAttribute('data-sized-by-embed')) === (await appHeight())).toBe(true);
  const before = await page.locator('#embedded').getAttribute('data-sized-by-embed');
  await page.evaluate(() => window.postMessage({ type: 'houses-and-apartments:resize', height: 9999 }, '*'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.locator('#embedded')).toHaveAttribute('data-sized-by-embed', before!);
});

test('the copy-link button works where the clipboard is refused, by selecting the link', async ({ page }) => {
  await page.goto('./?step=3');
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this exact state' });
  await expect(field).toHaveValue(/step=3/);
  await page.getByRole('group', { name: 'Share' }).getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(copyResult(page)).toBeVisible();
  await expect(copyResult(page)).toContainText('clipboard');
});

test('the Embed dialog writes a snippet for the current state and the chosen options', async ({ page }) => {
  await page.goto('./?step=5');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
  await dialog.getByRole('combobox', { name: 'Controls' }).selectOption('none');
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain('<iframe src="');
  expect(code).toContain('embed=1');
  expect(code).toContain('theme=projector');
  expect(code).toContain('controls=none');
  expect(code).toContain('step=5');
  expect(code).toMatch(/<script src="[^"]+embed\.js" async><\/script>/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the preview server sends a strict CSP, and the app runs under it without a violation', async ({ page }) => {
  const response = await page.goto('./?step=7');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByRole('button', { name: 'Start all 5 workloads' }).click();
  await expect(scene(page, 'Street of houses')).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
  await page.keyboard.press('t');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys for presenting' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

// What a blog can give an embed: a column about 720 px wide, and a frame no taller than a screen of its post.
test('embedded at 720 px wide, every step has no banner and stays within 560 px with controls=none, 760 px with minimal', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 720, height: 900 });
  for (const [controls, most] of [['none', 560], ['minimal', 760]] as const) {
    for (const step of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      await page.goto(`./?embed=1&controls=${controls}&step=${step}`);
      await expect(page.locator('svg.scene[data-settled="true"]').first()).toBeVisible();
      await expect(page.getByRole('banner'), 'no banner landmark inside another page').toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: 'Houses & Apartments' })).toBeAttached();
      // The height the page would post, once the picture is fitted and the late panels have arrived.
      const height = () => page.locator('.app').evaluate((app) => Math.ceil(app.getBoundingClientRect().height));
      await expect.poll(height, { message: `step ${step}, controls=${controls}` }).toBeLessThanOrEqual(most);
      await expect(page.locator('svg.scene').first()).toBeInViewport();
    }
  }
});
