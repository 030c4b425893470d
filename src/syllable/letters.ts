// The Vietnamese letter table: which code units are Vietnamese letters, their toneless
// lower-case base, tone and case. Built once, at first use, from Unicode canonical
// composition (base + combining mark, NFC) rather than from a hand-typed alphabet.

/** Tones as numbers: 0 ngang (none), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export const TONE_NAMES = ['ngang', 'sac', 'huyen', 'hoi', 'nga', 'nang'] as const;
/**
 * The name of a tone: `ngang` (no mark), `sac` (á), `huyen` (à), `hoi` (ả), `nga` (ã), `nang` (ạ).
 *
 * @example
 * const tone: Tone | undefined = parseSyllable('Việt')?.tone; // 'nang'
 */
export type Tone = (typeof TONE_NAMES)[number];

/** Combining marks of the five written tones, indexed by tone number (0 has none). */
export const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** The 12 vowel letters and đ, built by composition: a ă â e ê i o ô ơ u ư y. */
const VOWEL_BASES = ['a', 'a\u0306', 'a\u0302', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031B', 'u', 'u\u031B', 'y'].map(
  (s) => s.normalize('NFC'),
);
const D_STROKE = '\u0111'; // đ

const TABLE_SIZE = 0x1f00;
// Packed entry: bits 0-15 toneless lower-case base code, 16-18 tone, 19 upper case,
// 20 is a Vietnamese letter, 21 is a vowel.
const UPPER = 1 << 19;
const LETTER = 1 << 20;
const VOWEL = 1 << 21;

let table: Int32Array | null = null;
// composed[base code][tone * 2 + upper] = composed code unit
let composedTable: Map<number, Uint16Array> | null = null;

function build(): Int32Array {
  const t = new Int32Array(TABLE_SIZE);
  const composed = new Map<number, Uint16Array>();
  const put = (ch: string, base: number, tone: number, upper: boolean, vowel: boolean): void => {
    if (ch.length !== 1) return;
    const code = ch.charCodeAt(0);
    t[code] = base | (tone << 16) | (upper ? UPPER : 0) | LETTER | (vowel ? VOWEL : 0);
    let row = composed.get(base);
    if (row === undefined) composed.set(base, (row = new Uint16Array(12)));
    row[tone * 2 + (upper ? 1 : 0)] = code;
  };
  for (let c = 0x61; c <= 0x7a; c++) {
    const lower = String.fromCharCode(c);
    const vowel = VOWEL_BASES.includes(lower);
    if (vowel) continue; // vowels are added below with their tones
    put(lower, c, 0, false, false);
    put(lower.toUpperCase(), c, 0, true, false);
  }
  put(D_STROKE, D_STROKE.charCodeAt(0), 0, false, false);
  put(D_STROKE.toUpperCase(), D_STROKE.charCodeAt(0), 0, true, false);
  for (const base of VOWEL_BASES) {
    const baseCode = base.charCodeAt(0);
    for (let tone = 0; tone < 6; tone++) {
      const lower = (base + TONE_MARKS[tone]).normalize('NFC');
      put(lower, baseCode, tone, false, true);
      put(lower.toUpperCase(), baseCode, tone, true, true);
    }
  }
  composedTable = composed;
  return t;
}

/** The packed table, built on first use. */
export function letterTable(): Int32Array {
  return table ?? (table = build());
}

/** Packed info for a code unit, or 0 when it is not a Vietnamese letter. */
export function letterInfo(code: number): number {
  return code < TABLE_SIZE ? letterTable()[code]! : 0;
}

export const infoIsLetter = (info: number): boolean => (info & LETTER) !== 0;
export const infoIsVowel = (info: number): boolean => (info & VOWEL) !== 0;
export const infoIsUpper = (info: number): boolean => (info & UPPER) !== 0;
export const infoBase = (info: number): number => info & 0xffff;
export const infoTone = (info: number): number => (info >>> 16) & 7;

/** The code unit for a toneless lower-case base letter with a tone and case. */
export function composeLetter(base: number, tone: number, upper: boolean): number {
  if (composedTable === null) letterTable();
  const row = composedTable!.get(base);
  const code = row === undefined ? 0 : row[tone * 2 + (upper ? 1 : 0)]!;
  if (code === 0) throw new RangeError(`no Vietnamese letter for base U+${base.toString(16)} tone ${tone}`);
  return code;
}
