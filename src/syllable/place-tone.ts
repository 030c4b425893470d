import { Verdict, analyzeRange, lastAnalysis } from './analyze.js';
import { composeLetter } from './letters.js';
import { assertText, oneOf } from '../core/options.js';
import { TONE_STYLES, type ToneStyle } from './parse.js';

const scratch = new Uint16Array(16);

/**
 * Puts the tone mark of the syllable `text[start, end)` where `style` says (`'keep'` accepts
 * either style and only fixes marks neither style allows). Returns the new spelling, or null
 * when the range is not a Vietnamese syllable or is already right. Letters, tone and case
 * never change, only which vowel carries the mark, so meaning is kept.
 */
export function placeTone(
  text: string,
  start: number,
  end: number,
  style: ToneStyle | 'keep',
  fixMisplaced: boolean,
): string | null {
  const verdict = analyzeRange(text, start, end);
  if (verdict !== Verdict.Valid && verdict !== Verdict.Misplaced) return null;
  if (verdict === Verdict.Misplaced && !fixMisplaced) return null;
  const a = lastAnalysis();
  if (a.tone === 0) return null;
  // A mark "misplaced" after the loanword-only onset `p` is far more likely a foreign word
  // than a typo (Italian `più` is no `pìu`).
  if (verdict === Verdict.Misplaced && a.onset === 'p') return null;
  let target: number;
  if (style === 'keep') {
    if (verdict === Verdict.Valid) return null;
    target = a.classicPosition;
  } else {
    target = style === 'modern' ? a.modernPosition : a.classicPosition;
  }
  if (target === a.tonePosition) return null;
  for (let i = 0; i < a.length; i++) {
    scratch[i] = composeLetter(a.letters[i]!, i === target ? a.tone : 0, a.upper[i] === 1);
  }
  return String.fromCharCode.apply(null, Array.from(scratch.subarray(0, a.length)));
}

/**
 * Rewrites one syllable in the given tone placement style, also fixing a misplaced mark
 * (except after the loanword onset `p`: Italian `più`); anything that is not a Vietnamese
 * syllable comes back unchanged.
 *
 * @example
 * restyleSyllable('hoà', 'classic'); // 'hòa'
 * restyleSyllable('Thúy', 'modern'); // 'Thuý'
 * restyleSyllable('quý', 'modern');  // 'quý' (the styles agree)
 */
export function restyleSyllable(text: string, style: ToneStyle): string {
  assertText('restyleSyllable', text);
  const chosen = oneOf('restyleSyllable', 'style', style, TONE_STYLES, 'classic');
  return placeTone(text, 0, text.length, chosen, true) ?? text;
}
