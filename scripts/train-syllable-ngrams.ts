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
// dev set (legacy/dev.jsonl) is built from are left out, so its figures measure text the model
// has not seen. Only counts are shipped, never sentences.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Verdict, analyzeRange } from '../src/syllable/analyze.js';
import { restyleSyllable } from '../src/syllable/index.js';
import { repoRoot, sharedPath } from './shared-data.js';

const OUT = resolve(repoRoot, 'src/encoding/syllable-ngrams.generated.ts');
/** Bigrams seen fewer times than this are dropped (they are mostly names and noise). */
const MIN_BIGRAM = 2;
/** Weight of one multi-syllable dictionary entry: enough to keep its pairs through pruning. */
const LEXICON_WEIGHT = 2;

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
 * Counts one line. Syllables separated only by spaces or `_` are neighbours; anything else
 * between them (punctuation, numbers, foreign words) is a boundary.
 */
function countLine(line: string, weight: number): void {
  let prev = BOUNDARY;
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (!LETTER.test(line[i]!)) {
      const ch = line[i]!;
      if (ch !== ' ' && ch !== '_' && ch !== '\t') prev = closeBoundary(prev, weight);
      i++;
      continue;
    }
    let j = i;
    while (j < n && LETTER.test(line[j]!)) j++;
    const key = syllableKey(line.slice(i, j));
    if (key === null) {
      prev = closeBoundary(prev, weight);
    } else {
      add(unigrams, key, weight);
      add(bigrams, prev + ' ' + key, weight);
      prev = key;
    }
    i = j;
  }
  closeBoundary(prev, weight);
}

function closeBoundary(prev: string, weight: number): string {
  if (prev !== BOUNDARY) add(bigrams, prev + ' ' + BOUNDARY, weight);
  return BOUNDARY;
}

function main(): void {
  const devSentences = new Set<string>();
  for (const line of readFileSync(sharedPath('legacy/dev.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as { expected: string; mode: string };
    if (rec.mode !== 'control') devSentences.add(fingerprint(rec.expected));
  }

  let skipped = 0;
  for (const rel of ['vtb/train.seg.txt', 'vtb/dev.seg.txt', 'segmentation/rdr-train-gold.seg.txt']) {
    for (const line of readFileSync(sharedPath(rel), 'utf8').split('\n')) {
      if (devSentences.has(fingerprint(line))) {
        skipped++;
        continue;
      }
      countLine(line, 1);
    }
  }
  for (const line of readFileSync(sharedPath('corpus/resolutions-2025-merger.md'), 'utf8').split('\n')) {
    countLine(line.replace(/<br>/g, ' '), 1);
  }
  // Dictionary words add the pairs inside them but no boundary pairs (they are not sentences).
  for (const word of readFileSync(sharedPath('lexicon/vnvocab.txt'), 'utf8').split('\n')) {
    const keys = word.trim().split(/\s+/).map(syllableKey);
    if (keys.length < 2 || keys.some((k) => k === null)) continue;
    for (let k = 1; k < keys.length; k++) add(bigrams, keys[k - 1] + ' ' + keys[k], LEXICON_WEIGHT);
    for (const k of keys) add(unigrams, k!, LEXICON_WEIGHT);
  }

  // Ids by falling frequency (ties alphabetical, so the output is deterministic); 0 = boundary.
  const vocab = [...unigrams.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  if (vocab.length >= 0xffff) throw new Error('vocabulary too large for 16-bit ids');
  const id = new Map<string, number>(vocab.map((w, i) => [w, i + 1]));
  id.set(BOUNDARY, 0);
  let total = 0;
  for (const c of unigrams.values()) total += c;

  const unigramBytes = new Uint8Array(vocab.length);
  vocab.forEach((w, i) => (unigramBytes[i] = quantize(unigrams.get(w)!)));
  let boundaryCount = 0;
  const pairs: [number, number][] = [];
  for (const [key, c] of bigrams) {
    const [a, b] = key.split(' ') as [string, string];
    if (a === BOUNDARY) boundaryCount += c;
    if (c < MIN_BIGRAM) continue;
    pairs.push([id.get(a)! * 0x10000 + id.get(b)!, c]);
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
  const b64 = (bytes: Uint8Array | number[]): string => Buffer.from(Uint8Array.from(bytes)).toString('base64');

  const out = `// Generated by \`npx tsx scripts/train-syllable-ngrams.ts\` from ../shared/data (vtb, segmentation, corpus, lexicon); do not edit.
// Counts only: ${vocab.length} syllables, ${pairs.length} syllable pairs seen at least ${MIN_BIGRAM} times, ${total} syllables of text.

/** Syllables (lower case, classic tone placement) by falling frequency; id = index + 1, id 0 = sentence boundary. */
export const VOCAB = ${JSON.stringify(vocab.join(' '))};
/** Total number of syllables counted. */
export const TOTAL = ${total};
/** Number of sentence (or phrase) starts counted: the count of the boundary "syllable". */
export const BOUNDARIES = ${boundaryCount};
/** Per syllable id - 1, its count quantized as round(log2(count) * 16), base64. */
export const UNIGRAMS = '${b64(unigramBytes)}';
/** Sorted pair keys (id1 * 65536 + id2) as LEB128 deltas, base64. */
export const BIGRAM_KEYS = '${b64(keyBytes)}';
/** Per pair, its count quantized like UNIGRAMS, base64. */
export const BIGRAM_COUNTS = '${b64(countBytes)}';
`;
  console.log(
    `${vocab.length} syllables, ${pairs.length} pairs (of ${bigrams.size}), ${total} tokens; ` +
      `skipped ${skipped} dev-set sentences; module ${(out.length / 1024).toFixed(0)} KB`,
  );
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      /* missing counts as different */
    }
    if (current !== out) {
      console.error(`${OUT} is out of date: run npx tsx scripts/train-syllable-ngrams.ts`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUT, out);
  console.log(`wrote ${OUT}`);
}

function quantize(count: number): number {
  return Math.min(255, Math.round(Math.log2(count) * 16));
}

main();
