// Valid words that are also legacy damage: `cã` is a syllable, but it is far more often TCVN3's
// `có`; `bò` is a word, and VNI's `bị`. The trainer lists the syllables of Latin-1 letters that
// are the TCVN3, VNI or Windows-1258 damage of a more common syllable; repair weighs their
// readings in context even on a page that shows no other damage, with a small prior, and never
// reads any other valid word as damaged there.
import { REPAIR_ENCODINGS } from './candidates.js';
import { startsSentence } from './case-inference.js';
import { LOOK_ALIKES } from './syllable-ngrams.generated.js';

/** Encodings whose look-alikes are weighed without other evidence (bits of REPAIR_ENCODINGS). */
export const LOOK_ALIKE_ENCODINGS =
  (1 << REPAIR_ENCODINGS.indexOf('tcvn3')) | (1 << REPAIR_ENCODINGS.indexOf('vni')) | (1 << REPAIR_ENCODINGS.indexOf('windows-1258'));

/**
 * Prior probability that a look-alike in a page with no other damage from its encoding is
 * damaged: the bigram model must prefer the reading by a factor of about 330 (5.8 nats). On
 * the dev and validation sets 0.01 repairs as much, but changed 2 words in 300,000 of clean
 * treebank and legal text (the model's own training text, so an optimistic count); 0.003
 * changed 1, 0.001 none but repaired less.
 */
export const LOOK_ALIKE_RATE = 0.003;

let set: Set<string> | null = null;
let hashes: Set<number> | null = null;

/**
 * FNV-1a over the code units of `text[start, end)` in lower case (look-alikes are Latin-1
 * letters only, whose capitals are 32 below their small letters), or 0 for any other letter.
 */
function lowerHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 0xff) return 0;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** True when `text[start, end)` (any case) is a look-alike syllable. */
export function isLookAlike(text: string, start: number, end: number): boolean {
  if (end - start > 8 || end <= start) return false;
  if (set === null) {
    const words = LOOK_ALIKES.split(' ');
    set = new Set(words);
    hashes = new Set(words.map((w) => lowerHash(w, 0, w.length)));
  }
  // Most words are no look-alike: a hash of their code units says so without a new string.
  if (!hashes!.has(lowerHash(text, start, end))) return false;
  return set.has(text.slice(start, end).toLowerCase());
}

/**
 * True when a look-alike at `start` may be read without other evidence: in lower case, or
 * capitalized at the start of a sentence. A capital inside a sentence is a name (`Hoàng` is a
 * surname, though VNI reads it `Hồng`), which the syllable statistics know little about.
 */
export function lookAlikeCaseAllows(text: string, start: number): boolean {
  return caseAllows(text, start, firstLetterCase(text, start));
}

/** Small letter first. */
export const FIRST_SMALL = 0;
/** A capital first: allowed only at a sentence start, and not in an all-caps word. */
export const FIRST_CAPITAL = 1;
/** Something with no case first: never allowed. */
export const FIRST_CASELESS = 2;

/**
 * The case of the character at `start`, as {@link lookAlikeCaseAllows} weighs it (the same for
 * every occurrence of a word, so a caller may keep it per distinct word).
 */
export function firstLetterCase(text: string, start: number): number {
  const ch = text[start]!;
  if (ch !== ch.toUpperCase()) return FIRST_SMALL;
  return ch !== ch.toLowerCase() ? FIRST_CAPITAL : FIRST_CASELESS;
}

/** {@link lookAlikeCaseAllows} for a word whose {@link firstLetterCase} is known. */
export function caseAllows(text: string, start: number, first: number): boolean {
  if (first === FIRST_SMALL) return true;
  return first === FIRST_CAPITAL && startsSentence(text, start) && !isUpperRun(text, start);
}

/** The letter after `start` is upper case too (an all-caps word). */
function isUpperRun(text: string, start: number): boolean {
  const next = text[start + 1];
  return next !== undefined && next !== next.toLowerCase();
}
