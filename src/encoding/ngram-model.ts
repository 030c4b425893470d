// The syllable bigram model, expanded from its generated base64 form on first use. It only
// weighs readings of words the syllable model cannot decide (a damaged word that is itself a
// valid syllable, or a valid word that reads as another in the document's encoding), so it is
// small: counts of about 6,000 syllables and the pairs of them seen twice or more, smoothed
// with interpolated Kneser-Ney (see scripts/train-syllable-ngrams.ts).
import { restyleSyllable } from '../syllable/index.js';
import {
  BACKOFFS,
  BIGRAM_COUNTS,
  BIGRAM_KEYS,
  BOUNDARIES,
  CONTINUATIONS,
  CONTINUATION_TOTAL,
  DISCOUNT,
  UNIGRAMS,
  VOCAB,
} from './syllable-ngrams.generated.js';

/** Id of the sentence boundary "syllable". */
export const BOUNDARY = 0;
/** Id of a syllable the model has never seen. */
export const UNKNOWN = -1;

interface Model {
  ids: Map<string, number>;
  /** Count per id as a left context (index 0: boundary). */
  count: Float64Array;
  /** Kneser-Ney continuation probability per id, Pcont(w). */
  continuation: Float64Array;
  /** Back-off weight λ(v) per id. */
  backoff: Float64Array;
  keys: Uint32Array;
  pairCount: Float64Array;
  /** Per left id `a`, where its pairs start in {@link keys} (sorted, so they are side by side); `size + 1` entries. */
  pairsFrom: Int32Array;
  /** Pcont of a syllable never seen: half a left neighbour. */
  unknownContinuation: number;
}

let model: Model | null = null;

function base64Bytes(b64: string): Uint8Array {
  // atob exists in every runtime vntext supports (Node 16+, browsers, workers).
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const dequantize = (q: number): number => 2 ** (q / 16);

function load(): Model {
  const words = VOCAB.split(' ');
  const ids = new Map<string, number>();
  words.forEach((w, i) => ids.set(w, i + 1));
  const size = words.length + 1;
  const uni = base64Bytes(UNIGRAMS);
  const count = new Float64Array(size);
  count[0] = BOUNDARIES;
  for (let i = 0; i < uni.length; i++) count[i + 1] = dequantize(uni[i]!);
  const cont = base64Bytes(CONTINUATIONS);
  const back = base64Bytes(BACKOFFS);
  const continuation = new Float64Array(size);
  const backoff = new Float64Array(size);
  for (let v = 0; v < size; v++) {
    continuation[v] = cont[v]! === 0 ? 0 : dequantize(cont[v]! - 1) / CONTINUATION_TOTAL;
    backoff[v] = 2 ** (-back[v]! / 16);
  }
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
  const pairCount = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) pairCount[i] = dequantize(counts[i]!);
  const pairsFrom = new Int32Array(size + 1);
  for (let a = 0, i = 0; a <= size; a++) {
    while (i < keys.length && keys[i]! < a * 0x10000) i++;
    pairsFrom[a] = i;
  }
  return { ids, count, continuation, backoff, keys, pairCount, pairsFrom, unknownContinuation: 0.5 / CONTINUATION_TOTAL };
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

/** The count of pair `a b`, searched among the pairs of `a` alone (a few cache lines, not the whole table). */
function pairCount(m: Model, a: number, b: number): number {
  const key = a * 0x10000 + b;
  const keys = m.keys;
  let lo = m.pairsFrom[a]!;
  let hi = m.pairsFrom[a + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid]!;
    if (v === key) return m.pairCount[mid]!;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

// Scores of pairs already asked for: a pure function's results in a direct-mapped cache (a
// colliding pair overwrites the slot), so a lookup is one read of a key and its score side by
// side (one cache line). Allocated on first use.
const CACHE_BITS = 15;
let cache: Float64Array | null = null;

/** log P(next | prev). */
export function bigramLogProb(prev: number, next: number): number {
  if (cache === null) cache = new Float64Array(2 << CACHE_BITS).fill(-1);
  // Ids are at least -1 and below 2^15, so the key is a non-negative 31-bit integer.
  const key = (prev + 1) * 0x10000 + (next + 1);
  const slot = (Math.imul(key, 0x9e3779b1) >>> (32 - CACHE_BITS)) << 1;
  if (cache[slot] === key) return cache[slot + 1]!;
  const score = computeBigram(prev, next);
  cache[slot] = key;
  cache[slot + 1] = score;
  return score;
}

function computeBigram(prev: number, next: number): number {
  const m = get();
  const pCont = next === UNKNOWN ? m.unknownContinuation : Math.max(m.continuation[next]!, m.unknownContinuation);
  if (prev === UNKNOWN) return Math.log(pCont);
  const c = m.count[prev]!;
  const explicit = next === UNKNOWN || c === 0 ? 0 : Math.max(pairCount(m, prev, next) - DISCOUNT, 0) / c;
  return Math.log(explicit + m.backoff[prev]! * pCont);
}
