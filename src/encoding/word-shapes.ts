// What a word's characters say about it, without context: unmistakable damage, units, signs,
// VIQR tone characters, quotes, ASCII words in no language. Pure functions of the text.
import type { Candidate } from './candidates.js';
import { isEdgePunctuation } from './char-classes.js';
import { VIQR } from './document.js';
import { isSyllableRange } from './judge.js';

/** A reading that is `đ` (or `Đ`) alone. */
export const isCurrencyReading = (c: Candidate): boolean => c.coreEnd - c.coreStart === 1 && (c.text.charCodeAt(c.coreStart) | 1) === 0x111;

/**
 * True when `text[s, e)` is damaged the way no word of any language is written: a symbol,
 * control or cp1252 punctuation between two letters (UTF-8 `quáº­n`, TCVN3 `c¸c`, VISCII
 * `qu§n`), a capital after a small letter (`quËn`, VPS `quÆn`), Windows-1258's tone after â ê ô
 * ă ơ ư (`quâòn`), or a VIQR mark between a vowel and a letter (`qua^.n`). French `où` or German
 * `Größe` are none of these.
 */
export function unmistakable(text: string, s: number, e: number): boolean {
  let letterBefore = false;
  let lowerBefore = false;
  let oddSince = -1; // position of an odd character after a letter, waiting for a letter
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (oddSince >= 0) return true;
      // Windows-1258's acute and dot below after â ê ô ă ơ ư (`quâòn`, `tiêìp`): no language
      // puts a second accented vowel there.
      if ((c === 0xec || c === 0xf2) && i > s && isCp1258Base(text.charCodeAt(i - 1))) return true;
      const upper = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde);
      if (upper && lowerBefore && c >= 0xc0) return true;
      if (!upper) lowerBefore = true;
      letterBefore = true;
      continue;
    }
    if (!letterBefore) continue;
    if ((c >= 0x80 && c <= 0xbf && c !== 0xa0) || c === 0xd7 || c === 0xf7 || c === 0xfffd || c < 0x20) oddSince = i;
    else if (c > 0x24f && c !== 0x2019 && c !== 0x201c && c !== 0x201d) oddSince = i; // cp1252 punctuation, but not quotes a word may carry
    else if ((c === 0x5e || c === 0x28 || c === 0x2b || c === 0x2a) && isVowelCode(text.charCodeAt(i - 1))) oddSince = i;
  }
  return false;
}

/**
 * True when a damaged word is read only in VIQR, and only through tone characters after its
 * last letter (`co'`, `Sa'`, `la\``, `chi?`): quotes, code and punctuation in Unicode text look
 * the same, so such words are read only where the text shows VIQR elsewhere (`~` is no
 * punctuation after a word, and marks between letters, `pha?i`, are no punctuation at all).
 */
export function onlyViqrTones(text: string, start: number, end: number, readings: readonly Candidate[]): boolean {
  for (const c of readings) if (!c.loose && c.encs !== 1 << VIQR) return false;
  let last = end - 1;
  while (last >= start && !isAsciiLetter(text.charCodeAt(last))) last--;
  if (last < start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5e || c === 0x2b || c === 0x5c || c === 0x2a || c === 0x7e) return false;
    if (i < last && (c === 0x27 || c === 0x60 || c === 0x3f || c === 0x2e || c === 0x28) && isAsciiLetter(text.charCodeAt(i + 1))) return false;
    if ((c | 0x20) === 0x64 && i + 1 < end && (text.charCodeAt(i + 1) | 0x20) === 0x64) return false;
  }
  return true;
}

/**
 * True when the word at `start` ends with a quote (`'`, `` ` ``) that closes one opened before
 * it on its line (`'Trường Sa'`, `` `ls -la` ``): punctuation, not a VIQR mark.
 */
export function closesQuote(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isEdgePunctuation(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 0x27 && text.charCodeAt(e - 1) !== 0x60) e--;
  const q = text.charCodeAt(e - 1);
  if (q !== 0x27 && q !== 0x60) return false;
  for (let j = e - 2, steps = 0; j >= 0 && steps < 400; j--, steps++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d) return false;
    if (c === q) {
      // An opening quote: after a space or an opening bracket, before a letter.
      const before = j > 0 ? text.charCodeAt(j - 1) : 0x20;
      const after = text.charCodeAt(j + 1);
      const spaceBefore = (k: number): boolean => {
        const b = k >= 0 ? text.charCodeAt(k) : 0x20;
        return b === 0x20 || b === 0x09 || b === 0xa0 || b === 0x0a;
      };
      const opens = spaceBefore(j - 1) || ((before === 0x28 || before === 0x5b || before === 0x22) && spaceBefore(j - 2));
      if (opens && (isAsciiLetter(after) || after > 0x7f)) return true;
    }
  }
  return false;
}

