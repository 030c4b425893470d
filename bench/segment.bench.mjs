// Word segmentation on real text, called the way users call it: one call per article, and one
// call on one big string, beside natural's Vietnamese tokenizer (a regex split with no offsets
// and no word segmentation) in the same run. Ratios between rows hold on a noisy machine;
// absolute numbers do not.
//   npm run build && node bench/segment.bench.mjs [--source rdr|vtb-dev|vtb-train|resolutions]
// Articles come from ../shared/data (scripts/real-articles.mjs); without it the bench says so
// and runs only the synthetic pathological cases.
import { createRequire } from 'node:module';
import { prepare } from '../dist/index.js';
import { countWords, segment, segmentJoined, segmentTable, wordIterator } from '../dist/segment.js';
import { countTokens, tokenize } from '../dist/tokenize.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { runCases, utf8Bytes } from './harness.mjs';

// The tokenizer's own module: natural's index loads every other corpus and model it has.
const AggressiveTokenizerVi = createRequire(import.meta.url)('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
const natural = new AggressiveTokenizerVi();

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const source = arg('--source', 'rdr');
const articles = realArticles(source);

/** Runs `fn` on every article; returns the syllable count so every row reads syllables/s. */
const perArticle = (docs, syllables, fn) => () => {
  let sink = 0;
  for (let i = 0; i < docs.length; i++) sink += fn(docs[i]);
  if (sink < 0) throw new Error('unreachable');
  return syllables;
};

const pipeline = (a) => {
  const clean = prepare(a);
  return tokenize(clean).length + segment(clean).length;
};

if (articles === null) {
  console.log(`../shared/data is absent: no real articles (${source}); only the pathological cases run.`);
} else {
  const bytes = articles.reduce((n, a) => n + utf8Bytes(a), 0);
  const syllables = articles.reduce((n, a) => n + countTokens(a), 0);
  const avg = Math.round(articles.reduce((n, a) => n + a.length, 0) / articles.length);
  runCases(`segment: ${articles.length.toLocaleString('en')} real articles (${source}, about ${avg.toLocaleString('en')} characters each), one call each`, [
    ['natural AggressiveTokenizerVi (baseline)', perArticle(articles, syllables, (a) => natural.tokenize(a).length), bytes],
    ['countTokens', perArticle(articles, syllables, countTokens), bytes],
    ['segment (word objects)', perArticle(articles, syllables, (a) => segment(a).length), bytes],
    ['segmentTable (typed arrays)', perArticle(articles, syllables, (a) => segmentTable(a).count), bytes],
    ['segmentJoined', perArticle(articles, syllables, (a) => segmentJoined(a).length), bytes],
    ['countWords', perArticle(articles, syllables, countWords), bytes],
    ['prepare + tokenize + segment', perArticle(articles, syllables, pipeline), bytes],
  ], { itemName: 'syllables', rounds: 9 });

  const whole = articles.join('\n\n');
  const one = (fn) => () => {
    fn(whole);
    return syllables;
  };
  runCases(`segment: the same articles as one string (${(whole.length / 1e6).toFixed(1)} M characters)`, [
    ['natural AggressiveTokenizerVi (baseline)', one((t) => natural.tokenize(t).length), bytes],
    ['segment (word objects)', one((t) => segment(t).length), bytes],
    ['segmentTable (typed arrays)', one((t) => segmentTable(t).count), bytes],
    [
      'wordIterator',
      one((t) => {
        let n = 0;
        for (const _ of wordIterator(t)) n++;
        return n;
      }),
      bytes,
    ],
    ['countWords', one(countWords), bytes],
  ], { itemName: 'syllables', rounds: 5 });
}

// Pathological inputs, where synthetic text is the point: runs that stress one path.
const patho = [
  ['HTX HTX … (capitals)', 'HTX '.repeat(100_000)],
  ['digits and dots', '1.2.3.4.5.6.7.8.9.0.'.repeat(20_000)],
  ['one 400 KB word', 'a'.repeat(400_000)],
  ['letters and combining marks', 'a\u0301\u0323'.repeat(100_000)],
];
runCases('segment: pathological inputs, one call each', [
  ['natural AggressiveTokenizerVi (baseline)', () => patho.reduce((n, [, t]) => n + natural.tokenize(t).length, 0), patho.reduce((n, [, t]) => n + utf8Bytes(t), 0)],
  ...patho.map(([name, t]) => [`countWords: ${name}`, () => countWords(t), utf8Bytes(t)]),
], { itemName: 'words', rounds: 5 });
