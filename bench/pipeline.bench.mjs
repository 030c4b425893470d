// The whole pipeline on real news, one call per article (issue 12): `prepare` (repair, then
// normalize), then `tokenize` and `segment` on the prepared text, beside natural's
// AggressiveTokenizerVi in the same process; clean articles and articles with one VNI word per
// sentence. Skips (exit 0) without ../shared/data.
//   npm run build && node bench/pipeline.bench.mjs [--rounds 9]
import { extractEntities, prepare, segment, tokenize } from '../dist/index.js';
import { runArticles } from './harness.mjs';
import { NEWS_LABEL, newsArticles, oneDamagedWordPerSentence, rounds } from './real-docs.mjs';

const docs = newsArticles();
if (docs === null) {
  console.log('bench/pipeline.bench.mjs: skipped, ../shared/data is absent (it reads the treebank and RDRsegmenter text there).');
} else {
  const cases = [
    { name: '`prepare`', fn: (t) => prepare(t).text.length, baseline: 'natural' },
    {
      name: '`prepare` + `tokenize` + `segment`',
      fn: (t) => {
        const clean = prepare(t);
        return tokenize(clean).length + segment(clean).length;
      },
      baseline: 'natural',
    },
    { name: '`extractEntities`', fn: (t) => extractEntities(t).length, baseline: 'natural' },
  ];
  runArticles('Pipeline on real news, clean', docs, cases, { rounds: rounds(), label: NEWS_LABEL });
  runArticles('Pipeline on real news, one VNI word per sentence', docs.map((d) => oneDamagedWordPerSentence(d)), cases, { rounds: rounds(), label: `${NEWS_LABEL}; one word per sentence in VNI` });
}
