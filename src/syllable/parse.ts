import { assertText } from '../core/options.js';
import { Casing, Verdict, analyzeRange, lastAnalysis } from './analyze.js';
import { TONE_NAMES, type Tone } from './letters.js';

/**
 * Tone placement styles: they differ only in open `oa`, `oe`, `uy` (`hòa`/`hoà`).
 *
 * @example
 * const style: ToneStyle = 'modern';
 * restyleSyllable('hòa', style);   // 'hoà'
 * parseSyllable('hoà')?.toneStyle; // 'modern'
 */
export type ToneStyle = 'classic' | 'modern';

/** The tone placement styles, for option checks. */
export const TONE_STYLES: readonly ToneStyle[] = Object.freeze(['classic', 'modern'] as const);

/**
 * A Vietnamese syllable taken apart. Letters are toneless and lower case.
 *
 * @example
 * const s: Syllable | null = parseSyllable('hoàng');
 * // { onset: 'h', glide: 'o', nucleus: 'a', coda: 'ng', tone: 'huyen', case: 'lower', toneStyle: 'both' }
 */
export interface Syllable {
  /** Initial consonant as written: '', 'b', 'ch', 'gh', 'gi', 'ngh', 'qu', 'đ' … */
  readonly onset: string;
  /** Medial glide `o` (`hoa`) or `u` (`tuy`); '' otherwise, and after `qu`. */
  readonly glide: '' | 'o' | 'u';
  /** Main vowel as written: `a`, `ă`, `iê`, `yê`, `ia`, `ươ`, `ưa`, `uô`, `ua`, `oo` … */
  readonly nucleus: string;
  /** Final: a consonant `c ch m n ng nh p t`, a semivowel `i y o u`, or ''. */
  readonly coda: string;
  readonly tone: Tone;
  readonly case: 'lower' | 'title' | 'upper';
  /**
   * Where the tone mark sits in open `oa`/`oe`/`uy`: `'classic'` (`hòa`) or `'modern'`
   * (`hoà`); `'both'` when the styles agree (`hoàng`, `quý`, no tone).
   */
  readonly toneStyle: ToneStyle | 'both';
}

/** The casings a syllable can have, in {@link Casing} order. */
export const CASES = ['lower', 'title', 'upper'] as const;

/**
 * Parses one Vietnamese syllable (NFC; lower case, Capitalized or ALL CAPS; tone mark in
 * either style). Returns null for anything else, including a misplaced tone mark (`hòang`)
 * and tones a stop coda cannot carry (`tàc`).
 *
 * @example
 * parseSyllable('Nguyễn');
 * // { onset: 'ng', glide: 'u', nucleus: 'yê', coda: 'n', tone: 'nga', case: 'title', toneStyle: 'both' }
 */
export function parseSyllable(text: string): Syllable | null {
  assertText('parseSyllable', text);
  if (analyzeRange(text, 0, text.length) !== Verdict.Valid) return null;
  const a = lastAnalysis();
  const rhyme = a.rhyme!;
  const v = rhyme.vowels;
  let toneStyle: ToneStyle | 'both' = 'both';
  if (a.tone !== 0 && a.classicPosition !== a.modernPosition) {
    toneStyle = a.tonePosition === a.classicPosition ? 'classic' : 'modern';
  }
  return {
    onset: a.onset,
    glide: v.glide,
    nucleus: v.nucleus,
    coda: v.semivowel !== '' ? v.semivowel : rhyme.coda,
    tone: TONE_NAMES[a.tone]!,
    case: CASES[a.casing as Casing]!,
    toneStyle,
  };
}

/**
 * Whether `text` is exactly one valid Vietnamese syllable: NFC, lower case, Capitalized or
 * ALL CAPS, tone mark on the vowel either style puts it on (`hòa` and `hoà`, `thủy` and
 * `thuỷ`), `kỹ`/`kĩ` alike. Words without diacritics pass when their spelling could carry
 * no mark (`ban`, `Viet` does not: a `-t` syllable always has a mark).
 *
 * @example
 * isVietnameseSyllable('người'); // true
 * isVietnameseSyllable('ngừơi'); // false (misplaced mark)
 * isVietnameseSyllable('café');  // false
 */
export function isVietnameseSyllable(text: string): boolean {
  assertText('isVietnameseSyllable', text);
  return analyzeRange(text, 0, text.length) === Verdict.Valid;
}
