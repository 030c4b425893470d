// The keys of the tokens seen lately, by their text. Real text repeats its syllables (a news
// article of 800 tokens has about 400 distinct ones, a corpus of 135,000 about 6,000), so most
// tokens are found here instead of folded and hashed again by `keyOf`, and their syllable id
// is found without a probe of the lexicon's table. A cache of pure functions of the text:
// nothing a caller can see depends on what it holds.
import type { SyllableTable } from './lexicon.js';
import { keyOf, keyOut, type Shape } from './syllable-key.js';

const SLOTS = 1 << 14;
const MASK = SLOTS - 1;
/** Entries held before the cache starts over, so probes stay short. */
const LIMIT = SLOTS >>> 1;
/** Longer tokens (rare, and unlikely to repeat) are keyed directly and never held. */
const MAX_LENGTH = 18;

/**
 * Results of {@link tokenKey}, module-level so the hot path allocates nothing: `keyOut`'s key,
 * shape, onset and rhyme, and the id of the syllable in the table passed (0: none).
 *
 * @example
 * tokenKey('Hợp tác', 0, 3, lexicon.syllables);
 * tokenOut.syl; // the id of `hợp`
 */
export const tokenOut = { h1: 0, shape: 0 as Shape, onset: 0, rhyme: 0, syl: 0 };

// One slot is 16 ints (64 bytes, one cache line), so a probe reads no other memory: the text's
// hash, its length (0: free) and shape, its code units two an int, then what `keyOf` gave and
// the syllable id.
const STRIDE = 16;
const LENGTH = 1;
const CHARS = 2;
const H1 = 11;
const H2 = 12;
const ONSET = 13;
const RHYME = 14;
const SYL = 15;
const slots = new Int32Array(SLOTS * STRIDE);
let size = 0;
/** The table whose ids `SYL` holds (the built-in lexicon's); others are probed. */
let idTable: SyllableTable | null = null;

/**
 * Makes the cache hold the ids of `table`'s syllables (the built-in lexicon's, which is never
 * changed): lookups in other tables still probe them. Starts the cache over.
 *
 * @example
 * keepIdsOf(defaultLexicon.syllables);
 */
export function keepIdsOf(table: SyllableTable): void {
  idTable = table;
  slots.fill(0);
  size = 0;
}

/** The code units of the token being looked up, two an int as a slot holds them. */
const units = new Int32Array((MAX_LENGTH + 1) >>> 1);

/** Whether slot `q` holds the `count` ints of `units` (its length already checked). */
function holds(q: number, count: number): boolean {
  let diff = 0;
  for (let k = 0; k < count; k++) diff |= slots[q + CHARS + k]! ^ units[k]!;
  return diff === 0;
}

/**
 * Fills {@link tokenOut} for `text[start, end)`: what `keyOf` and `table.get` give, from the
 * cache when the same token was seen lately.
 *
 * @example
 * tokenKey(text, s, e, lexicon.syllables);
 */
export function tokenKey(text: string, start: number, end: number, table: SyllableTable): void {
  const length = end - start;
  if (length > MAX_LENGTH) {
    keyOf(text, start, end);
    copyKey(table.get(keyOut.h1, keyOut.h2));
    return;
  }
  // Hashed two code units at a time, as they are compared and kept.
  let h = 0x811c9dc5 ^ length;
  let count = 0;
  for (let p = start; p < end; p += 2) {
    const u = text.charCodeAt(p) | (p + 1 < end ? text.charCodeAt(p + 1) << 16 : 0);
    units[count++] = u;
    h = Math.imul(h ^ u, 0x01000193);
  }
  let slot = (h ^ (h >>> 15)) & MASK;
  for (;;) {
    const q = slot * STRIDE;
    const l = slots[q + LENGTH]! & 0xff;
    if (l === 0) break;
    if (slots[q] === h && l === length && holds(q, count)) {
      tokenOut.h1 = slots[q + H1]!;
      tokenOut.shape = (slots[q + LENGTH]! >>> 8) as Shape;
      tokenOut.onset = slots[q + ONSET]!;
      tokenOut.rhyme = slots[q + RHYME]!;
      tokenOut.syl = table === idTable ? slots[q + SYL]! : table.get(slots[q + H1]!, slots[q + H2]!);
      return;
    }
    slot = (slot + 1) & MASK;
  }
  keyOf(text, start, end);
  const id = table.get(keyOut.h1, keyOut.h2);
  copyKey(id);
  if (size >= LIMIT) {
    slots.fill(0);
    size = 0;
    // The slot found above may now be behind a shorter probe sequence; any free slot on it is right.
    slot = (h ^ (h >>> 15)) & MASK;
  }
  const q = slot * STRIDE;
  slots[q] = h;
  slots[q + LENGTH] = length | (keyOut.shape << 8);
  slots.set(units.subarray(0, count), q + CHARS);
  slots[q + H1] = keyOut.h1;
  slots[q + H2] = keyOut.h2;
  slots[q + ONSET] = keyOut.onset;
  slots[q + RHYME] = keyOut.rhyme;
  slots[q + SYL] = table === idTable ? id : idTable === null ? 0 : idTable.get(keyOut.h1, keyOut.h2);
  size++;
}

function copyKey(id: number): void {
  tokenOut.h1 = keyOut.h1;
  tokenOut.shape = keyOut.shape;
  tokenOut.onset = keyOut.onset;
  tokenOut.rhyme = keyOut.rhyme;
  tokenOut.syl = id;
}
