// The word scanner shared by repair's passes: finds the next run of characters that could be a
// word in some reading (letters, legacy-byte characters, combining marks, VIQR marks after a
// letter) with one table lookup per code unit and no allocation.
import { C_MARK, C_NBSP, classTable } from './char-classes.js';

/** Where the last {@link nextWord} call found its word. */
export interface WordCursor {
  start: number;
  end: number;
  /** OR of the class bits of the word's characters. */
  flags: number;
  /** FNV-1a hash of the word's code units (what {@link WordTypes} looks words up by). */
  hash: number;
  /** What lies between `from` and the word: {@link GAP_SPACES}, {@link GAP_LINE} or 0. */
  gap: number;
}

/** Only spaces, tabs or no-break spaces (or nothing) before the word. */
export const GAP_SPACES = 1;
/** A line break before the word. */
export const GAP_LINE = 2;

// UTF-8 lead and second bytes that put a no-break space (0xA0) inside a word when shown as
// Windows-1252: à = C3 A0, Ơ = C6 A0, Ạ = E1 BA A0, Ỡ = E1 BB A0.
export const isNbspCarrier = (c: number): boolean => c === 0xc3 || c === 0xc6 || c === 0xba || c === 0xbb;

/**
 * Finds the first word at or after `from`; fills `cur` and returns true, or false at the end.
 * A word starts with a letter or legacy-byte character; VIQR mark characters join it only
 * after such a character (`co^ng`, `Hiếu.`), and a no-break space only where UTF-8 put it.
 */
export function nextWord(text: string, from: number, cur: WordCursor): boolean {
  const n = text.length;
  const table = classTable();
  let i = from;
  let gap = GAP_SPACES;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = table[c]!;
    if (k !== 0 && k !== C_MARK && k !== C_NBSP) break;
    if (gap === GAP_LINE) continue;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) gap = GAP_LINE;
    else if (c !== 0x20 && c !== 0x09 && c !== 0xa0) gap = 0;
  }
  if (i >= n) return false;
  const start = i;
  let flags = 0;
  let prev = 0;
  let h = 0x811c9dc5;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = table[c]!;
    if (k === 0) break;
    if (k === C_NBSP) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const nextK = table[next]!;
      // UTF-8 continuation, or VISCII's Õ (0xA0) ending an upper-case word (`VÕ`).
      if (!(isNbspCarrier(prev) || (prev >= 0x41 && prev <= 0x5a && (nextK === 0 || nextK === C_MARK)))) break;
    }
    flags |= k;
    prev = c;
    h = Math.imul(h ^ c, 0x01000193);
  }
  cur.start = start;
  cur.end = i;
  cur.flags = flags;
  cur.hash = h;
  cur.gap = gap;
  return true;
}
