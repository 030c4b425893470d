// Syllable identity for the segmenter, computed straight from char codes.
//
// The lexicon and the treebank disagree on tone placement (`thuỷ` vs `thủy`) and input can use
// either style or capitals. Instead of restyling every input syllable to the classic form (a new
// string per syllable on the hot path), the key is the lowercase letters with their tone marks
// removed plus the one tone of the syllable: `thuỷ`, `thủy` and `THỦY` share it. Spelling the
// same syllable with the mark on another vowel never makes it a different syllable, so this key
// is equal exactly when the classic lowercase spellings are equal.

/**
 * Token shapes, the coarse classes the model sees beside the syllable itself.
 *
 * @example
 * keyOf('Hà', 0, 2); keyOut.shape === Shape.Title; // true
 */
export const enum Shape {
  Pad = 0,
  Lower = 1,
  Title = 2,
  Upper = 3,
  Mixed = 4,
  Number = 5,
  AlphaNum = 6,
  Punct = 7,
  Other = 8,
  /** A word of a run written all in capitals (a headline), where case says nothing. */
  Caps = 9,
}

// Char classes, bits 19-21 of an INFO entry.
const C_OTHER = 0;
const C_LOWER = 1;
const C_UPPER = 2;
const C_DIGIT = 3;
const C_PUNCT = 4;
const C_MARK = 5;

const TABLE_SIZE = 0x1f00;

// One packed entry per code unit below TABLE_SIZE, so the key loop reads one table:
// bits 0-15 the lowercase toneless letter, 16-18 the tone, 19-21 the class, 22 vowel, 23 set
// once the entry is computed. Entries are computed on first sight of their code unit: a text
// uses a few hundred of the 7,936, and computing all of them cost ~10 ms of the first call.
const TONE_SHIFT = 16;
const CLASS_SHIFT = 19;
const VOWEL_BIT = 1 << 22;
const KNOWN_BIT = 1 << 23;
const INFO = new Int32Array(TABLE_SIZE);

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** The lowercase toneless vowels; their toned and upper-case forms fold to them. */
const VOWELS = 'aăâeêioôơuưy';
const LETTER = /\p{L}/u;
const PUNCT = /[\p{P}]/u;

/** The INFO entry of code unit `c` (below TABLE_SIZE), from Unicode decompositions rather than hand-typed alphabets. */
function infoOf(c: number): number {
  const s = String.fromCharCode(c);
  let fold = c;
  let tone = 0;
  let cls = C_OTHER;
  if (c >= 0x30 && c <= 0x39) cls = C_DIGIT;
  else if (c >= 0x300 && c < 0x370) cls = C_MARK;
  else if (LETTER.test(s)) {
    const lower = s.toLowerCase();
    cls = lower !== s ? C_UPPER : C_LOWER;
    if (lower.length === 1) fold = lower.charCodeAt(0);
    // Only Latin letters carry Vietnamese tones; decomposing the rest is wasted work.
    if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) {
      let rest = '';
      for (const ch of lower.normalize('NFD')) {
        const k = TONE_MARKS.indexOf(ch);
        if (k >= 0) tone = k + 1;
        else rest += ch;
      }
      const base = rest.normalize('NFC');
      if (base.length === 1) fold = base.charCodeAt(0);
      else tone = 0;
    }
  } else if (PUNCT.test(s)) cls = C_PUNCT;
  // Ð (eth) stands in for Đ in some sources (the treebank too); read it as đ.
  if (c === 0xd0 || c === 0xf0) fold = 0x111;
  const vowel = VOWELS.indexOf(String.fromCharCode(fold)) >= 0 ? VOWEL_BIT : 0;
  const info = fold | (tone << TONE_SHIFT) | (cls << CLASS_SHIFT) | vowel | KNOWN_BIT;
  INFO[c] = info;
  return info;
}

/**
 * Whether code unit `c` is an upper-case letter.
 *
 * @example
 * isUpperCode('Đ'.charCodeAt(0)); // true
 */
export function isUpperCode(c: number): boolean {
  if (c >= TABLE_SIZE) return false;
  const info = INFO[c] || infoOf(c);
  return ((info >>> CLASS_SHIFT) & 7) === C_UPPER;
}

/**
 * Result slots of {@link keyOf}; module-level so the hot path allocates nothing.
 *
 * @example
 * keyOf('thuỷ', 0, 4);
 * const { h1, h2 } = keyOut; // equal to the key of 'THỦY'
 */
export const keyOut = { h1: 0, h2: 0, shape: 0 as Shape, onset: 0, rhyme: 0, tone: 0 };

const NUMBER_KEY = 0x6e756d00;
const OTHER_KEY = 0x6f746800;
const ALNUM_KEY = 0x616c6e00;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Computes the syllable key (two independent 32-bit hashes), shape, onset and rhyme hashes and
 * tone of `text[start, end)` into {@link keyOut}. Numbers, digit-letter codes and symbols get
 * one key per class (with the digit count for numbers) so the model generalizes over them.
 *
 * @example
 * keyOf('Sáng nay', 0, 4); // keyOut now describes 'Sáng'
 */
