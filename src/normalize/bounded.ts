// Canonical forms in linear time. `String#normalize` sorts the combining marks after a base
// character by insertion, so a run of 100,000 marks costs seconds; real text never has more
// than a few (a Vietnamese letter carries at most two). UAX #15's Stream-Safe Text Format
// draws the line at 30: a longer run is left exactly as it is, with its base character, and
// everything around it is normalized as usual. The result is stable: a second pass finds the
// same runs and leaves them again.
// No import of the character classes: `vntext/syllable` (removeDiacritics) stays small.

/** Longest run of combining marks handed to `String#normalize` (UAX #15's stream-safe limit). */
export const MAX_MARK_RUN = 30;

const SUPPLEMENTARY_MARK = /^\p{M}$/u;
const ANY_MARK = /\p{M}/u;

let marks: Uint8Array | null = null;

/** 1 for every BMP code unit that is a combining mark (`\p{M}`), found by one regex pass at first use. */
export function markTable(): Uint8Array {
  if (marks !== null) return marks;
  const t = new Uint8Array(0x10000);
  const parts: string[] = [];
  for (let c = 0x300; c < 0x10000; c += 4096) {
    const codes: number[] = [];
    for (let d = c; d < Math.min(0x10000, c + 4096); d++) codes.push(d >= 0xd800 && d <= 0xdfff ? 0x20 : d);
    parts.push(String.fromCharCode(...codes));
  }
  for (const m of parts.join('').matchAll(/\p{M}+/gu)) for (let k = 0; k < m[0].length; k++) t[m[0].charCodeAt(k)] = 1;
  return (marks = t);
}

/** Code units of the combining mark at `i` (1, or 2 for a supplementary mark), or 0. */
export function markLength(text: string, i: number, table: Uint8Array): number {
  const c = text.charCodeAt(i);
  if (c < 0x300) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    // Emoji (U+1F000–U+1FBFF) are never marks; other planes are asked.
    if (!(d >= 0xdc00 && d <= 0xdfff) || (c >= 0xd83c && c <= 0xd83e)) return 0;
    return SUPPLEMENTARY_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return table[c]!;
}

/** Start of the code point that ends just before `i`. */
export function codePointStartBefore(text: string, i: number): number {
  if (i >= 2) {
    const lo = text.charCodeAt(i - 1);
    const hi = text.charCodeAt(i - 2);
    if (lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff) return i - 2;
  }
  return i > 0 ? i - 1 : 0;
}

/**
 * `text.normalize(form)`, except that a base character followed by more than
 * {@link MAX_MARK_RUN} combining marks is kept as it is. Linear in the length of the text.
 *
 * @example
 * normalizeBounded('Vie\u0302\u0323t'); // 'Việt'
 * normalizeBounded('a' + '\u0301'.repeat(100_000)).length; // 100,001, returned at once
 */
export function normalizeBounded(text: string, form: 'NFC' | 'NFD' = 'NFC'): string {
  // Short text cannot hold a long run; text without a mark has none (one native scan).
  if (text.length <= MAX_MARK_RUN + 1 || !ANY_MARK.test(text)) return text.normalize(form);
  const cls = markTable();
  const n = text.length;
  let parts: string[] | null = null;
  let done = 0;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) < 0x300) {
      i++;
      continue;
    }
    let m = markLength(text, i, cls);
    if (m === 0) {
      i++;
      continue;
    }
    const runStart = i;
    let count = 0;
    while (m > 0) {
      i += m;
      count++;
      m = i < n ? markLength(text, i, cls) : 0;
    }
    if (count > MAX_MARK_RUN) {
      const base = Math.max(done, codePointStartBefore(text, runStart));
      (parts ??= []).push(text.slice(done, base).normalize(form), text.slice(base, i));
      done = i;
    }
  }
  if (parts === null) return text.normalize(form);
  parts.push(text.slice(done).normalize(form));
  return parts.join('');
}
