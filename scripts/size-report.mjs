// What each subpath export costs a user who bundles it: the built ESM files it pulls in
// (following the import graph of dist/ chunks), raw and gzipped, against the budget
// `test/size.test.ts` enforces. Run after `npm run build`:
//   node scripts/size-report.mjs            markdown table for the README
//   node scripts/size-report.mjs --json
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Gzip budget per subpath, in KB (1,000 bytes). The light entries carry no lexicon, model or
 * gazetteer; the heavy ones are capped near today's size so growth is a decision, not drift.
 */
export const BUDGETS = {
  'vntext/normalize': 20,
  'vntext/syllable': 20,
  'vntext/tokenize': 30,
  'vntext/encoding': 180,
  'vntext/segment': 180,
  // franc-min's 82 trigram models and the lexicon's syllables.
  'vntext/language': 185,
  // summarize stands on prepare (repair's model) and the segmenter.
  'vntext/summarize': 375,
  // prepare, the segmenter, and the gazetteer of 12,971 administrative units and name lists.
  'vntext/entities': 445,
  vntext: 505,
  'vntext/analyze': 565,
};

/** Subpaths that must not hold a data module: no string literal longer than this (bytes). */
export const LIGHT = { 'vntext/normalize': 16_000, 'vntext/syllable': 16_000, 'vntext/tokenize': 16_000 };

/** The ESM files `entry` (a path in dist/) loads, itself included, in load order. */
export function importGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1]));
    }
  };
  visit(resolve(root, entry));
  return [...seen];
}

/** The longest string literal in a file (quotes of any kind, escapes skipped), in characters. */
export function longestStringLiteral(code) {
  let longest = 0;
  for (const m of code.matchAll(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/gs)) longest = Math.max(longest, m[0].length - 2);
  return longest;
}

/** Raw and gzip bytes of every subpath export in package.json, from dist/. */
export function subpathSizes() {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const out = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === 'string') continue;
    const name = key === '.' ? 'vntext' : `vntext/${key.slice(2)}`;
    const files = importGraph(value.import.default);
    const code = files.map((f) => readFileSync(f, 'utf8'));
    // One gzip of the concatenation: what a bundler's single output would cost on the wire.
    const all = code.join('\n');
    out.push({
      name,
      files: files.length,
      raw: Buffer.byteLength(all),
      gzip: gzipSync(all, { level: 9 }).length,
      longestString: Math.max(0, ...code.map(longestStringLiteral)),
      budget: BUDGETS[name] === undefined ? null : BUDGETS[name] * 1000,
    });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = subpathSizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    const kb = (n) => (n / 1000).toFixed(1);
    console.log(`Gzip (level 9) of the ESM files each subpath loads, from dist/ (${new Date().toISOString().slice(0, 10)}; \`node scripts/size-report.mjs\`):\n`);
    console.log('| import | files | raw KB | gzip KB | budget (gzip KB) |');
    console.log('|---|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| \`${r.name}\` | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.budget === null ? '–' : kb(r.budget)} |`);
  }
}
