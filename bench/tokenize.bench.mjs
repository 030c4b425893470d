// Tokenizer and sentence-splitter throughput on fixed, seeded prose (about 5 MB), against
// natural's AggressiveTokenizerVi (a regex split with no offsets) in the same process: once
// as one 5 MB string, and once cut into articles of about 4 KB, one call each, which is how
// services call a tokenizer (there, fixed per-call costs count).
//   npm run build && node bench/tokenize.bench.mjs [--mb 5]
// Token-object cases allocate about a million objects per round, so their ratios move with
// the garbage collector's timing (±20% between runs on a loaded machine): run it several
// times and compare the ranges.
import { createRequire } from 'node:module';
import { countTokens, scanTokens, sentences, tokenIterator, tokenize } from '../dist/tokenize.js';
import { buildProse, runCases, targetMegabytes, utf8Bytes } from './harness.mjs';

const text = buildProse(targetMegabytes() * 1e6);
const bytes = utf8Bytes(text);

// Loaded by path: natural's index pulls in its whole toolkit and prints warnings.
const require = createRequire(import.meta.url);
const AggressiveTokenizerVi = require('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
const natural = new AggressiveTokenizerVi();

runCases(
  'tokenize',
  [
    ['natural AggressiveTokenizerVi (baseline)', () => natural.tokenize(text).length, bytes],
    ['countTokens', () => countTokens(text), bytes],
    ['scanTokens (typed arrays)', () => scanTokens(text).count, bytes],
    ['tokenize (token objects)', () => tokenize(text).length, bytes],
    [
      'tokenIterator',
      () => {
        let n = 0;
        for (const _ of tokenIterator(text)) n++;
        return n;
      },
      bytes,
    ],
    ['sentences', () => sentences(text).length, bytes],
  ],
  { itemName: 'tokens' },
);

/** The prose cut at paragraph breaks into pieces of about `size` characters. */
function articles(size) {
  const out = [];
  let from = 0;
  while (from < text.length) {
    const cut = text.indexOf('\n\n', from + size);
    const to = cut < 0 ? text.length : cut + 2;
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

const pieces = articles(4000);
const perArticle = (fn) => () => {
  let n = 0;
  for (let i = 0; i < pieces.length; i++) n += fn(pieces[i]);
  return n;
};

runCases(
  `tokenize, one call per article (${pieces.length.toLocaleString('en')} articles of about 4 KB)`,
  [
    ['natural AggressiveTokenizerVi (baseline)', perArticle((a) => natural.tokenize(a).length), bytes],
    ['countTokens', perArticle((a) => countTokens(a)), bytes],
    ['scanTokens (typed arrays)', perArticle((a) => scanTokens(a).count), bytes],
    ['tokenize (token objects)', perArticle((a) => tokenize(a).length), bytes],
    ['sentences', perArticle((a) => sentences(a).length), bytes],
  ],
  { itemName: 'tokens' },
);
