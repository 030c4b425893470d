// Summaries of real news articles with the built package, one call per article as a service
// makes them, beside the sentence splitter alone (the baseline) and the stages a summary
// runs on (prepare, then segment) in the same run; then one 100 KB document (many articles
// joined) to show the cost stays linear. Ratios between rows hold on a noisy machine;
// absolute numbers do not. Needs ../shared/data (the RDR news text).
//   npm run build && node bench/summarize.bench.mjs
import { prepare, segment, sentences, summarize } from '../dist/index.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { runCases, utf8Bytes } from './harness.mjs';

const articles = realArticles('rdr');
if (articles === null) {
  console.log('[skipped] ../shared/data is absent: this benchmark runs on real articles only');
  process.exit(0);
}
const bytes = articles.reduce((n, a) => n + utf8Bytes(a), 0);
const perArticle = (fn) => () => {
  let sink = 0;
  for (const a of articles) sink += fn(a);
  if (sink < 0) throw new Error('unreachable');
  return articles.length;
};

runCases(`summarize: ${articles.length} real news articles (RDR, Tuổi Trẻ), one call each`, [
  ['sentences (baseline)', perArticle((a) => sentences(a).length), bytes],
  ['prepare', perArticle((a) => prepare(a).text.length), bytes],
  ['segment(prepare(a))', perArticle((a) => segment(prepare(a)).length), bytes],
  ['summarize, 3 sentences + 10 keywords', perArticle((a) => summarize(a).sentences.length), bytes],
  ['summarize, 3 sentences, no keywords', perArticle((a) => summarize(a, { keywords: 0 }).sentences.length), bytes],
], { itemName: 'articles', rounds: 9 });

let big = '';
for (const a of articles) {
  if (big.length >= 100_000) break;
  big += a + '\n\n';
}
const one = (fn) => () => (fn(big), 1);
runCases(`summarize: one document of ${big.length.toLocaleString('en')} characters (articles joined)`, [
  ['sentences (baseline)', one((t) => sentences(t)), utf8Bytes(big)],
  ['segment(prepare(t))', one((t) => segment(prepare(t))), utf8Bytes(big)],
  ['summarize, 5 sentences + 10 keywords', one((t) => summarize(t, { sentences: 5 })), utf8Bytes(big)],
], { itemName: 'documents', rounds: 9 });
