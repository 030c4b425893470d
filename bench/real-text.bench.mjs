// Every stage on real news (issue 12): the treebank's and RDRsegmenter's sentences from
// ../shared/data cut into article-sized documents (scripts/real-articles.mjs), one call per
// article and one call on all of them joined, each beside its baseline in the same process:
// String#normalize('NFC') for normalize and repair, natural's AggressiveTokenizerVi for the
// rest. Damaged variants are made with the package's own `mojibake`: one word per sentence
// in VNI, and whole articles in TCVN3. Skips (exit 0) without ../shared/data.
//   npm run build && node bench/real-text.bench.mjs [--rounds 9]
import { countTokens, mojibake, normalize, repair, scanTokens, segment, sentences, tokenize } from '../dist/index.js';
import { prng } from '../scripts/prng.mjs';
import { realArticles } from '../scripts/real-articles.mjs';
import { runArticles } from './harness.mjs';

export function newsArticles() {
  const parts = ['rdr', 'vtb-train', 'vtb-dev'].map((s) => realArticles(s));
  return parts.some((p) => p === null) ? null : parts.flat();
}

/** One word of each sentence shown as VNI-Windows bytes read as Windows-1252 (seeded). */
export function oneDamagedWordPerSentence(doc, seed = 12) {
  const rand = prng(seed);
  return doc.replace(/[^.!?\n]+[.!?\n]*/g, (sentence) => {
    const words = [...sentence.matchAll(/\p{L}*[^\p{ASCII}]\p{L}*/gu)];
    if (words.length === 0) return sentence;
    const w = words[Math.floor(rand() * words.length)];
    return sentence.slice(0, w.index) + mojibake(w[0], 'vni') + sentence.slice(w.index + w[0].length);
  });
}

const i = process.argv.indexOf('--rounds');
const rounds = i > 0 ? Number(process.argv[i + 1]) : 9;

const docs = newsArticles();
if (docs === null) {
  console.log('bench/real-text.bench.mjs: skipped, ../shared/data is absent (it reads the treebank and RDRsegmenter text there).');
} else if (process.argv[1]?.endsWith('real-text.bench.mjs')) {
  const label = 'RDRsegmenter train articles + VTB train/dev text';
  runArticles('Real news, clean', docs, [
    { name: '`normalize`', fn: (t) => normalize(t).length, baseline: 'nfc' },
    { name: '`repair`', fn: (t) => repair(t).changes.length, baseline: 'nfc' },
    { name: '`tokenize`', fn: (t) => tokenize(t).length, baseline: 'natural' },
    { name: '`countTokens`', fn: (t) => countTokens(t), baseline: 'natural' },
    { name: '`scanTokens`', fn: (t) => scanTokens(t).count, baseline: 'natural' },
    { name: '`sentences`', fn: (t) => sentences(t).length, baseline: 'natural' },
    { name: '`segment`', fn: (t) => segment(t).length, baseline: 'natural' },
  ], { rounds, label });
  runArticles('Real news, damaged', docs.map((d) => oneDamagedWordPerSentence(d)), [
    { name: '`repair`, one VNI word per sentence', fn: (t) => repair(t).changes.length, baseline: 'natural' },
  ], { rounds, label: `${label}; one word per sentence in VNI` });
  runArticles('Real news, whole articles in TCVN3', docs.map((d) => mojibake(d, 'tcvn3')), [
    { name: '`repair`, whole article TCVN3', fn: (t) => repair(t).changes.length, baseline: 'natural' },
  ], { rounds, label: `${label}; every article in TCVN3` });
}
