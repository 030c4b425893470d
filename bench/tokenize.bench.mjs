// Tokenizer and sentence-splitter throughput on real text, against natural's
// AggressiveTokenizerVi (a regex split with no offsets) in the same process: one call per
// article, which is how services call a tokenizer (there, fixed per-call costs count), and
// one call on all the articles as one string.
//   npm run build && node bench/tokenize.bench.mjs [--source rdr|vtb-dev|vtb-train|resolutions]
// Articles come from ../shared/data (scripts/real-articles.mjs); without it the bench says so
// and runs the synthetic prose instead (bench/harness.mjs), which is also kept for the
// all-kinds mix (URLs, phones, dates) real news has little of.
// Token-object cases allocate about a million objects per round, so their ratios move with
// the garbage collector's timing (±20% between runs on a loaded machine): run it several
// times and compare the ranges.
import { createRequire } from 'node:module';
import { countTokens, scanTokens, sentences, tokenIterator, tokenize } from '../dist/tokenize.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { buildProse, runCases, utf8Bytes } from './harness.mjs';

// Loaded by path: natural's index pulls in its whole toolkit and prints warnings.
const AggressiveTokenizerVi = createRequire(import.meta.url)('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
const natural = new AggressiveTokenizerVi();

const i = process.argv.indexOf('--source');
const source = i > 0 ? process.argv[i + 1] : 'rdr';
let articles = realArticles(source);
let label = `${source}, real articles`;
if (articles === null) {
  console.log(`../shared/data is absent: no real articles (${source}); using the synthetic bench prose.`);
  const prose = buildProse(2e6);
  articles = prose.split('\n\n').filter(Boolean);
  label = 'synthetic bench prose, paragraphs';
}
const bytes = articles.reduce((n, a) => n + utf8Bytes(a), 0);
const avg = Math.round(articles.reduce((n, a) => n + a.length, 0) / articles.length);

const perArticle = (fn) => () => {
  let n = 0;
  for (let k = 0; k < articles.length; k++) n += fn(articles[k]);
  return n;
};

runCases(
  `tokenize, one call per article (${articles.length.toLocaleString('en')} ${label} of about ${avg.toLocaleString('en')} characters)`,
  [
    ['natural AggressiveTokenizerVi (baseline)', perArticle((a) => natural.tokenize(a).length), bytes],
    ['countTokens', perArticle((a) => countTokens(a)), bytes],
    ['scanTokens (typed arrays)', perArticle((a) => scanTokens(a).count), bytes],
    ['tokenize (token objects)', perArticle((a) => tokenize(a).length), bytes],
    ['sentences', perArticle((a) => sentences(a).length), bytes],
  ],
  { itemName: 'tokens' },
);

const text = articles.join('\n\n');
runCases(
  `tokenize, the same text as one string (${(text.length / 1e6).toFixed(1)} M characters)`,
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
