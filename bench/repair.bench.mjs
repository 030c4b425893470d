// Throughput of `repair` on real articles, the way services call it (one call per article) and
// as one big string, beside its baselines in the same run: String#normalize('NFC') for clean
// text, natural's AggressiveTokenizerVi for damaged text (ratios hold on a noisy machine,
// absolute times do not). Also the first call's cost (the repair data decoded on first use),
// in a fresh process.
//
//   npm run build && node bench/repair.bench.mjs [--against old/encoding.js] [--prose]
//
// Articles: the real sentences of ../shared/data cut into article-sized documents
// (scripts/real-articles.mjs: RDR news articles, VTB sentences grouped into about 4 KB), damaged
// with the library's own `mojibake`. Without ../shared/data the seeded prose of harness.mjs is
// cut into paragraphs instead (and `--prose` adds it anyway: repeated paragraphs, few distinct
// words, good for pathological inputs but flattering per-distinct-word work). `--against` also
// times another build of the encoding entry on the same inputs. MB are UTF-8 bytes of the input.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mojibake, repair } from '../dist/encoding.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { buildProse, prng, runCases, utf8Bytes } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const againstPath = argument('--against');
const against = againstPath === undefined ? null : (await import(pathToFileURL(resolve(againstPath)).href)).repair;
const AggressiveTokenizerVi = createRequire(import.meta.url)('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
const natural = new AggressiveTokenizerVi();

// The first call decodes the repair data (tables, bigram model): measured in a fresh process.
const firstCall = execFileSync(
  process.execPath,
  ['--input-type=module', '-e', `const t0 = performance.now(); const { repair } = await import(${JSON.stringify(pathToFileURL(resolve(here, '../dist/encoding.js')).href)}); const t1 = performance.now(); repair('Nguyeân taéc cuûa coâng ty laø tuyeät ñoái giöõ bí maät.'); const t2 = performance.now(); console.log((t1 - t0).toFixed(1), (t2 - t1).toFixed(1));`],
  { encoding: 'utf8' },
)
  .trim()
  .split(' ');
console.log(`\nFirst use in a fresh process: import ${firstCall[0]} ms, first repair call (data decoded) ${firstCall[1]} ms.`);

const ENCODINGS = ['vni', 'tcvn3', 'utf-8', 'viqr', 'windows-1258'];

const real = [...(realArticles('rdr') ?? []), ...(realArticles('vtb-train') ?? []), ...(realArticles('vtb-dev') ?? [])];
const articles = real.length > 0 || process.argv.includes('--prose') ? real : buildProse(2e6).split('\n\n').filter((p) => p !== '');
const source = real.length > 0 ? `${real.length} real articles (RDR news, VTB sentences)` : `${articles.length} seeded prose paragraphs (no ../shared/data)`;
console.log(`Inputs: ${source}, ${(articles.reduce((n, a) => n + utf8Bytes(a), 0) / 1e6).toFixed(2)} MB.`);

/** One word with diacritics per sentence damaged, in an encoding drawn with a seeded PRNG. */
function oneWordPerSentence(text, rand) {
  return text
    .split(/(?<=[.!?])( )/u)
    .map((sentence) => {
      const words = sentence.split(' ');
      const marked = words.map((w, i) => (/^[\p{L}]+$/u.test(w) && /[^\p{ASCII}]/u.test(w) ? i : -1)).filter((i) => i >= 0);
      if (marked.length === 0) return sentence;
      const i = marked[Math.floor(rand() * marked.length)];
      words[i] = mojibake(words[i], ENCODINGS[Math.floor(rand() * ENCODINGS.length)]);
      return words.join(' ');
    })
    .join('');
}

const rand = prng(4);
const sets = [
  ['clean', articles, 'nfc'],
  ['one damaged word per sentence (5 encodings)', articles.map((a) => oneWordPerSentence(a, rand)), 'natural'],
  ['whole article in TCVN3', articles.map((a) => mojibake(a, 'tcvn3')), 'natural'],
  ['whole article in VNI', articles.map((a) => mojibake(a, 'vni')), 'natural'],
];
if (process.argv.includes('--prose')) {
  const prose = buildProse(2e6);
  sets.push(['seeded prose, clean', [prose], 'nfc'], ['seeded prose, whole text in TCVN3', [mojibake(prose, 'tcvn3')], 'natural']);
}

const each = (docs, fn) => () => {
  let n = 0;
  for (const d of docs) n += fn(d);
  return n;
};

for (const [name, docs, baseline] of sets) {
  const big = docs.join('\n');
  for (const [shape, list] of [
    ['one call per article', docs],
    ['one big string', [big]],
  ]) {
    if (shape === 'one big string' && docs.length === 1) continue;
    const bytes = list.reduce((n, d) => n + utf8Bytes(d), 0);
    const cases = [
      baseline === 'nfc'
        ? ["String#normalize('NFC') (baseline)", each(list, (d) => d.normalize('NFC').length), bytes]
        : ['natural AggressiveTokenizerVi (baseline)', each(list, (d) => natural.tokenize(d).length), bytes],
      ['repair', each(list, (d) => repair(d).changes.length), bytes],
    ];
    if (against !== null) cases.push([`repair (${againstPath})`, each(list, (d) => against(d).changes.length), bytes]);
    runCases(`repair: ${name}, ${shape}`, cases, { itemName: 'items' });
  }
}
