// The syllable model as repair's judge. One adapter, so repair depends on one entry point of
// src/syllable: a range check that does not slice the caller's string.
import { Verdict, analyzeRange } from '../syllable/analyze.js';

/**
 * True when `text[start, end)` is one Vietnamese syllable, counting a tone mark on the wrong
 * vowel (`hòang`) as Vietnamese: it is still the word, and normalize moves the mark.
 */
export function isSyllableRange(text: string, start: number, end: number): boolean {
  const v = analyzeRange(text, start, end);
  return v === Verdict.Valid || v === Verdict.Misplaced;
}

/** A string from the first `n` code units of a scratch buffer. */
export function bufferString(buf: Uint16Array, n: number): string {
  if (n <= 16) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(buf[i]!);
    return s;
  }
  return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
}