export function keyOf(text: string, start: number, end: number): void {
  const table = INFO;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491;
  let tone = 0;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let punct = 0;
  let other = 0;
  let firstUpper = false;
  // Onset (letters before the first vowel, `qu` included) and toneless rhyme, hashed apart so
  // the model can see reduplication (`rít rịt`, `lấp lánh`, `tươi tắn`).
  let onset = 0x3c6ef372;
  let rhyme = 0x1b873593;
  let inRhyme = false;
  let prevFold = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    let f = c;
    if (c < TABLE_SIZE) {
      const info = table[c] || infoOf(c);
      f = info & 0xffff;
      const k = (info >>> CLASS_SHIFT) & 7;
      if (k === C_LOWER) lower++;
      else if (k === C_UPPER) {
        upper++;
        if (p === start) firstUpper = true;
      } else if (k === C_DIGIT) digit++;
      else if (k === C_PUNCT) punct++;
      else if (k === C_MARK) {
        // Decomposed input: compose this syllable first (rare, so the slice is acceptable).
        keyOfComposed(text, start, end);
        return;
      } else other++;
      const t = (info >>> TONE_SHIFT) & 7;
      if (t !== 0) tone = t;
      if (!inRhyme && (info & VOWEL_BIT) !== 0 && !(f === 0x75 && prevFold === 0x71)) inRhyme = true;
    } else other++;
    h1 = Math.imul(h1 ^ f, 0x01000193);
    h2 = Math.imul(h2 ^ f, 0x5bd1e995) + 0x6b43a9b5;
    if (inRhyme) rhyme = Math.imul(rhyme ^ f, 0x01000193);
    else onset = Math.imul(onset ^ f, 0x01000193);
    prevFold = f;
  }
  const letters = upper + lower;
  let shape: Shape;
  if (letters > 0 && digit === 0 && other === 0) {
    if (upper === 0) shape = Shape.Lower;
    else if (lower === 0) shape = letters === 1 ? Shape.Title : Shape.Upper;
    else if (firstUpper && upper === 1) shape = Shape.Title;
    else shape = Shape.Mixed;
  } else if (digit > 0 && letters === 0 && other === 0) {
    shape = Shape.Number;
    // Digit count (capped) separates years and large amounts from day and month numbers.
    h1 = h2 = NUMBER_KEY + (digit > 5 ? 5 : digit);
  } else if (digit > 0 && letters > 0) {
    shape = Shape.AlphaNum;
    h1 = h2 = ALNUM_KEY;
  } else if (letters === 0 && digit === 0 && other === 0 && punct > 0) {
    shape = Shape.Punct;
  } else {
    shape = Shape.Other;
    h1 = h2 = OTHER_KEY;
  }
  keyOut.h1 = fmix(h1 ^ Math.imul(tone + 1, 0x9e3779b1));
  keyOut.h2 = fmix(h2 + tone * 0x3c6ef372);
  keyOut.shape = shape;
  keyOut.onset = onset;
  keyOut.rhyme = rhyme;
  keyOut.tone = tone;
}

/**
 * The key (`keyOut.h1`, `keyOut.h2`) of `text[start, end)` as {@link keyOf} computes it, for a
 * syllable of precomposed letters (the lexicon's, at load); anything else goes through
 * {@link keyOf}. A fraction of keyOf's work, which matters before the engine has compiled it.
 *
 * @example
 * keyOfLetters('hợp tác', 0, 3); // keyOut.h1, keyOut.h2 as keyOf('hợp tác', 0, 3) sets them
 */
export function keyOfLetters(text: string, start: number, end: number): void {
  const table = INFO;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491;
  let tone = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    const info = c < TABLE_SIZE ? table[c] || infoOf(c) : 0;
    const k = (info >>> CLASS_SHIFT) & 7;
    if (k !== C_LOWER && k !== C_UPPER) {
      keyOf(text, start, end);
      return;
    }
    const f = info & 0xffff;
    const t = (info >>> TONE_SHIFT) & 7;
    if (t !== 0) tone = t;
    h1 = Math.imul(h1 ^ f, 0x01000193);
    h2 = Math.imul(h2 ^ f, 0x5bd1e995) + 0x6b43a9b5;
  }
  if (start === end) {
    keyOf(text, start, end);
    return;
  }
  keyOut.h1 = fmix(h1 ^ Math.imul(tone + 1, 0x9e3779b1));
  keyOut.h2 = fmix(h2 + tone * 0x3c6ef372);
}

/** Marks kept after one base letter; a Vietnamese letter carries at most two. */
const MAX_MARKS = 4;

/**
 * `text[start, end)` in NFC. A short token is normalized at once; a long one cluster by
 * cluster (a base and the marks after it, the marks beyond {@link MAX_MARKS} dropped), because
 * `String#normalize` takes quadratic time on a long run of marks (`a` + 50,000 marks).
 */
function composed(text: string, start: number, end: number): string {
  if (end - start <= 32) return text.slice(start, end).normalize('NFC');
  let out = '';
  let p = start;
  while (p < end) {
    let q = p + 1;
    while (q < end && isMark(text.charCodeAt(q))) q++;
    out += text.slice(p, Math.min(q, p + 1 + MAX_MARKS)).normalize('NFC');
    p = q;
  }
  return out;
}

const isMark = (c: number): boolean => c >= 0x300 && c < 0x370;

function keyOfComposed(text: string, start: number, end: number): void {
  const s = composed(text, start, end);
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    // Marks that do not compose (stray or stacked) would loop back here; drop them.
    if (c >= 0x300 && c < 0x370) {
      keyOf(s.replace(/[\u0300-\u036f]/g, ''), 0, s.replace(/[\u0300-\u036f]/g, '').length);
      return;
    }
  }
  keyOf(s, 0, s.length);
}
