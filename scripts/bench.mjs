#!/usr/bin/env node
// npm run bench: builds the app and a bare React 19 page with the same Vite, serves both, measures them in headless
// Chromium and prints one table of figures against the project's targets. Not part of the tests: figures vary with
// the machine, so they are printed for a person to read, never asserted.
//
//   npm run bench            the whole table
//   npm run bench -- --json  the same figures as JSON, for comparing runs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const JSON_OUT = process.argv.includes('--json');
const say = (line) => process.stderr.write(`${line}\n`);

/** Repeats of each timed measure; the table gives medians. */
const FCP_RUNS = 9;
const FRAME_RUNS = 3;
const ADDS_PER_SIZE = 15;
const THROTTLE = 4;
const ENTERING = 50;
const SIZES = [10, 100, 1000];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ── Build both pages ─────────────────────────────────────────────────────────────────────────────────────────────────
execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-chromium.mjs')], { stdio: 'inherit' });
const out = mkdtempSync(join(tmpdir(), 'houses-bench-'));
say('Building the app and a bare React page…');
await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(out, 'app'), emptyOutDir: true } });
await build({
  root: join(ROOT, 'scripts/bench/bare'),
  configFile: false,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: join(out, 'bare'), emptyOutDir: true, target: 'es2022' },
});

/** The JavaScript a page's HTML asks for before anything runs: module entries and their modulepreloads, gzipped. */
function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => join(dir, match[1]));
  const bytes = files.map((file) => readFileSync(file));
  return {
    files: files.length,
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzip: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}
const appJs = initialJs(join(out, 'app'));
const bareJs = initialJs(join(out, 'bare'));

// ── Serve both ───────────────────────────────────────────────────────────────────────────────────────────────────────
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(out, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(out) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const newPage = async (options = {}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => say(`page error: ${error.message}`));
  return { context, page };
};

/** The app's address for a host holding `count` web servers on every side, in free play. */
const appWith = (count, machine) => {
  const items = Array.from({ length: count }, (_, i) => `${i + 1}.web.s`).join(',');
  return `${base}/app/?v=1&step=10&m=${machine}&g=minimal${count ? `&w=${items}` : ''}`;
};

/** Resolves once both scenes (street and building, side by side) stand still holding `count` of each. */
async function settledWith(page, count) {
  await page.waitForFunction(
    (n) => {
      const scenes = [...document.querySelectorAll('svg.scene')];
      const live = (kind) => document.querySelectorAll(`svg.scene g[data-kind="${kind}"]:not([data-leaving])`).length;
      return scenes.length >= 2 && scenes.every((svg) => svg.getAttribute('data-settled') === 'true') && live('vm') >= n && live('container') >= n;
    },
    count,
    { timeout: 120_000, polling: 100 },
  );
}

