// Throughput of `repair` on clean prose and on prose damaged in legacy encodings (whole text,
// paragraph by paragraph, one word per sentence), against String#normalize('NFC') on the same
// text in the same run (ratios hold on a noisy machine, absolute times do not).
//
//   npm run build && node bench/repair.bench.mjs [--mb 4] [--against old/encoding.js] [--corpus file.md]
//
// Inputs are the harness's seeded prose, damaged with the library's own `mojibake`; nothing is
// downloaded. `--against` also times another build of the encoding entry (e.g. the last
// commit's, built into a temporary folder) on the same inputs, so a change can be compared
// with its baseline in one process. `--corpus` adds a real document (e.g.
// ../shared/data/corpus/resolutions-2025-merger.md), whole-text damaged in VNI and TCVN3.
// MB are UTF-8 bytes of the input.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { mojibake, repair } from '../dist/encoding.js';
import { buildProse, prng, runCases, targetMegabytes, utf8Bytes } from './harness.mjs';

const argument = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const againstPath = argument('--against');
const against = againstPath === undefined ? null : (await import(pathToFileURL(resolve(againstPath)).href)).repair;
const corpusPath = argument('--corpus');

const ENCODINGS = ['vni', 'tcvn3', 'utf-8', 'viqr', 'windows-1258'];
const prose = buildProse(targetMegabytes(4) * 1e6);

/** Each paragraph in an encoding drawn with a seeded PRNG. */
function perParagraph(text) {
  const rand = prng(3);
  return text
    .split('\n\n')
    .map((p) => (p === '' ? p : mojibake(p, ENCODINGS[Math.floor(rand() * ENCODINGS.length)])))
    .join('\n\n');
}

/** One word with diacritics per sentence damaged, in an encoding drawn with a seeded PRNG. */
function oneWordPerSentence(text) {
  const rand = prng(4);
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

const inputs = [
  ['clean prose', prose],
  ['whole text damaged (VNI)', mojibake(prose, 'vni')],
  ['whole text damaged (TCVN3)', mojibake(prose, 'tcvn3')],
  ['whole text damaged (UTF-8 as Windows-1252)', mojibake(prose, 'utf-8')],
  ['each paragraph damaged (5 encodings)', perParagraph(prose)],
  ['one damaged word per sentence', oneWordPerSentence(prose)],
];
if (corpusPath !== undefined) {
  const corpus = readFileSync(corpusPath, 'utf8').normalize('NFC');
  inputs.push(['corpus, whole text damaged (VNI)', mojibake(corpus, 'vni')], ['corpus, whole text damaged (TCVN3)', mojibake(corpus, 'tcvn3')]);
}

for (const [name, text] of inputs) {
  const bytes = utf8Bytes(text);
  const cases = [
    ["String#normalize('NFC') (baseline)", () => text.normalize('NFC').length, bytes],
    ['repair', () => repair(text).changes.length, bytes],
  ];
  if (against !== null) cases.push([`repair (${againstPath})`, () => against(text).changes.length, bytes]);
  runCases(`repair: ${name}`, cases, { itemName: 'chars/words repaired' });
}
