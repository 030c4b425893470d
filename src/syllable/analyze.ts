// The core of the syllable model: one pass over the code units of a candidate syllable,
// without allocation, that finds onset, rhyme, tone and case and says whether the tone mark
// sits where either spelling style puts it. `parseSyllable`, `isVietnameseSyllable` and
// normalization's tone placement are thin layers over it.
import { infoBase, infoIsLetter, infoIsUpper, infoIsVowel, infoTone, letterTable } from './letters.js';
import { type Rhyme, lookupRhyme } from './rhymes.js';

/** Longest Vietnamese syllable in letters (`nghiêng`, `khuếch`) with one to spare. */
export const MAX_SYLLABLE_LENGTH = 8;

export const enum Casing {
  Lower = 0,
  Title = 1,
  Upper = 2,
}

/** What {@link analyzeRange} found; valid until the next call. */
export interface Analysis {
  /** Length of the onset in letters (`gì` has onset `gi` of length 1: the `i` is shared). */
  onsetLength: number;
  /** The onset as written in lower case: '', 'b', 'ngh', 'qu', 'gi' … */
  onset: string;
  rhyme: Rhyme | null;
  /** Tone number 0–5. */
  tone: number;
  /** Letter index of the toned letter, or -1. */
  tonePosition: number;
  /** Letter index where each style puts the tone. */
  classicPosition: number;
  modernPosition: number;
  casing: Casing;
  /** Toneless lower-case letters, `letters[0..length)`. */
  readonly letters: Uint16Array;
  /** Upper-case flags per letter. */
  readonly upper: Uint8Array;
  length: number;
}

export const enum Verdict {
  /** Not a Vietnamese syllable at all (letters, structure, case or more than one tone). */
  Invalid = 0,
  /** A valid syllable with the tone where one of the two styles puts it (or no tone). */
  Valid = 1,
  /** The letters form a valid syllable, but the tone mark is on the wrong vowel. */
  Misplaced = 2,
  /** Structure is valid but the tone cannot occur with the coda (`tàc`, `Viet`). */
  ImpossibleTone = 3,
}

const result: Analysis = {
  onsetLength: 0,
  onset: '',
  rhyme: null,
  tone: 0,
  tonePosition: -1,
  classicPosition: -1,
  modernPosition: -1,
  casing: Casing.Lower,
  letters: new Uint16Array(MAX_SYLLABLE_LENGTH),
  upper: new Uint8Array(MAX_SYLLABLE_LENGTH),
  length: 0,
};

const I = 0x69;
const E = 0x65;
const Y = 0x79;
const O = 0x6f;
const U = 0x75;
const H = 0x68;
const G = 0x67;
const E_CIRC = 0xea; // ê
const U_HORN = 0x1b0; // ư

const isFront = (c: number): boolean => c === I || c === E || c === E_CIRC || c === Y;

/**
 * The onset that begins `letters` (toneless, lower case): the longest of `ngh ng nh ch gh gi
 * kh ph qu th tr` and the single consonants; '' before a vowel; null for letters no
 * Vietnamese syllable starts with (f, j, w, z, q without u).
 */
function matchOnset(letters: Uint16Array, length: number): string | null {
  const a = letters[0]!;
  const b = length > 1 ? letters[1]! : 0;
  switch (a) {
    case 0x6e: // n
      if (b === G) return length > 2 && letters[2] === H ? 'ngh' : 'ng';
      return b === H ? 'nh' : 'n';
    case 0x63: // c
      return b === H ? 'ch' : 'c';
    case G:
      return b === H ? 'gh' : b === I ? 'gi' : 'g';
    case 0x6b: // k
      return b === H ? 'kh' : 'k';
    case 0x70: // p
      return b === H ? 'ph' : 'p';
    case 0x71: // q
      return b === U ? 'qu' : null;
    case 0x74: // t
      return b === H ? 'th' : b === 0x72 ? 'tr' : 't';
    case 0x62: return 'b';
    case 0x64: return 'd';
    case 0x111: return '\u0111';
    case H: return 'h';
    case 0x6c: return 'l';
    case 0x6d: return 'm';
    case 0x72: return 'r';
    case 0x73: return 's';
    case 0x76: return 'v';
    case 0x78: return 'x';
    case 0x66: case 0x6a: case 0x77: case 0x7a: // f j w z
      return null;
    default:
      return '';
  }
}

function walkRhyme(letters: Uint16Array, from: number, length: number, qu: boolean): Rhyme | null {
  return from < length ? lookupRhyme(letters, from, length, qu) : null;
}

