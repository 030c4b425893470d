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
const MAX_LENGTH = 24;

/**
 * Results of {@link tokenKey}, module-level so the hot path allocates nothing: `keyOut`'s key,
 * shape, onset and rhyme, and the id of the syllable in the table passed (0: none).
 *
 * @example
 * tokenKey('Hợp tác', 0, 3, lexicon.syllables);
 * tokenOut.syl; // the id of `hợp`
 */
export const tokenOut = { h1: 0, shape: 0 as Shape, onset: 0, rhyme: 0, syl: 0 };

const texts: (string | undefined)[] = new Array<string | undefined>(SLOTS);
const hashes = new Int32Array(SLOTS);
const h1s = new Int32Array(SLOTS);
const h2s = new Int32Array(SLOTS);
const shapes = new Uint8Array(SLOTS);
const onsets = new Int32Array(SLOTS);
const rhymes = new Int32Array(SLOTS);
const syls = new Int32Array(SLOTS);
let size = 0;
/** The table whose ids `syls` holds (the built-in lexicon's); others are probed. */
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
  texts.fill(undefined);
  size = 0;
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
  let h = 0x811c9dc5 ^ length;
  for (let p = start; p < end; p++) h = Math.imul(h ^ text.charCodeAt(p), 0x01000193);
  let slot = (h ^ (h >>> 15)) & MASK;
  for (;;) {
    const t = texts[slot];
    if (t === undefined) break;
    if (hashes[slot] === h && t.length === length) {
      let p = 0;
      while (p < length && t.charCodeAt(p) === text.charCodeAt(start + p)) p++;
      if (p === length) {
        tokenOut.h1 = h1s[slot]!;
        tokenOut.shape = shapes[slot]! as Shape;
        tokenOut.onset = onsets[slot]!;
        tokenOut.rhyme = rhymes[slot]!;
        tokenOut.syl = table === idTable ? syls[slot]! : table.get(h1s[slot]!, h2s[slot]!);
        return;
      }
    }
    slot = (slot + 1) & MASK;
  }
  keyOf(text, start, end);
  const id = table.get(keyOut.h1, keyOut.h2);
  copyKey(id);
  if (size >= LIMIT) {
    texts.fill(undefined);
    size = 0;
    // The slot found above may now be behind a shorter probe sequence; any free slot on it is right.
    slot = (h ^ (h >>> 15)) & MASK;
  }
  texts[slot] = text.slice(start, end);
  hashes[slot] = h;
  h1s[slot] = keyOut.h1;
  h2s[slot] = keyOut.h2;
  shapes[slot] = keyOut.shape;
  onsets[slot] = keyOut.onset;
  rhymes[slot] = keyOut.rhyme;
  syls[slot] = table === idTable ? id : idTable === null ? 0 : idTable.get(keyOut.h1, keyOut.h2);
  size++;
}

function copyKey(id: number): void {
  tokenOut.h1 = keyOut.h1;
  tokenOut.shape = keyOut.shape;
  tokenOut.onset = keyOut.onset;
  tokenOut.rhyme = keyOut.rhyme;
  tokenOut.syl = id;
}
