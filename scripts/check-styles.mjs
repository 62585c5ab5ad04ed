#!/usr/bin/env node
// Keeps src/ui/styles/ the way a newcomer can read it: one room per rule.
//
//   node scripts/check-styles.mjs
//
// Fails (exit code 1, naming the file and selector) when
//   - a stylesheet is longer than 400 lines;
//   - a selector is declared in two rules (after normalising whitespace and quotes, within the same @media/@supports
//     context), in one file or across files: its declarations belong together, in one place;
//   - a class selector names a class that appears nowhere in src/ as a token: a rule for nothing;
//   - a stylesheet in the folder is imported neither by index.css nor by a module (a part loaded later imports its
//     own), so none of its rules reach the page.
// Plain Node and no dependency: the stylesheets use nothing a small tokenizer cannot read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stylesDir = path.join(root, 'src', 'ui', 'styles');
const sourceDir = path.join(root, 'src');
const MAX_LINES = 400;

/**
 * Classes that no source file spells out whole, because code composes them (`'stage-' + name`, say). Each entry
 * names the place that builds it, so that a reader can check it is still built there. None today.
 */
const DYNAMIC_CLASSES = new Map([
  // ['example-class', 'src/scenes/example.ts: .attr("class", `example-${kind}`)'],
]);

const problems = [];
const fail = (file, message) => problems.push(`${file}: ${message}`);

/** Text with comments blanked out, keeping every newline so that offsets still give line numbers. */
function withoutComments(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Splits on top-level commas only: `:not(a, b)` and `[x=","]` stay whole. */
function splitSelectorList(text) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    else if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** One spelling per selector: single spaces, none around combinators or inside brackets, single quotes. */
function normalise(selector) {
  return selector
    .replace(/\s+/g, ' ')
    .replace(/\s*([>+~,])\s*/g, '$1')
    .replace(/([[(])\s+|\s+([\])])/g, '$1$2')
    .replace(/"/g, "'")
    .trim();
}

/**
 * The rules of one stylesheet: each with its selector list, the @media/@supports context around it and its line.
 * At-rules without a block (@import) are returned apart; blocks such as @font-face count as rules of their own.
 */
function parse(css) {
  const text = withoutComments(css);
  const rules = [];
  const imports = [];
  const contexts = [];
  let start = 0;
  let quote = null;
  let parens = 0;
  const lineAt = (offset) => text.slice(0, offset).split('\n').length;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') parens += 1;
    else if (ch === ')') parens -= 1;
    else if (ch === ';' && parens === 0 && contexts.at(-1)?.kind !== 'rule') {
      // A statement at-rule (@import, @charset) outside any declaration block.
      const statement = text.slice(start, i).trim();
      if (statement.startsWith('@import')) imports.push(statement);
      start = i + 1;
    } else if (ch === '{') {
      const prelude = text.slice(start, i).trim();
      const line = lineAt(start + Math.max(0, text.slice(start, i).search(/\S/)));
      const atRule = /^@([\w-]+)/.exec(prelude);
      if (atRule && ['media', 'supports', 'container', 'layer', 'document', 'keyframes', '-webkit-keyframes'].includes(atRule[1])) {
        contexts.push({ kind: 'group', prelude: prelude.replace(/\s+/g, ' ') });
      } else {
        const context = contexts.filter((c) => c.kind === 'group').map((c) => c.prelude).join(' / ');
        rules.push({ selectors: atRule ? [prelude] : splitSelectorList(prelude), context, line });
        contexts.push({ kind: 'rule' });
      }
      start = i + 1;
    } else if (ch === '}') {
      contexts.pop();
      start = i + 1;
    }
  }
  return { rules, imports };
}

/** Class names a selector uses, with attribute values and strings set aside (`[href$='.svg']` names no class). */
function classesIn(selector) {
  const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/(['"])(?:\\.|(?!\1).)*\1/g, '');
  return [...bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]);
}

/** Every source file under src/ but the stylesheets themselves. */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (file === stylesDir) return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(?:[cm]?[jt]sx?|html)$/.test(name) ? [file] : [];
  });
}

const sheets = readdirSync(stylesDir).filter((name) => name.endsWith('.css')).sort();
if (sheets.length === 0) fail(path.relative(root, stylesDir), 'no stylesheets found');

const source = sourceFiles(sourceDir).map((file) => readFileSync(file, 'utf8')).join('\n');
// A class is used when its name stands in the source as a whole token: `'floor floor-built'` uses floor-built,
// `'layer-box'` does not use layer.
const usedTokens = new Set(source.match(/[\w-]+/g) ?? []);

const declared = new Map();
const importedSheets = new Set();
for (const name of sheets) {
  const file = path.join('src', 'ui', 'styles', name);
  const css = readFileSync(path.join(stylesDir, name), 'utf8');
  const lines = css.split('\n').length - (css.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) fail(file, `${lines} lines, more than ${MAX_LINES}: split it by concern`);

  const { rules, imports } = parse(css);
  for (const statement of imports) {
    const target = /['"]\.\/([^'"]+)['"]/.exec(statement);
    if (target) importedSheets.add(target[1]);
  }
  for (const rule of rules) {
    for (const written of rule.selectors) {
      const key = `${rule.context}|${normalise(written)}`;
      const first = declared.get(key);
      const where = `${file}:${rule.line}`;
      if (first) fail(where, `"${normalise(written)}"${rule.context ? ` (in ${rule.context})` : ''} is already declared at ${first}: merge the two rules`);
      else declared.set(key, where);
      for (const className of classesIn(written)) {
        if (!usedTokens.has(className) && !DYNAMIC_CLASSES.has(className)) {
          fail(where, `".${className}" (in "${normalise(written)}") appears nowhere in src/: remove the rule, or list the class in DYNAMIC_CLASSES with the place that builds it`);
        }
      }
    }
  }
}

// A sheet that only a window or a part loaded later uses (the handout, the speaker's window) is imported by the
// module that shows it instead, so that the page's first paint does not wait for it.
const importedByModules = new Set([...source.matchAll(/import\s+['"](?:\.\.?\/)+(?:[\w-]+\/)*styles\/([\w-]+\.css)['"]/g)].map((match) => match[1]));
if (sheets.includes('index.css')) {
  for (const name of sheets) {
    if (name !== 'index.css' && !importedSheets.has(name) && !importedByModules.has(name)) {
      fail(path.join('src', 'ui', 'styles', name), 'is imported neither by index.css nor by a module in src/, so none of its rules reach the page');
    }
  }
}

if (problems.length > 0) {
  console.error(`check-styles: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`check-styles: ${sheets.length} stylesheets, ${declared.size} selectors, each declared once and used in src/; none over ${MAX_LINES} lines.`);