// ── First contentful paint, alternating the two pages ────────────────────────────────────────────────────────────────
say('First contentful paint…');
async function firstPaint(url) {
  const { context, page } = await newPage();
  await page.goto(url, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise((done) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (entry) done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return fcp;
}
const fcp = { app: [], bare: [] };
for (let run = 0; run < FCP_RUNS; run += 1) {
  fcp.bare.push(await firstPaint(`${base}/bare/`));
  fcp.app.push(await firstPaint(`${base}/app/`));
}

// ── Frames while fifty workloads enter on each side, CPU throttled ───────────────────────────────────────────────────
// The start-up race (step 7) starts every workload at once, both ways: fifty houses are built in stages while fifty
// apartments light up. One click, as a reader would make it, then every frame until the scenes stand still.
say(`Frame intervals while ${ENTERING} workloads enter on each side, CPU ${THROTTLE}× slower…`);
const frameRuns = [];
for (let run = 0; run < FRAME_RUNS; run += 1) {
  const { context, page } = await newPage();
  await page.goto(appWith(ENTERING, 'server').replace('step=10', 'step=7'));
  await settledWith(page, ENTERING);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const start = page.getByRole('button', { name: `Start all ${ENTERING} workloads` });
  const intervals = await start.evaluate(
    (button) =>
      new Promise((done) => {
        const intervals = [];
        let last = 0;
        let clicked = false;
        const settled = () => [...document.querySelectorAll('svg.scene')].every((svg) => svg.getAttribute('data-settled') === 'true');
        const tick = (now) => {
          if (last) intervals.push(now - last);
          last = now;
          // Settled after the click, and after the race had begun (the scenes go unsettled the moment it starts).
          if (clicked && intervals.length > 2 && settled()) done(intervals);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(tick);
          setTimeout(() => {
            button.click();
            clicked = true;
          }, 0);
        });
      }),
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  frameRuns.push(intervals);
  await context.close();
}
const frames = {
  count: median(frameRuns.map((run) => run.length)),
  p50: median(frameRuns.map((run) => percentile(run, 50))),
  p95: median(frameRuns.map((run) => percentile(run, 95))),
  max: median(frameRuns.map((run) => Math.max(...run))),
};

// ── The cost of one add at 10, 100 and 1,000 workloads per side; the heap at 1,000 ──────────────────────────────────
const addCost = {};
let heapMB = null;
for (const count of SIZES) {
  say(`One add with ${count} workloads on each side…`);
  // Without motion: the figure is the work an add costs, not the length of its animation.
  const { context, page } = await newPage({ reducedMotion: 'reduce' });
  await page.goto(appWith(count, 'cloud'));
  await settledWith(page, count);
  const add = page.getByRole('button', { name: 'Add web server' });
  const times = [];
  for (let i = 0; i < ADDS_PER_SIZE; i += 1) {
    times.push(
      await add.evaluate(
        (button, n) =>
          new Promise((done) => {
            // The street's layer of houses: counting its children is cheap even among 28,000 elements.
            const houses = () => document.querySelector('svg.scene g.houses')?.childElementCount ?? 0;
            const ready = () =>
              houses() > n && [...document.querySelectorAll('svg.scene')].every((svg) => svg.getAttribute('data-settled') === 'true');
            const start = performance.now();
            button.click();
            const finish = () => {
              // Style and layout of the new picture are part of the cost: force them before the clock stops.
              void document.body.offsetHeight;
              done(performance.now() - start);
            };
            // React renders a click's update in a microtask: look again after it, then frame by frame.
            queueMicrotask(() => {
              if (ready()) finish();
              else {
                const wait = () => (ready() ? finish() : requestAnimationFrame(wait));
                requestAnimationFrame(wait);
              }
            });
          }),
        count + i,
      ),
    );
  }
  addCost[count] = median(times);
  if (count === 1000) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heapMB = usedSize / 1e6;
    const drawn = await page.evaluate(() => document.querySelectorAll('svg.scene g[data-kind="vm"]').length);
    if (drawn < 1000) say(`warning: only ${drawn} houses stand at 1,000 per side`);
  }
  await context.close();
}

await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

// ── The table ────────────────────────────────────────────────────────────────────────────────────────────────────────
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const jsRatio = appJs.gzip / bareJs.gzip;
const addRatio = addCost[1000] / addCost[10];
const rows = [
  ['Initial JS, gzipped (app)', `${kb(appJs.gzip)} (${kb(appJs.raw)} raw, ${appJs.files} file${appJs.files > 1 ? 's' : ''})`, '', ''],
  ['Initial JS, gzipped (bare React 19 page)', `${kb(bareJs.gzip)} (${kb(bareJs.raw)} raw)`, '', ''],
  ['  ratio app / bare React', `${jsRatio.toFixed(2)}×`, '≤ 1.40×', jsRatio <= 1.4],
  [`Frame interval p50, ${ENTERING} entering per side, CPU ${THROTTLE}×`, ms(frames.p50), '', ''],
  [`Frame interval p95, ${ENTERING} entering per side, CPU ${THROTTLE}×`, ms(frames.p95), '≤ 16.7 ms', frames.p95 <= 16.7],
  [`Frame interval max, ${ENTERING} entering per side, CPU ${THROTTLE}×`, `${ms(frames.max)} (${frames.count} frames)`, '', ''],
  ...SIZES.map((n) => [`One add, action to settled DOM, ${n.toLocaleString('en')} per side`, ms(addCost[n]), '', '']),
  ['  ratio 1,000 / 10', `${addRatio.toFixed(2)}×`, '≤ 3.00×', addRatio <= 3],
  ['First contentful paint (app)', ms(median(fcp.app)), '', ''],
  ['First contentful paint (bare React page)', ms(median(fcp.bare)), '', ''],
  ['  difference app − bare', ms(median(fcp.app) - median(fcp.bare)), '', ''],
  ['JS heap after 1,000 per side (after GC)', `${heapMB.toFixed(1)} MB`, '≤ 40 MB', heapMB <= 40],
];

if (JSON_OUT) {
  console.log(JSON.stringify({ appJs, bareJs, jsRatio, frames, addCost, addRatio, fcp: { app: median(fcp.app), bare: median(fcp.bare) }, heapMB }, null, 2));
} else {
  const width = [0, 1, 2].map((c) => Math.max(...rows.map((row) => String(row[c]).length), ['Measure', 'Figure', 'Target'][c].length));
  const line = (cells) => `| ${cells.map((cell, c) => String(cell).padEnd(width[c])).join(' | ')} |`;
  const version = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  console.log(`Houses & Apartments benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.versions.node}; ${version}`);
  console.log(`Medians of ${FCP_RUNS} page loads, ${FRAME_RUNS} frame runs and ${ADDS_PER_SIZE} adds per size. Viewport 1280×800.\n`);
  console.log(line(['Measure', 'Figure', 'Target']) + ' Met');
  console.log(line(width.map((w) => '-'.repeat(w))) + ' ---');
  for (const [measure, figure, target, met] of rows) console.log(line([measure, figure, target]) + (target ? (met ? ' yes' : ' NO') : ''));
}
