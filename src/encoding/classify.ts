// What a word is, as it stands and in the legacy encodings: the status every later decision
// starts from.
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { type Candidate, readingsOf } from './candidates.js';
import { C_ALPHA, C_COMB, C_MARK, C_SUSPECT, C_VI, isEdgePunctuation } from './char-classes.js';
import { isSyllableRange } from './judge.js';
import { type WordCursor, isNbspCarrier } from './scan.js';

/** ASCII letters only: English, Vietnamese without marks. */
export const KEEP_ASCII = 1;
/** A Vietnamese syllable with marks, as it stands. */
export const KEEP_VI = 2;
/** Not Vietnamese as it stands, Vietnamese in some encoding. */
export const DAMAGED = 3;
/** Letters, but Vietnamese in no reading (names, other languages, code). */
export const FOREIGN = 4;
export const NO_LETTERS = 5;
/** No letters, but Vietnamese in some encoding (TCVN3 `®·`, VISCII `·`). */
export const SYMBOLS = 6;
/** Only readings that are no syllable, or symbols: decided once the document's encoding is known. */
export const DEFERRED = 7;
/** Damaged-looking, but its readings are no syllable (`Ærøskøbing`, `«t«`). */
export const LOOSE = 8;
/**
 * Symbols that read as a syllable but were not read outright (`·` is VISCII ở): weighed in
 * context like a valid word's readings, the symbol itself standing for a clause break.
 */
export const KEEP_SYMBOLS = 9;

/**
 * A word with ă đ ơ ư ạ… (letters outside Latin-1) was never legacy bytes shown as Windows-1252
 * or Latin-1, nor VIQR, and without combining marks it is no decomposed Unicode either. Most
 * Vietnamese words have such a letter, which is what makes the fast check fast.
 */
export const cannotBeDamaged = (flags: number): boolean => (flags & C_VI) !== 0 && (flags & C_COMB) === 0;

/** `dd`, `DD` or `Dd` (VIQR đ) begins `text[start, end)`. */
function startsWithDd(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  return (c0 === 0x64 || c0 === 0x44) && (c1 === 0x64 || c1 === 0x44);
}

/** An all-caps word with `DD` inside (`HDDND`: VIQR HĐND). */
function capitalsWithDd(text: string, start: number, end: number): boolean {
  let dd = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
    if (c === 0x44 && i > start && text.charCodeAt(i - 1) === 0x44) dd = true;
  }
  return dd;
}

/** Core of the last classified word as it stands (edge punctuation stripped). */
export const classified = { coreStart: 0, coreEnd: 0 };

/**
 * The status of the word at `cur`. For damaged words (and, with `alternatives`, for words that
 * are valid as they stand), the Vietnamese readings are appended to `out`.
 */
export function classify(text: string, cur: WordCursor, allowed: number, out: Candidate[], alternatives = 0): number {
  const { start, end, flags } = cur;
  let s = start;
  let e = end;
  let verdict: Verdict | -1; // -1: ASCII letters only
  let letters = true;
  if (flags === C_ALPHA) {
    // ASCII letters are only ever VIQR damage when they start with `dd` (đ).
    if ((startsWithDd(text, start, end) && !isSyllableRange(text, start, end)) || capitalsWithDd(text, start, end)) {
      classified.coreStart = start;
      classified.coreEnd = end;
      readingsOf(text, start, end, flags, allowed, true, out);
      return out.length > 0 ? DAMAGED : KEEP_ASCII;
    }
    verdict = -1;
  } else if ((flags & (C_SUSPECT | C_MARK)) === 0) {
    verdict = analyzeRange(text, start, end);
  } else {
    // Strip punctuation a clean word may carry at its edges, then judge the word as it stands.
    while (s < e && isEdgePunctuation(text.charCodeAt(s))) s++;
    while (e > s && isEdgePunctuation(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      classified.coreStart = classified.coreEnd = start;
      return NO_LETTERS;
    }
    letters = false;
    let allAscii = true;
    let onlyLetters = true;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters = true;
      else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c <= 0x24f || c === 0xfffd)) {
        // Latin letters, and U+FFFD (a byte a pipeline could not show); cp1252 punctuation
        // beyond (`€`, `™`, `…`, `ˆ`) is a symbol, though VISCII and VPS read it as a letter.
        allAscii = false;
        letters = true;
      } else {
        allAscii = false;
        if (c === 0xaa || c === 0xb5 || c === 0xba) letters = true;
        else onlyLetters = false;
        // Characters that only damage produces (C1 and C0 letter positions) count as letters.
        if (c < 0x20 || (c >= 0x80 && c < 0xa0)) letters = true;
      }
    }
    // Symbols alone (`€`, `£`, `©`, but also TCVN3 `®·` = đã) are read only in an encoding the
    // document plainly shows; readingsOf still runs, the caller weighs them.
    if (!letters) {
      classified.coreStart = s;
      classified.coreEnd = e;
      if (alternatives !== 0) return NO_LETTERS;
      readingsOf(text, start, end, flags, allowed, false, out);
      return out.length > 0 ? SYMBOLS : NO_LETTERS;
    }
    verdict = !onlyLetters ? Verdict.Invalid : allAscii ? -1 : analyzeRange(text, s, e);
    // ASCII letters with `'` right after them (`co'` is VIQR có: no Vietnamese word takes an
    // apostrophe) or starting with `dd` are VIQR damage when a reading says so.
    if (verdict === -1 && alternatives === 0) {
      const apostrophe = e < end && text.charCodeAt(e) === 0x27;
      if (apostrophe || (startsWithDd(text, s, e) && !isSyllableRange(text, s, e))) {
        readingsOf(text, start, end, flags, allowed, true, out);
        if (out.length > 0) {
          classified.coreStart = s;
          classified.coreEnd = e;
          return DAMAGED;
        }
      }
    }
  }
  classified.coreStart = s;
  classified.coreEnd = e;
  if (verdict === -1 || verdict === Verdict.Valid) {
    // A no-break space the scanner took into the word after a UTF-8 lead byte (`BÃ\u00a0` is
    // `Bà`) is part of the damage, not punctuation after a valid `Bã`.
    if (alternatives === 0 && e < end && text.charCodeAt(e) === 0xa0 && isNbspCarrier(text.charCodeAt(e - 1))) {
      readingsOf(text, start, end, flags, allowed, true, out);
      if (out.length > 0) return DAMAGED;
    }
    if (alternatives !== 0) readingsOf(text, start, end, flags, alternatives, false, out);
    return verdict === -1 ? KEEP_ASCII : KEEP_VI;
  }
  if (verdict === Verdict.Misplaced) {
    // `seõ` is VNI `sẽ` but also `sẽo` with its mark misplaced: a reading with the mark in its
    // place wins; without one the word is kept for normalize to fix.
    readingsOf(text, start, end, flags, allowed, false, out);
    return out.length > 0 ? DAMAGED : KEEP_VI;
  }
  // Initials and abbreviations with dots (`A.I.`, `8 a.m.`, `U.S.`) are no VIQR.
  if (letters && isInitialism(text, s, e)) return FOREIGN;
  readingsOf(text, start, end, flags, allowed, true, out);
  if (out.length > 0) return DAMAGED;
  return letters ? FOREIGN : NO_LETTERS;
}

/** Single ASCII letters each followed by a dot, the last perhaps without (`A.I`, `a.m.`, `e.g`). */
function isInitialism(text: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  for (let i = s; i < e; i += 2) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
    if (i + 1 < e && text.charCodeAt(i + 1) !== 0x2e) return false;
  }
  return true;
}
