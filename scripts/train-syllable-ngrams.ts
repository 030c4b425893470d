// Trains the syllable bigram model that `repair` uses to weigh readings of a damaged word that
// is itself a valid syllable (TCVN3 `còng` = `cũng`, VIQR `chi.` = `chị`), and writes it to
// src/encoding/syllable-ngrams.generated.ts.
//
//   npx tsx scripts/train-syllable-ngrams.ts          (write the module)
//   npx tsx scripts/train-syllable-ngrams.ts --check  (exit 1 if the committed module differs)
//
// Sources (../shared/data, see its README for licences): the VTB treebank's segmented train and
// dev sentences, RDRsegmenter's gold-segmented news, the 2025 merger resolutions, and the
// syllable pairs inside RDRsegmenter's multi-syllable word list. Sentences that the legacy
// dev set (legacy/dev.jsonl) is built from are left out, and so are the VTB dev-split sentences
// `dev-N` with N divisible by 3, from which eval-repair.ts builds its validation set: both
// measure text the model has not seen. So are the RDR articles scripts/held-out.ts keeps for
// the false-change check (clean news the model never saw). Only counts are shipped, never
// sentences.
//
// The resolutions are mostly tables that repeat the same phrases thousands of times (`Sắp xếp
// toàn bộ diện tích tự nhiên` 2,998 times), so each distinct phrase of them (a run of syllables
// between punctuation) is counted once; otherwise legal boilerplate would outweigh the news.
//
// The model is an interpolated Kneser-Ney bigram model: P(w | v) = max(c(v w) - D, 0) / c(v) +
// λ(v) · Pcont(w), where Pcont(w) is the share of distinct left neighbours w has. Pairs seen once
// are not stored (their mass is folded into λ), which keeps the module small.
import { readFileSync } from 'node:fs';
import { mojibake } from '../src/encoding/encode.js';
import { Verdict, analyzeRange } from '../src/syllable/analyze.js';
import { restyleSyllable } from '../src/syllable/index.js';
import { isHeldOutRdrArticle, isRdrArticleStart } from './held-out.js';
import { sharedPath, writeGenerated } from './shared-data.js';

/** Bigrams seen fewer times than this are not stored (their mass goes to the back-off weight). */
const MIN_BIGRAM = 2;
/**
 * Weight of one multi-syllable dictionary entry: a two-syllable word is a pair that running
 * text uses as it is; the pairs inside longer entries (`số vô tỉ`) seldom stand alone.
 */
const LEXICON_WEIGHT_PAIR = 3;
const LEXICON_WEIGHT_LONGER = 2;

const LETTER = /[\p{L}\p{M}]/u;

/** The lower-case, classic-style key of a syllable, or null when `word` is not one. */
function syllableKey(word: string): string | null {
  const w = word.normalize('NFC');
  const v = analyzeRange(w, 0, w.length);
  if (v !== Verdict.Valid && v !== Verdict.Misplaced) return null;
  return restyleSyllable(w.toLowerCase(), 'classic');
}

/** A letters-only fingerprint of a sentence, to recognise dev-set sentences in the sources. */
const fingerprint = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, '');

const unigrams = new Map<string, number>();
const bigrams = new Map<string, number>();
const BOUNDARY = '';

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * The phrases of one line: runs of syllables separated only by spaces or `_`. Anything else
 * between them (punctuation, numbers, foreign words) ends a phrase.
 */
function phrasesOf(line: string): string[][] {
  const phrases: string[][] = [];
  let phrase: string[] = [];
  const close = (): void => {
    if (phrase.length > 0) phrases.push(phrase);
    phrase = [];
  };
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (!LETTER.test(line[i]!)) {
      const ch = line[i]!;
      if (ch !== ' ' && ch !== '_' && ch !== '\t') close();
      i++;
      continue;
    }
    let j = i;
    while (j < n && LETTER.test(line[j]!)) j++;
    const key = syllableKey(line.slice(i, j));
    if (key === null) close();
    else phrase.push(key);
    i = j;
  }
  close();
  return phrases;
}

/** Counts a phrase with a boundary before and after it. */
function countPhrase(keys: string[], weight: number): void {
  let prev = BOUNDARY;
  for (const key of keys) {
    add(unigrams, key, weight);
    add(bigrams, prev + ' ' + key, weight);
    prev = key;
  }
  add(bigrams, prev + ' ' + BOUNDARY, weight);
}

