#!/usr/bin/env node
// npm run bench: builds the app and a bare React 19 page with the same Vite, serves both, measures them in headless
// Chromium and prints one table of figures against the project's targets. Not part of the tests: figures vary with
// the machine, so they are printed for a person to read, never asserted.
//
//   npm run bench             the whole table
//   npm run bench -- --json   the same figures as JSON, for comparing runs
//   npm run bench -- --quick  fewer repeats, for trying the benchmark itself out (its figures are not to be quoted)
//   npm run bench -- --frames only the two frame scenarios, for working on them (combine with --quick)
//   npm run bench -- --throttle=6  the CPU slowed more than the target's 4×, to see how much room the frames have
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { prerenderInto } from './prerender.mjs';
import { BUCKET_NAMES, medianFrameSplit } from './bench/trace.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const JSON_OUT = process.argv.includes('--json');
const QUICK = process.argv.includes('--quick');
const FRAMES_ONLY = process.argv.includes('--frames');
const say = (line) => process.stderr.write(`${line}\n`);
const began = performance.now();

/** Repeats of each timed measure; the table gives medians. */
const FCP_RUNS = FRAMES_ONLY ? 0 : QUICK ? 3 : 9;
const FRAME_RUNS = QUICK ? 1 : 3;
const ADD_LOADS = QUICK ? 1 : 3;
const ADDS_PER_LOAD = QUICK ? 5 : 9;
const THROTTLE = Number(process.argv.find((arg) => arg.startsWith('--throttle='))?.slice('--throttle='.length) ?? 4);
if (!(THROTTLE >= 1)) throw new Error('--throttle=N takes a slowdown of 1 or more, such as --throttle=6');
const ENTERING = 50;
const SIZES = [10, 100, 1000];
/** The rapid adds: this many clicks on Add, one every CLICK_EVERY ms (ten a second, a fast human). */
const CLICKS = 50;
const CLICK_EVERY = 100;
/** One frame at 60 Hz; an interval over 1.5 of them missed at least one vsync. */
const FRAME_MS = 16.7;
const LATE_MS = 1.5 * FRAME_MS;
/**
 * Headless Chromium's frame clock spaces frames that miss nothing 16.5 to 16.8 ms apart (its begin-frame timer
 * jitters, and the page's clock reads in 0.1 ms steps): a p95 within this of 16.7 ms is one vsync, no frame missed.
 */
const VSYNC_JITTER = 0.2;
/** How many vsyncs an interval skipped: 0 for a frame on time. */
const skipped = (interval) => Math.max(0, Math.round(interval / FRAME_MS) - 1);
/** How long the first screen must stay still after its scenes settle and the network is quiet: deferred panels land. */
const IDLE_MS = 1500;
const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// ── Build both pages ─────────────────────────────────────────────────────────────────────────────────────────────────
execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-chromium.mjs')], { stdio: 'inherit' });
const out = mkdtempSync(join(tmpdir(), 'houses-bench-'));
say('Building the app and a bare React page…');
await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(out, 'app'), emptyOutDir: true } });
// The first screen prerendered into index.html, as `npm run build` does it.
await prerenderInto(join(out, 'app'));
await build({
  root: join(ROOT, 'scripts/bench/bare'),
  configFile: false,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: join(out, 'bare'), emptyOutDir: true, target: 'es2022' },
});

/** The JavaScript a page's HTML asks for before anything runs: its scripts and their modulepreloads, gzipped. */
function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    // Every script the HTML loads: the module entry, and the classic one that runs before the first paint.
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
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