/**
 * ASCII letters and a superscript 2 or 3 (`m²`, `x²`, but also VISCII `ch²` = chỗ): a power or
 * damage. Read where the page shows the encoding elsewhere; otherwise the context decides.
 */
export function trailingSymbol(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const last = text.charCodeAt(e - 1);
  if (last !== 0xb2 && last !== 0xb3) return false;
  for (let j = s; j < e - 1; j++) if (!isAsciiLetter(text.charCodeAt(j))) return false;
  return true;
}

/** `Nº` or `nº` before a number: the numero sign (VPS would read `nử`, VISCII `NỨ`). */
export function isNumeroSign(text: string, s: number, e: number): boolean {
  if (e - s !== 2 || (text.charCodeAt(s) | 0x20) !== 0x6e || text.charCodeAt(s + 1) !== 0xba) return false;
  let j = e;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0 || text.charCodeAt(j) === 0x2e)) j++;
  const c = j < text.length ? text.charCodeAt(j) : 0;
  return c >= 0x30 && c <= 0x39;
}

/** ASCII letters and a superscript 2 or 3 (`m²`, `cm³`): a unit's power. */
export function isPowerUnit(text: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 4) return false;
  const last = text.charCodeAt(e - 1);
  if (last !== 0xb2 && last !== 0xb3) return false;
  for (let j = s; j < e - 1; j++) if (!isAsciiLetter(text.charCodeAt(j))) return false;
  return true;
}

/** A Latin-1 or Windows-1252 letter above ASCII (`ñ`, `ø`, `ß`, `œ`, `µ`, `º`). */
export const isLatin1Letter = (c: number): boolean => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xb5 || c === 0xaa || c === 0xba;

/** â ê ô and Windows-1258's ă ơ ư (shown as ã õ ý), either case. */
const isCp1258Base = (c: number): boolean => {
  const l = c | 0x20;
  return l === 0xe2 || l === 0xea || l === 0xf4 || l === 0xe3 || l === 0xf5 || l === 0xfd;
};

const isVowelCode = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === 0x41 || c === 0x45 || c === 0x49 || c === 0x4f || c === 0x55 || c === 0x59;

/** True when the word at `start` follows a number, with at most spaces between (`50.000 đ`). */
export function afterAmount(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  return c >= 0x30 && c <= 0x39;
}

/** `đ` or `Đ` alone, perhaps with punctuation after it (`đ;`). */
export function isDong(text: string, start: number, end: number): boolean {
  if ((text.charCodeAt(start) | 1) !== 0x111) return false;
  for (let j = start + 1; j < end; j++) if (!isEdgePunctuation(text.charCodeAt(j))) return false;
  return true;
}

/** A `.` or `?` right after the letters of an ASCII word (`bi.` may be VIQR bị). */
export function viqrTrailingTone(text: string, coreEnd: number, end: number): boolean {
  if (coreEnd >= end) return false;
  const c = text.charCodeAt(coreEnd);
  return c === 0x2e || c === 0x3f;
}

export const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

export const isLowerLetter = (c: number): boolean => {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
};

export function isUpperWord(s: string, start: number, end: number): boolean {
  return s.slice(start, end) === s.slice(start, end).toUpperCase();
}

export function endsWithClause(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 0x2e || ch === 0x3f || ch === 0x21 || ch === 0x2c || ch === 0x3b || ch === 0x3a) return true;
  }
  return false;
}

export function isForeignAscii(text: string, start: number, end: number): boolean {
  if (isSyllableRange(text, start, end)) return false;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  if (upper === end - start && end - start <= 5) return false; // VN, UBND, HCM
  // Vietnamese without marks still parses as syllables, but stop codas need a mark (`Viet`):
  // try the word with a tone before calling it foreign.
  return !toneless(text.slice(start, end));
}

/** True when adding some tone mark to one vowel makes the ASCII word a syllable. */
function toneless(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (!'aeiouyAEIOUY'.includes(word[i]!)) continue;
    for (const mark of ['\u0301', '\u0323']) {
      const w = (word.slice(0, i + 1) + mark + word.slice(i + 1)).normalize('NFC');
      if (isSyllableRange(w, 0, w.length)) return true;
    }
  }
  return false;
}

export function hasBackslash(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) if (text.charCodeAt(i) === 0x5c) return true;
  return false;
}
