#!/usr/bin/env node
// Runs after `vite build`: writes dist/houses-and-apartments.html, the whole app in one file that works opened
// straight from disk (file://), where module scripts cannot load from other files. It builds the app once more with
// every lazily loaded part kept in the one script (the site itself loads the drawing code and the secondary panels
// apart), prerenders that build's first screen as scripts/prerender.mjs does the site's (the same markup, hydrated
// the same way), then inlines its stylesheet and scripts; the favicon becomes a data: URI, modulepreload links and a
// relative oEmbed link go.
// dist/index.html is left as it is.
//
//   node scripts/single-file.mjs [dist-folder]
//
// Fails (exit code 1, and says why) when an asset it expects is missing or the page has a shape it does not know.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { prerenderInto } from './prerender.mjs';

const OUTPUT_NAME = 'houses-and-apartments.html';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
// The one-script build, read from here; the single file is written to `target`.
const dist = mkdtempSync(path.join(tmpdir(), 'houses-single-'));
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
process.env.HOUSES_SINGLE_FILE = '1';
await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
await prerenderInto(dist);

function fail(message) {
  console.error(`single-file: ${message}`);
  process.exit(1);
}

/** The file an href or src in dist/index.html points to, or a failure when it is not a local file that exists. */
function localFile(reference, what) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) fail(`${what} ${reference} is not a local file: cannot inline it.`);
  const clean = reference.split(/[?#]/)[0];
  const file = path.resolve(dist, clean.replace(/^\//, ''));
  if (!file.startsWith(dist + path.sep)) fail(`${what} ${reference} points outside ${dist}.`);
  if (!existsSync(file)) fail(`${what} ${reference} is missing: expected ${file}. Run \`vite build\` first.`);
  return file;
}

/** An attribute's value from a tag's source, or null. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : null;
}

function dataUri(file) {
  const types = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif' };
  const type = types[path.extname(file).toLowerCase()];
  if (!type) fail(`no known media type for ${path.relative(dist, file)}: cannot make a data: URI of it.`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** A stylesheet with every url(...) to a local file made a data: URI, so it needs nothing beside it. */
function selfContainedCss(css, cssFile) {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote, reference) => {
    if (/^(?:data:|#)/i.test(reference)) return whole;
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) fail(`the stylesheet loads ${reference} from the network: cannot inline it.`);
    const clean = reference.split(/[?#]/)[0];
    const file = reference.startsWith('/') ? path.join(dist, clean) : path.resolve(path.dirname(cssFile), clean);
    if (!existsSync(file)) fail(`the stylesheet refers to ${reference}, which is missing: expected ${file}.`);
    return `url("${dataUri(file)}")`;
  });
}

/** JavaScript safe inside an inline <script>: it cannot close the element or open an HTML comment. */
function inlineableJs(js) {
  return js.replace(/<\/script/gi, (match) => `<\\/${match.slice(2)}`).replace(/<!--/g, '\\x3C!--');
}

const indexFile = path.join(dist, 'index.html');
if (!existsSync(indexFile)) fail(`${indexFile} is missing. Run \`vite build\` first.`);
const html = readFileSync(indexFile, 'utf8');
const inlined = { stylesheets: 0, scripts: 0, icons: 0 };
const used = new Set();

let out = html.replace(/<link\b[^>]*>/gi, (tag) => {
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const href = attribute(tag, 'href');
  if (rel.includes('modulepreload')) return '';
  if (rel.includes('stylesheet')) {
    if (!href) fail(`a stylesheet link has no href: ${tag}`);
    const file = localFile(href, 'The stylesheet');
    used.add(file);
    inlined.stylesheets += 1;
    const css = selfContainedCss(readFileSync(file, 'utf8'), file);
    return `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`;
  }
  if (rel.includes('icon')) {
    if (!href) fail(`an icon link has no href: ${tag}`);
    if (/^data:/i.test(href)) return tag;
    const file = localFile(href, 'The favicon');
    inlined.icons += 1;
    return tag.replace(/\shref\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, ` href="${dataUri(file)}"`);
  }
  // The oEmbed link points at oembed.json beside the site: a file handed out alone has nothing beside it. An absolute
  // one (a build with SITE_URL) names the site and stays.
  if (rel.includes('alternate') && /json\+oembed/i.test(attribute(tag, 'type') ?? '') && href && !/^[a-z][a-z0-9+.-]*:/i.test(href)) return '';
  if (href && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|data:)/i.test(href)) {
    fail(`a <link rel="${rel.join(' ')}"> to ${href} would be missing from the single file: teach this script about it.`);
  }
  return tag;
});

out = out.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
  const src = attribute(`<script${attrs}>`, 'src');
  if (!src) return whole;
  const type = attribute(`<script${attrs}>`, 'type');
  if (body.trim()) fail(`<script src="${src}"> has inline content as well as a src.`);
  // Vite's module entry, or a classic script that runs before the first paint (public/first-screen.js): no other
  // kind is expected, and an async or deferred classic script would run at another time once inlined.
  const classic = type === null && !/\s(?:async|defer)\b/i.test(attrs);
  if (type !== 'module' && !classic) fail(`<script src="${src}"> is neither a module script nor a plain classic one: this script does not know how to inline it.`);
  const file = localFile(src, type === 'module' ? 'The module script' : 'The script');
  used.add(file);
  if (type === 'module') inlined.scripts += 1;
  return `<script${type === 'module' ? ' type="module"' : ''}>\n${inlineableJs(readFileSync(file, 'utf8'))}\n</script>`;
});

if (inlined.stylesheets === 0) fail(`${indexFile} links no stylesheet: expected <link rel="stylesheet" href="./assets/….css">.`);
if (inlined.scripts === 0) fail(`${indexFile} loads no module script: expected <script type="module" src="./assets/….js">.`);
if (inlined.icons === 0) {
  const favicon = path.join(dist, 'favicon.svg');
  if (!existsSync(favicon)) fail(`${indexFile} links no favicon and ${favicon} is missing.`);
  // Without an icon link, a browser asks for /favicon.ico, which is a 404 (a console error) from a file.
  out = out.replace(/<\/head>/i, `  <link rel="icon" type="image/svg+xml" href="${dataUri(favicon)}" />\n  </head>`);
}

// An asset the inlined code still loads by name (a lazy chunk, a worker) would be missing beside the single file.
for (const file of used) {
  const text = readFileSync(file, 'utf8');
  const chunk = /["'`(]\.{0,2}\/?assets\/[\w.-]+\.(?:m?js|css|wasm)\b/.exec(text) ?? /\bimport\(\s*["'`]\.{1,2}\/[\w.-]+\.m?js/.exec(text);
  if (chunk) fail(`${path.relative(dist, file)} loads ${chunk[0].slice(1)} at run time: it cannot be inlined into one file.`);
}

const outFile = path.join(target, OUTPUT_NAME);
writeFileSync(outFile, out);
const kib = (Buffer.byteLength(out) / 1024).toFixed(0);
console.log(`single-file: wrote ${path.relative(process.cwd(), outFile) || outFile} (${kib} KiB: ${inlined.stylesheets} stylesheet, ${inlined.scripts} script, favicon inlined, first screen prerendered)`);