// ── First contentful paint, alternating the two pages; the app's layout shift in the same loads ─────────────────────
if (!FRAMES_ONLY) say('First contentful paint and layout shift…');
/** Collects the page's layout shifts from its first script on, each with the elements that moved, for the report. */
function watchShifts() {
  window.__shifts = [];
  const describe = ({ node, previousRect: was, currentRect: now }) => {
    const kind = node?.nodeType === 1 ? node.getAttribute('class')?.split(' ')[0] : null;
    const name = node?.nodeType === 1 ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${kind ? `.${kind}` : ''}` : '(gone)';
    return `${name} ${Math.round(now.x - was.x)},${Math.round(now.y - was.y)} px`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({ value: entry.value, input: entry.hadRecentInput, at: entry.startTime, moved: entry.sources.map(describe) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
async function firstPaint(url, shifts) {
  const { context, page } = await newPage();
  if (shifts) await page.addInitScript(watchShifts);
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
  let entries = [];
  if (shifts) {
    // The first screen is done when its pictures stand still, the deferred code has come, and nothing moved since.
    await settledWith(page, 0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(IDLE_MS);
    entries = (await page.evaluate(() => window.__shifts)).filter((entry) => !entry.input);
  }
  await context.close();
  return { fcp, cls: entries.reduce((sum, entry) => sum + entry.value, 0), entries };
}
const fcp = { app: [], bare: [] };
const cls = [];
const shiftsSeen = new Map();
for (let run = 0; run < FCP_RUNS; run += 1) {
  fcp.bare.push((await firstPaint(`${base}/bare/`, false)).fcp);
  const app = await firstPaint(`${base}/app/`, true);
  fcp.app.push(app.fcp);
  cls.push(app.cls);
  for (const entry of app.entries) {
    const key = entry.moved.join(', ') || '(no source)';
    const seen = shiftsSeen.get(key) ?? { loads: 0, value: 0, at: 0 };
    shiftsSeen.set(key, { loads: seen.loads + 1, value: seen.value + entry.value, at: seen.at + entry.at });
  }
}
// Which elements moved, by how much (x,y) and when: the table gives only the sums.
for (const [moved, { loads, value, at }] of shiftsSeen) {
  say(`  layout shift seen ${loads}× in ${FCP_RUNS} loads, ${(value / loads).toFixed(4)} at ${ms(at / loads)} on average: ${moved}`);
}

// ── Frames, CPU throttled: the start-up race, and rapid clicks on Add ───────────────────────────────────────────────
/**
 * Installs `window.__recordFrames(begin, finished)`: every rAF interval from the frame before `begin()` runs until
 * `finished()` holds (asked once a frame). Each frame leaves a `frame` mark, where the trace splits frames. And
 * `window.__settled()`: whether both scenes stand still.
 */
function installRecorder() {
  window.__settled = () => [...document.querySelectorAll('svg.scene')].every((svg) => svg.getAttribute('data-settled') === 'true');
  window.__recordFrames = (begin, finished) =>
    new Promise((done) => {
      const intervals = [];
      let last = 0;
      const tick = (now) => {
        performance.mark('frame');
        intervals.push(now - last);
        last = now;
        if (finished()) done(intervals);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        performance.mark('frame');
        last = now;
        requestAnimationFrame(tick);
        setTimeout(begin, 0);
      });
    });
}

/**
 * One frame scenario: FRAME_RUNS timed runs in fresh contexts, figures the medians of each run's; then one run more
 * under a Chrome trace, for the split of a median frame only, its intervals left out (tracing slows the page).
 */
async function frameScenario(url, ready, play) {
  const runs = [];
  let split = null;
  for (let run = 0; run <= FRAME_RUNS; run += 1) {
    const traced = run === FRAME_RUNS;
    const { context, page } = await newPage();
    await page.goto(url);
    await ready(page);
    await page.evaluate(installRecorder);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const intervals = await play(page);
    if (traced) split = medianFrameSplit(JSON.parse(await browser.stopTracing()).traceEvents);
    else runs.push(intervals);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
  }
  return {
    count: median(runs.map((run) => run.length)),
    p50: median(runs.map((run) => percentile(run, 50))),
    p95: median(runs.map((run) => percentile(run, 95))),
    max: median(runs.map((run) => Math.max(...run))),
    late: median(runs.map((run) => run.filter((interval) => interval > LATE_MS).length / run.length)),
    // Every timed run's intervals by the vsyncs they skipped: how the late frames were late.
    skips: runs.flat().reduce((counts, interval) => {
      counts[skipped(interval)] = (counts[skipped(interval)] ?? 0) + 1;
      return counts;
    }, {}),
    split,
  };
}

// The start-up race (step 7) starts every workload at once, both ways: fifty houses are built in stages while fifty
// apartments light up. One click, as a reader would make it, then every frame until the scenes stand still.
say(`Frames while ${ENTERING} workloads start on each side, CPU ${THROTTLE}× slower…`);
const race = await frameScenario(
  appWith(ENTERING, 'server').replace('step=10', 'step=7'),
  (page) => settledWith(page, ENTERING),
  (page) =>
    page.getByRole('button', { name: `Start all ${ENTERING} workloads` }).evaluate((button) => {
      let after = -1;
      const begin = () => {
        button.click();
        after = 0;
      };
      // Settled after the click, and after the race had begun (the scenes go unsettled the moment it starts).
      return window.__recordFrames(begin, () => after >= 0 && ++after > 2 && window.__settled());
    }),
);

// Free play on an empty host: a reader clicks Add fifty times as fast as a person can, with motion on, so each new
// house and apartment arrives while the ones before are still being built.
say(`Frames while Add is clicked ${CLICKS} times, one every ${CLICK_EVERY} ms, CPU ${THROTTLE}× slower…`);
const rapid = await frameScenario(
  appWith(0, 'server'),
  (page) => settledWith(page, 0),
  async (page) => {
    const intervals = await page.getByRole('button', { name: 'Add web server' }).evaluate(
      (button, { clicks, every }) => {
        const houses = () => document.querySelectorAll('svg.scene g[data-kind="vm"]:not([data-leaving])').length;
        let clicked = 0;
        let after = 0;
        // A chain of timeouts, each aimed at its click's time on the schedule, so a slow click does not slow the rest.
        const begin = () => {
          const first = performance.now();
          const click = () => {
            button.click();
            clicked += 1;
            if (clicked < clicks) setTimeout(click, Math.max(0, first + clicked * every - performance.now()));
          };
          click();
        };
        // Done when the scenes stand still after the last click with every house up; one that never comes up ends
        // the wait some seconds on, and is reported below.
        const finished = () => clicked === clicks && ++after > 2 && window.__settled() && (houses() >= clicks || after > 600);
        return window.__recordFrames(begin, finished);
      },
      { clicks: CLICKS, every: CLICK_EVERY },
    );
    const standing = await page.evaluate(() => document.querySelectorAll('svg.scene g[data-kind="vm"]:not([data-leaving])').length);
    if (standing < CLICKS) say(`warning: only ${standing} of ${CLICKS} houses stand after the rapid adds`);
    return intervals;
  },
);

// ── The cost of one add at 10, 100 and 1,000 workloads per side; the heap at 1,000 ──────────────────────────────────
// Each size in ADD_LOADS fresh page loads of ADDS_PER_LOAD adds; the figure is the median of all its adds.
const addCost = {};
const heaps = [];
for (const count of FRAMES_ONLY ? [] : SIZES) {
  say(`One add with ${count} workloads on each side…`);
  const times = [];
  for (let load = 0; load < ADD_LOADS; load += 1) {
    // Without motion: the figure is the work an add costs, not the length of its animation.
    const { context, page } = await newPage({ reducedMotion: 'reduce' });
    await page.goto(appWith(count, 'cloud'));
    await settledWith(page, count);
    const add = page.getByRole('button', { name: 'Add web server' });
    for (let i = 0; i < ADDS_PER_LOAD; i += 1) {
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
    if (count === 1000) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heaps.push(usedSize / 1e6);
      const drawn = await page.evaluate(() => document.querySelectorAll('svg.scene g[data-kind="vm"]').length);
      if (drawn < 1000) say(`warning: only ${drawn} houses stand at 1,000 per side`);
    }
    await context.close();
  }
  addCost[count] = median(times);
}
const heapMB = median(heaps);

await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

// ── The table ────────────────────────────────────────────────────────────────────────────────────────────────────────
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const times = (value) => `${value.toFixed(2)}×`;
const jsRatio = appJs.gzip / bareJs.gzip;
const addRatio = addCost[1000] / addCost[10];
const firstPaints = { app: median(fcp.app), bare: median(fcp.bare) };
const fcpRatio = firstPaints.app / firstPaints.bare;
const shift = { median: median(cls), max: Math.max(...cls) };
const splitText = (split) =>
  split ? `${BUCKET_NAMES.map((b) => `${b} ${split[b].toFixed(1)}`).join(' · ')} ms (busy ${split.busy.toFixed(1)} ms)` : 'no frame marks in the trace';
const frameRows = (name, f) => [
  [`${name}: frame interval p50`, ms(f.p50), '', null],
  [`${name}: frame interval p95`, `${ms(f.p95)}${f.p95 > FRAME_MS && f.p95 <= FRAME_MS + VSYNC_JITTER ? ' (one vsync)' : ''}`, `≤ ${FRAME_MS} ms`, f.p95 <= FRAME_MS + VSYNC_JITTER],
  [`${name}: frame interval max`, `${ms(f.max)} (${f.count} frames)`, '', null],
  [`${name}: late frames (> ${LATE_MS.toFixed(1)} ms)`, `${(100 * f.late).toFixed(1)} %`, '', null],
  [`${name}: vsyncs skipped, intervals of all runs`, Object.entries(f.skips).map(([n, count]) => `${n}: ${count}`).join(' · '), '', null],
  [`${name}: split of a median frame (trace)`, splitText(f.split), '', null],
];
const frameTable = [
  ...frameRows(`Start-up race, ${ENTERING} per side, CPU ${THROTTLE}×`, race),
  ...frameRows(`${CLICKS} rapid adds, CPU ${THROTTLE}×`, rapid),
];
// With --frames, only the rows of what was measured: the rest is not worked out at all.
const rows = FRAMES_ONLY ? frameTable : [
  ['Initial JS, gzipped (app)', `${kb(appJs.gzip)} (${kb(appJs.raw)} raw, ${appJs.files} file${appJs.files > 1 ? 's' : ''})`, '', null],
  ['Initial JS, gzipped (bare React 19 page)', `${kb(bareJs.gzip)} (${kb(bareJs.raw)} raw)`, '', null],
  ['  ratio app / bare React', times(jsRatio), '≤ 1.40×', jsRatio <= 1.4],
  ...frameTable,
  ...SIZES.map((n) => [
    `One add, action to settled DOM, ${n.toLocaleString('en')} per side`,
    ms(addCost[n]),
    n === 10 ? `≤ ${FRAME_MS} ms` : '',
    n === 10 ? addCost[n] <= FRAME_MS : null,
  ]),
  ['  ratio 1,000 / 10', times(addRatio), '≤ 3.00×', addRatio <= 3],
  ['First contentful paint (app)', ms(firstPaints.app), '', null],
  ['First contentful paint (bare React page)', ms(firstPaints.bare), '', null],
  ['  ratio app / bare', times(fcpRatio), '≤ 1.20×', fcpRatio <= 1.2],
  ['Layout shift of the first screen, median of loads', shift.median.toFixed(4), '≤ 0.05', shift.median <= 0.05],
  ['Layout shift of the first screen, worst load', shift.max.toFixed(4), '', null],
  ['JS heap after 1,000 per side (after GC)', `${heapMB.toFixed(1)} MB`, '≤ 40 MB', heapMB <= 40],
];
const seconds = (performance.now() - began) / 1000;
say(`The benchmark took ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s.`);

if (JSON_OUT) {
  const frameJson = ({ split, ...figures }) => ({ ...figures, split });
  console.log(
    JSON.stringify(
      {
        quick: QUICK,
        appJs,
        bareJs,
        jsRatio,
        frames: { race: frameJson(race), rapidAdds: frameJson(rapid) },
        addCost,
        addRatio,
        fcp: { ...firstPaints, ratio: fcpRatio },
        layoutShift: shift,
        heapMB,
        seconds,
      },
      null,
      2,
    ),
  );
} else {
  const head = ['Measure', 'Figure', 'Target', 'Met'];
  const cells = rows.map(([measure, figure, target, met]) => [measure, figure, target, met === null ? '' : met ? 'yes' : '**no**']);
  const width = head.map((title, c) => Math.max(title.length, ...cells.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(width[c])).join(' | ')} |`;
  const version = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  console.log(`Houses & Apartments benchmark, ${new Date().toISOString().slice(0, 10)}${QUICK ? ' (--quick: too few repeats to quote)' : ''}`);
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.versions.node}; ${version}`);
  const frameRuns = `${FRAME_RUNS} run${FRAME_RUNS > 1 ? 's' : ''} per frame scenario (the split from one traced run more, left out of the intervals)`;
  console.log(
    FRAMES_ONLY
      ? `Frame scenarios only (--frames): medians of ${frameRuns}. Viewport 1280×800.`
      : `Medians of ${FCP_RUNS} page loads of each page (first paint; layout shift until ${IDLE_MS / 1000} s after the scenes settle), ` +
          `${frameRuns} and ${ADD_LOADS * ADDS_PER_LOAD} adds per size (${ADD_LOADS} page load${ADD_LOADS > 1 ? 's' : ''} × ${ADDS_PER_LOAD}, median of all adds). Viewport 1280×800.`,
  );
  console.log(`Rapid adds: ${CLICKS} clicks on "Add web server", one every ${CLICK_EVERY} ms, motion on, from an empty host.\n`);
  console.log(line(head));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const row of cells) console.log(line(row));
  console.log(`\nA frame p95 up to ${(FRAME_MS + VSYNC_JITTER).toFixed(1)} ms is one vsync: headless Chromium spaces on-time frames 16.5 to 16.8 ms apart.`);
}
