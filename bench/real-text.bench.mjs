// Every stage on real news (issue 12): the treebank's and RDRsegmenter's sentences from
// ../shared/data cut into article-sized documents (bench/real-docs.mjs), one call per article
// and one call on all of them joined, each beside its baseline in the same process:
// String#normalize('NFC') for normalize and repair, natural's AggressiveTokenizerVi for the
// rest. Damaged variants are made with the package's own `mojibake`: one word per sentence in
// VNI, and whole articles in TCVN3. Skips (exit 0) without ../shared/data.
//   npm run build && node bench/real-text.bench.mjs [--rounds 9]
import { countTokens, mojibake, normalize, repair, scanTokens, segment, sentences, tokenize } from '../dist/index.js';
import { runArticles } from './harness.mjs';
import { NEWS_LABEL, newsArticles, oneDamagedWordPerSentence, rounds } from './real-docs.mjs';

const docs = newsArticles();
if (docs === null) {
  console.log('bench/real-text.bench.mjs: skipped, ../shared/data is absent (it reads the treebank and RDRsegmenter text there).');
} else {
  const options = { rounds: rounds(), label: NEWS_LABEL };
  runArticles('Real news, clean', docs, [
    { name: '`normalize`', fn: (t) => normalize(t).length, baseline: 'nfc' },
    { name: '`repair`', fn: (t) => repair(t).changes.length, baseline: 'nfc' },
    { name: '`tokenize`', fn: (t) => tokenize(t).length, baseline: 'natural' },
    { name: '`countTokens`', fn: (t) => countTokens(t), baseline: 'natural' },
    { name: '`scanTokens`', fn: (t) => scanTokens(t).count, baseline: 'natural' },
    { name: '`sentences`', fn: (t) => sentences(t).length, baseline: 'natural' },
    { name: '`segment`', fn: (t) => segment(t).length, baseline: 'natural' },
  ], options);
  runArticles('Real news, damaged', docs.map((d) => oneDamagedWordPerSentence(d)), [
    { name: '`repair`, one VNI word per sentence', fn: (t) => repair(t).changes.length, baseline: 'natural' },
  ], { ...options, label: `${NEWS_LABEL}; one word per sentence in VNI` });
  runArticles('Real news, whole articles in TCVN3', docs.map((d) => mojibake(d, 'tcvn3')), [
    { name: '`repair`, whole article TCVN3', fn: (t) => repair(t).changes.length, baseline: 'natural' },
  ], { ...options, label: `${NEWS_LABEL}; every article in TCVN3` });
}
