// Entity extraction throughput of the built package on real article-sized documents (Tuổi
// Trẻ news from ../shared/data, `realArticles('rdr')`), one call per article as a service
// makes them, beside natural's AggressiveTokenizerVi (a regex split with no offsets) and this
// package's own prepare (repair + normalize, the first stage of extractEntities) in the same
// run. Ratios between rows hold on a noisy machine; absolute numbers do not.
//   npm run build && node bench/entities.bench.mjs [--rounds 9]
import { createRequire } from 'node:module';
import { extractEntities } from '../dist/entities.js';
import { prepare } from '../dist/index.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { runCases, utf8Bytes } from './harness.mjs';

const docs = realArticles('rdr');
if (docs === null) {
  console.log('entities.bench: ../shared/data is absent; nothing to measure.');
  process.exit(0);
}
const bytes = docs.reduce((n, d) => n + utf8Bytes(d), 0);

// The tokenizer's own module: natural's index loads every other corpus and model it has.
const AggressiveTokenizerVi = createRequire(import.meta.url)('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
const natural = new AggressiveTokenizerVi();

/** Runs `fn` on every document; returns the total of what it counts. */
const perDoc = (fn) => () => {
  let n = 0;
  for (const d of docs) n += fn(d);
  return n;
};

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 9;
const ref = { referenceDate: '2004-06-01' };
const scored = ['date', 'time', 'money', 'percent', 'url', 'email', 'phone'];

runCases(
  `extractEntities: ${docs.length.toLocaleString('en')} real articles (${(bytes / 1e6).toFixed(2)} MB), one call each`,
  [
    ['natural AggressiveTokenizerVi (baseline)', perDoc((d) => natural.tokenize(d).length), bytes],
    ['prepare (repair + normalize)', perDoc((d) => prepare(d).text.length), bytes],
    ['extractEntities (all types)', perDoc((d) => extractEntities(d, ref).length), bytes],
    ['extractEntities (dates … phones)', perDoc((d) => extractEntities(d, { ...ref, types: scored }).length), bytes],
  ],
  { rounds, itemName: 'entities' },
);