/** Applies the spelling rules that tie an onset to the first letter of its rhyme. */
function onsetFits(onset: string, rhyme: Rhyme, first: number): boolean {
  const seq = rhyme.vowels.seq;
  switch (onset) {
    case 'k':
      return isFront(first);
    case 'gh':
    case 'ngh':
      return first === I || first === E || first === E_CIRC;
    case 'c':
    case 'ng':
      return !isFront(first);
    case 'g':
      return !isFront(first);
    case 'qu':
      return rhyme.vowels.glide === '' && first !== O && first !== U && first !== U_HORN && seq !== 'ia' && seq !== 'iê';
    case '':
      return seq !== 'iê' && seq !== 'iêu';
    case 'b':
    case 'm':
    case 'p':
    case 'ph':
    case 'v':
      // Labials take no glide o (`boán` is VNI for `bốn`); glide u stays for loans (`buýt`, `phuy`).
      return rhyme.vowels.glide !== 'o' && seq !== 'yê' && seq !== 'yêu';
    default:
      // yê without a glide follows no onset or qu; after other onsets it is written iê.
      return seq !== 'yê' && seq !== 'yêu';
  }
}

/**
 * Analyzes `text[start, end)` as one syllable (NFC). Returns a {@link Verdict}; for every
 * verdict but Invalid, the shared {@link Analysis} (see {@link lastAnalysis}) describes it.
 */
export function analyzeRange(text: string, start: number, end: number): Verdict {
  const length = end - start;
  if (length <= 0 || length > MAX_SYLLABLE_LENGTH) return Verdict.Invalid;
  const table = letterTable();
  const r = result;
  const letters = r.letters;
  let tone = 0;
  let tonePosition = -1;
  let upperCount = 0;
  let vowels = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(start + i);
    const info = code < table.length ? table[code]! : 0;
    if (!infoIsLetter(info)) return Verdict.Invalid;
    letters[i] = infoBase(info);
    const up = infoIsUpper(info);
    r.upper[i] = up ? 1 : 0;
    if (up) upperCount++;
    if (infoIsVowel(info)) vowels++;
    const t = infoTone(info);
    if (t !== 0) {
      if (tonePosition >= 0) return Verdict.Invalid;
      tone = t;
      tonePosition = i;
    }
  }
  if (vowels === 0) return Verdict.Invalid;
  let casing: Casing;
  if (upperCount === 0) casing = Casing.Lower;
  else if (r.upper[0] === 1 && upperCount === 1) casing = Casing.Title;
  else if (upperCount === length) casing = Casing.Upper;
  else return Verdict.Invalid;

  const matched = matchOnset(letters, length);
  if (matched === null) return Verdict.Invalid;
  let onset = matched;
  let onsetLength = onset.length;
  if (onsetLength >= length && onset !== 'gi') return Verdict.Invalid;
  let rhyme: Rhyme | null = null;
  let first = letters[onsetLength]!;
  if (onset === 'gi' || (onset === 'g' && letters[1] === I)) {
    onset = 'gi';
    // `gì`, `gìn`, `giếng`: the i belongs to both the onset and the rhyme.
    const next = length > 2 ? letters[2]! : 0;
    const nextIsVowel = length > 2 && infoIsVowel(table[next]!);
    if (!nextIsVowel || next === E_CIRC) {
      onsetLength = 1;
      first = I;
      rhyme = walkRhyme(letters, 1, length, false);
      if (rhyme !== null && (rhyme.vowels.seq === 'ia' || rhyme.vowels.seq === 'iu')) rhyme = null;
    } else {
      onsetLength = 2;
      first = next;
      // The onset's i is never written twice (`gìn`, not `giin`).
      rhyme = next === I ? null : walkRhyme(letters, 2, length, false);
      // gi takes no glide: `gioa` is not Vietnamese.
      if (rhyme !== null && (rhyme.vowels.glide !== '' || !onsetFits('gi', rhyme, first))) rhyme = null;
    }
  } else {
    rhyme = walkRhyme(letters, onsetLength, length, onset === 'qu');
    if (rhyme !== null && !onsetFits(onset, rhyme, first)) rhyme = null;
  }
  if (rhyme === null) return Verdict.Invalid;

  r.onset = onset;
  r.onsetLength = onsetLength;
  r.rhyme = rhyme;
  r.tone = tone;
  r.tonePosition = tonePosition;
  r.classicPosition = onsetLength + rhyme.toneClassic;
  r.modernPosition = onsetLength + rhyme.toneModern;
  r.casing = casing;
  r.length = length;
  if (rhyme.stop && tone !== 1 && tone !== 5) return Verdict.ImpossibleTone;
  if (tone !== 0 && tonePosition !== r.classicPosition && tonePosition !== r.modernPosition) {
    return Verdict.Misplaced;
  }
  return Verdict.Valid;
}

/** The analysis written by the last {@link analyzeRange} call. */
export function lastAnalysis(): Analysis {
  return result;
}
