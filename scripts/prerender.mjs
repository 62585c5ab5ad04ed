#!/usr/bin/env node
// Runs after `vite build`, before scripts/single-file.mjs (which runs it on its own build too): writes the first
// screen into dist/index.html, so that the page paints its first step before any script has run, and readers without
// JavaScript get the step's words. It builds src/prerender.tsx with Vite's SSR build into a temporary folder, imports
// it, renders the page as it opens with no query string (react-dom/server) and puts the markup in `<div id="root">`,
// with the key of the state it shows (src/main.tsx hydrates it only for the same state); in <head>, right after the
// title, it puts public/first-screen.js, trimmed of its comments (it hides the markup before the first paint when
// the page was opened another way), and then the stylesheet, ahead of the module script.
//
//   node scripts/prerender.mjs [dist-folder]
//
// Fails (exit code 1, and says why) when dist/index.html is missing or has no empty #root.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The classic script that runs before the first paint: public/, copied into dist/ by `vite build`. */
export const FIRST_SCREEN_SCRIPT = 'first-screen.js';
const EMPTY_ROOT = /<div id="root"><\/div>/;

function fail(message) {
  console.error(`prerender: ${message}`);
  process.exit(1);
}

/** Builds the server entry and renders the first screen: `{ html, key }`. */
export async function renderFirstScreen() {
  const out = mkdtempSync(path.join(tmpdir(), 'houses-prerender-'));
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      // Everything in the one file, so that it runs from the temporary folder with no node_modules beside it.
      ssr: { noExternal: true },
      build: { ssr: 'src/prerender.tsx', outDir: out, emptyOutDir: true, copyPublicDir: false, rolldownOptions: { output: { codeSplitting: false } } },
    });
    const { prerender } = await import(pathToFileURL(path.join(out, 'prerender.js')).href);
    return prerender();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A built index.html with the first screen in #root and the script that runs before the first paint. */
export function withFirstScreen(html, { html: markup, key }) {
  if (!EMPTY_ROOT.test(html)) fail('index.html has no empty <div id="root"></div> to write the first screen into (prerendered twice?).');
  if (!/<\/title>/i.test(html)) fail('index.html has no <title>.');
  // What the first paint waits for is asked for first, right after the title: the script (it runs before anything
  // below it is parsed), then the stylesheets, ahead of the module script and its preloads, which it does not wait for.
  const stylesheets = [];
  const rest = html.replace(/[ \t]*<link\b[^>]*\brel=["']?stylesheet\b[^>]*>\n?/gi, (link) => {
    stylesheets.push(link.trim());
    return '';
  });
  const first = [`<script src="./${FIRST_SCREEN_SCRIPT}"></script>`, ...stylesheets].map((tag) => `\n    ${tag}`).join('');
  return rest
    .replace(/<\/title>/i, (title) => `${title}${first}`)
    .replace(EMPTY_ROOT, () => `<div id="root" data-prerendered="${key}">${markup}</div>`);
}

/**
 * The script as it ships: without its comments (they are for whoever reads public/) or indentation, since every first
 * paint waits for it. Whole-line comments only: the script keeps none at the end of a line of code.
 */
export function shippedScript(source) {
  return source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.trim())
    .join('\n');
}

/** Prerenders into `dist`'s index.html, in place, and trims the script that runs before the first paint. */
export async function prerenderInto(dist) {
  const indexFile = path.join(dist, 'index.html');
  if (!existsSync(indexFile)) fail(`${indexFile} is missing. Run \`vite build\` first.`);
  if (!existsSync(path.join(dist, FIRST_SCREEN_SCRIPT))) fail(`${path.join(dist, FIRST_SCREEN_SCRIPT)} is missing: it comes from public/.`);
  const rendered = await renderFirstScreen();
  writeFileSync(indexFile, withFirstScreen(readFileSync(indexFile, 'utf8'), rendered));
  const scriptFile = path.join(dist, FIRST_SCREEN_SCRIPT);
  writeFileSync(scriptFile, shippedScript(readFileSync(scriptFile, 'utf8')));
  return rendered;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
  const { html, key } = await prerenderInto(dist);
  console.log(`prerender: wrote the first screen into ${path.relative(process.cwd(), path.join(dist, 'index.html')) || 'index.html'} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB of markup, state ${key})`);
}
