// The syllable bigram model, expanded from its generated base64 form on first use. It only
// weighs readings of words the syllable model cannot decide (a damaged word that is itself a
// valid syllable), so it is small: counts of about 6,000 syllables and 28,000 pairs.
import { restyleSyllable } from '../syllable/index.js';
import { BIGRAM_COUNTS, BIGRAM_KEYS, BOUNDARIES, TOTAL, UNIGRAMS, VOCAB } from './syllable-ngrams.generated.js';

/** Id of the sentence boundary "syllable". */
export const BOUNDARY = 0;
/** Id of a syllable the model has never seen. */
export const UNKNOWN = -1;

interface Model {
  ids: Map<string, number>;
  /** log count per id (index 0: boundary). */
  logCount: Float64Array;
  keys: Uint32Array;
  pairLogCount: Float64Array;
  logTotal: number;
  vocabSize: number;
}

let model: Model | null = null;

function base64Bytes(b64: string): Uint8Array {
  // atob exists in every runtime vntext supports (Node 16+, browsers, workers).
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const dequantize = (q: number): number => (q / 16) * Math.LN2;

function load(): Model {
  const words = VOCAB.split(' ');
  const ids = new Map<string, number>();
  words.forEach((w, i) => ids.set(w, i + 1));
  const uni = base64Bytes(UNIGRAMS);
  const logCount = new Float64Array(words.length + 1);
  logCount[0] = Math.log(BOUNDARIES);
  for (let i = 0; i < uni.length; i++) logCount[i + 1] = dequantize(uni[i]!);
  const keyBytes = base64Bytes(BIGRAM_KEYS);
  const counts = base64Bytes(BIGRAM_COUNTS);
  const keys = new Uint32Array(counts.length);
  let k = 0;
  let last = 0;
  for (let i = 0; i < keyBytes.length; ) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = keyBytes[i++]!;
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 0x80;
    }
    last += d;
    keys[k++] = last;
  }
  const pairLogCount = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) pairLogCount[i] = dequantize(counts[i]!);
  return { ids, logCount, keys, pairLogCount, logTotal: Math.log(TOTAL), vocabSize: words.length };
}

function get(): Model {
  return model ?? (model = load());
}

/** The model id of a syllable in any case and tone style, or {@link UNKNOWN}. */
export function syllableId(word: string): number {
  const m = get();
  const lower = word.toLowerCase();
  const id = m.ids.get(lower) ?? m.ids.get(restyleSyllable(lower, 'classic'));
  return id ?? UNKNOWN;
}

function pairLog(m: Model, a: number, b: number): number {
  const key = a * 0x10000 + b;
  const keys = m.keys;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid]!;
    if (v === key) return m.pairLogCount[mid]!;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -Infinity;
}

/**
 * Weight of the unigram estimate in a bigram estimate (Jelinek-Mercer interpolation). The
 * model keeps only pairs seen twice, so an unseen pair is common and must not be punished in
 * proportion to how frequent its first syllable is.
 */
const UNIGRAM_WEIGHT = 0.3;

/** log P(word) on its own; unknown syllables get half a count. */
export function unigramLogProb(id: number): number {
  const m = get();
  if (id === UNKNOWN) return Math.log(0.5) - m.logTotal;
  return m.logCount[id]! - m.logTotal;
}

// Scores of pairs already asked for: a pure function's results, bounded.
const pairCache = new Map<number, number>();
const PAIR_CACHE_LIMIT = 1 << 16;

/** log P(next | prev), interpolated with the unigram estimate. */
export function bigramLogProb(prev: number, next: number): number {
  const key = (prev + 1) * 0x10001 + (next + 1);
  const cached = pairCache.get(key);
  if (cached !== undefined) return cached;
  const score = computeBigram(prev, next);
  if (pairCache.size >= PAIR_CACHE_LIMIT) pairCache.clear();
  pairCache.set(key, score);
  return score;
}

function computeBigram(prev: number, next: number): number {
  const m = get();
  const pUni = Math.exp(unigramLogProb(next));
  if (prev === UNKNOWN || next === UNKNOWN) return Math.log(pUni);
  const cPair = Math.exp(pairLog(m, prev, next));
  const pBi = cPair / Math.exp(m.logCount[prev]!);
  return Math.log((1 - UNIGRAM_WEIGHT) * Math.min(1, pBi) + UNIGRAM_WEIGHT * pUni);
}
