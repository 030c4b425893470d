// Tokenizer and sentence-splitter throughput on fixed, seeded prose (about 5 MB), against
// natural's AggressiveTokenizerVi (a regex split with no offsets) in the same process.
//   npm run build && node bench/tokenize.bench.mjs [--mb 5]
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