function main(): void {
  const devSentences = new Set<string>();
  for (const line of readFileSync(sharedPath('legacy/dev.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as { expected: string; mode: string };
    if (rec.mode !== 'control') devSentences.add(fingerprint(rec.expected));
  }
  // eval-repair.ts's validation sentences: line N of vtb/dev.seg.txt is sentence dev-N.
  const vtbDev = readFileSync(sharedPath('vtb/dev.seg.txt'), 'utf8').split('\n');
  vtbDev.forEach((line, i) => {
    if ((i + 1) % 3 === 0 && line.trim() !== '') devSentences.add(fingerprint(line));
  });

  let skipped = 0;
  for (const rel of ['vtb/train.seg.txt', 'vtb/dev.seg.txt', 'segmentation/rdr-train-gold.seg.txt']) {
    let article = -1;
    for (const line of readFileSync(sharedPath(rel), 'utf8').split('\n')) {
      if (rel.startsWith('segmentation/') && isRdrArticleStart(line)) article++;
      if (devSentences.has(fingerprint(line)) || (rel.startsWith('segmentation/') && isHeldOutRdrArticle(article))) {
        skipped++;
        continue;
      }
      for (const phrase of phrasesOf(line)) countPhrase(phrase, 1);
    }
  }
  const seen = new Set<string>();
  for (const line of readFileSync(sharedPath('corpus/resolutions-2025-merger.md'), 'utf8').split('\n')) {
    for (const phrase of phrasesOf(line.replace(/<br>/g, ' '))) {
      const key = phrase.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      countPhrase(phrase, 1);
    }
  }
  // Dictionary words add the pairs inside them but no boundary pairs (they are not sentences).
  for (const word of readFileSync(sharedPath('lexicon/vnvocab.txt'), 'utf8').split('\n')) {
    const keys = word.trim().split(/\s+/).map(syllableKey);
    if (keys.length < 2 || keys.some((k) => k === null)) continue;
    const weight = keys.length === 2 ? LEXICON_WEIGHT_PAIR : LEXICON_WEIGHT_LONGER;
    for (let k = 1; k < keys.length; k++) add(bigrams, keys[k - 1] + ' ' + keys[k], weight);
    for (const k of keys) add(unigrams, k!, weight);
  }

  // Ids by falling frequency (ties alphabetical, so the output is deterministic); 0 = boundary.
  const vocab = [...unigrams.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  if (vocab.length >= 0x7fff) throw new Error('vocabulary too large for 15-bit ids');
  const id = new Map<string, number>(vocab.map((w, i) => [w, i + 1]));
  id.set(BOUNDARY, 0);
  let total = 0;
  for (const c of unigrams.values()) total += c;

  // Kneser-Ney statistics over all pairs, before pruning.
  const size = vocab.length + 1;
  const contextCount = new Float64Array(size); // c(v): pairs starting with v
  const leftTypes = new Float64Array(size); // N1+(· w)
  const rightTypes = new Float64Array(size); // N1+(v ·)
  const rightSingles = new Float64Array(size); // pairs (v ·) seen once: pruned, mass to λ(v)
  const countOfCounts = [0, 0, 0];
  const pairs: [number, number][] = [];
  for (const [key, c] of bigrams) {
    const [a, b] = key.split(' ') as [string, string];
    const va = id.get(a)!;
    const vb = id.get(b)!;
    contextCount[va]! += c;
    leftTypes[vb]!++;
    rightTypes[va]!++;
    if (c < 3) countOfCounts[c]!++;
    if (c < MIN_BIGRAM) rightSingles[va]!++;
    else pairs.push([va * 0x10000 + vb, c]);
  }
  const discount = countOfCounts[1]! / (countOfCounts[1]! + 2 * countOfCounts[2]!);
  let leftTypesTotal = 0;
  for (let v = 0; v < size; v++) leftTypesTotal += leftTypes[v]!;

  const unigramBytes = new Uint8Array(vocab.length);
  vocab.forEach((w, i) => (unigramBytes[i] = quantize(unigrams.get(w)!)));
  // Per id (boundary included): continuation count and back-off weight λ(v).
  const continuationBytes = new Uint8Array(size);
  const backoffBytes = new Uint8Array(size);
  for (let v = 0; v < size; v++) {
    continuationBytes[v] = leftTypes[v]! > 0 ? Math.min(255, quantize(leftTypes[v]!) + 1) : 0;
    const c = contextCount[v]!;
    const lambda = c > 0 ? Math.min(1, (discount * rightTypes[v]! + (1 - discount) * rightSingles[v]!) / c) : 1;
    backoffBytes[v] = Math.min(255, Math.round(-Math.log2(lambda) * 16));
  }
  pairs.sort((x, y) => x[0] - y[0]);
  // Keys as LEB128 deltas: sorted keys are dense, so most deltas take one or two bytes.
  const keyBytes: number[] = [];
  let last = 0;
  for (const [k] of pairs) {
    let d = k - last;
    last = k;
    while (d >= 0x80) {
      keyBytes.push((d % 0x80) | 0x80);
      d = Math.floor(d / 0x80);
    }
    keyBytes.push(d);
  }
  const countBytes = Uint8Array.from(pairs.map(([, c]) => quantize(c)));

  // Look-alikes: valid syllables of Latin-1 letters only that are what a syllable with more
  // left contexts (a more common one) becomes in TCVN3, VNI or Windows-1258 (`cã` is TCVN3
  // có, `bò` VNI bị, `nhý` Windows-1258 như). Repair weighs them in context even in a page with
  // no other damage; any other valid word is left alone there.
  const lookAlikes = new Set<string>();
  for (const r of vocab) {
    for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
      const w = mojibake(r, encoding);
      if (w === r || analyzeRange(w, 0, w.length) !== Verdict.Valid) continue;
      if ([...w].some((ch) => ch.charCodeAt(0) > 0xff)) continue;
      const own = id.has(w) ? leftTypes[id.get(w)!]! : 0;
      if (leftTypes[id.get(r)!]! >= own) lookAlikes.add(w);
    }
  }
  const b64 = (bytes: Uint8Array | number[]): string => Buffer.from(Uint8Array.from(bytes)).toString('base64');

  const out = `// Generated by \`npx tsx scripts/train-syllable-ngrams.ts\` from ../shared/data (vtb, segmentation, corpus, lexicon); do not edit.
// Counts only: ${vocab.length} syllables, ${pairs.length} syllable pairs seen at least ${MIN_BIGRAM} times, ${total} syllables of text.

/** Syllables (lower case, classic tone placement) by falling frequency; id = index + 1, id 0 = sentence boundary. */
export const VOCAB = ${JSON.stringify(vocab.join(' '))};
/** Total number of syllables counted. */
export const TOTAL = ${total};
/** Number of sentence (or phrase) starts counted: the count of the boundary "syllable". */
export const BOUNDARIES = ${contextCount[0]};
/** Kneser-Ney discount D. */
export const DISCOUNT = ${discount.toFixed(6)};
/** Sum over syllables of their distinct left neighbours, N1+(· ·). */
export const CONTINUATION_TOTAL = ${leftTypesTotal};
/** Per syllable id - 1, its count quantized as round(log2(count) * 16), base64. */
export const UNIGRAMS = '${b64(unigramBytes)}';
/** Per id (0 = boundary), its number of distinct left neighbours N1+(· w), quantized like UNIGRAMS plus 1 (0: none), base64. */
export const CONTINUATIONS = '${b64(continuationBytes)}';
/** Per id (0 = boundary), its back-off weight λ(v) quantized as round(-log2(λ) * 16), base64. */
export const BACKOFFS = '${b64(backoffBytes)}';
/** Valid syllables that are the TCVN3, VNI or Windows-1258 damage of a more common one (lower case, sorted). */
export const LOOK_ALIKES = ${JSON.stringify([...lookAlikes].sort().join(' '))};
/** Sorted pair keys (id1 * 65536 + id2) as LEB128 deltas, base64. */
export const BIGRAM_KEYS = '${b64(keyBytes)}';
/** Per pair, its count quantized like UNIGRAMS, base64. */
export const BIGRAM_COUNTS = '${b64(countBytes)}';
`;
  console.log(
    `${vocab.length} syllables, ${pairs.length} pairs (of ${bigrams.size}), ${total} tokens, D = ${discount.toFixed(3)}; ` +
      `${lookAlikes.size} look-alikes; skipped ${skipped} dev-set sentences; module ${(out.length / 1024).toFixed(0)} KB`,
  );
  writeGenerated('src/encoding/syllable-ngrams.generated.ts', out);
}

function quantize(count: number): number {
  return Math.min(255, Math.round(Math.log2(count) * 16));
}

main();
