import { CharClass } from './char-class-codes.js';
import { bmpClasses } from './char-classes.js';
import { TokenKind } from './token-kind.js';
import { isAsciiDigit } from '../core/char-codes.js';

// Numbers, dates and times, read from the first digit. Vietnamese groups thousands with `.`
// and marks decimals with `,`:
//   2.270 · 3,8 · 1.250.000,50 · -5 · 50% · 12,5%               number
//   3,8-5,5                                                     number, '-', number (a range is the entity layer's job)
//   1/2 · 24/7                                                  number (a fraction), unless a date word precedes
//   23/10/2023 · 23/10/23 · 23.10.2023 · 23-10-2023 · 2023-10-23 · 2004/10/01 · 9/2023 · 6-2004   date
//   ngày 5/3 · sáng 24-9                                        date (day/month only after a date word)
//   16:20 · 16:20:27 · 7h30 · 15h · 7g30                        time
//   1A · 404T · 4G                                              word (a code: digits then a capital)
// Date parts are range-checked (31/2/2024 is not a date); a slash chain that goes on
// (15/2023/NĐ-CP, a document number) is not a date either.

/**
 * What {@link matchNumeric} found.
 *
 * @example
 * const m: NumericMatch = { end: 0, kind: 0, cueEnd: -1, plainEnd: -1 };
 */
export interface NumericMatch {
  end: number;
  kind: number;
  /** End of a day/month form (`5/3`, `24-9`) that is a date if a date word precedes it; else -1. */
  cueEnd: number;
  /**
   * End of a slash or hyphen chain that is neither a date nor a fraction (`45/12/2023`,
   * `1/2/3/4`, `2021-2025`), or -1: the numbers inside it are plain numbers, never dates.
   */
  plainEnd: number;
}

const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function value(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (text.charCodeAt(i) - 0x30);
  return v;
}

function validDayMonth(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= DAYS[m]!;
}

// Scratch for a chain of up to three digit groups joined by one separator.
const gStart = new Int32Array(3);
const gEnd = new Int32Array(3);

/** End of the last chain read by {@link readChain}: all its groups, however many. */
let chainEnd = 0;

/**
 * Reads groups `d1 SEP d2 [SEP d3]` (each at most 4 digits) from the first group `[d, i)`.
 * Returns the number of groups read (1 if none follow), or 0 when the chain is no date shape
 * (a group of 5+ digits, a fourth group, or letters/digits run on after it). Either way
 * `chainEnd` is where the digit groups joined by `sep` end.
 */
function readChain(text: string, d: number, i: number, n: number, sep: number): number {
  gStart[0] = d;
  gEnd[0] = i;
  let parts = 1;
  let j = i;
  let valid = true;
  while (j + 1 < n && text.charCodeAt(j) === sep && isAsciiDigit(text.charCodeAt(j + 1))) {
    const s = j + 1;
    let k = s + 1;
    while (k < n && isAsciiDigit(text.charCodeAt(k))) k++;
    if (parts < 3 && k - s <= 4) {
      gStart[parts] = s;
      gEnd[parts] = k;
    } else valid = false;
    parts++;
    j = k;
  }
  chainEnd = j;
  if (!valid) return 0;
  if (j < n) {
    const c = text.charCodeAt(j);
    // 15/2023/NĐ-CP, 23/10/2023abc: not a date.
    if (c === sep && j + 1 < n && bmpClasses()[text.charCodeAt(j + 1)]! <= CharClass.Digit) return 0;
    if (bmpClasses()[c]! <= CharClass.Digit) return 0;
  }
  return parts;
}

const len = (k: number): number => gEnd[k]! - gStart[k]!;
const val = (text: string, k: number): number => value(text, gStart[k]!, gEnd[k]!);

/** Classifies a chain read by {@link readChain}: date end, or -1. Sets `m.cueEnd` for d/m. */
function chainDate(text: string, parts: number, sep: number, m: NumericMatch): number {
  if (parts === 3) {
    const l0 = len(0);
    const l1 = len(1);
    const l2 = len(2);
    if (l0 <= 2 && l1 <= 2 && (l2 === 4 || (l2 === 2 && sep === 0x2f))) {
      const y = val(text, 2);
      if (validDayMonth(val(text, 0), val(text, 1)) && (l2 === 2 || (y >= 1000 && y <= 2999))) return gEnd[2]!;
    }
    if (l0 === 4 && l1 <= 2 && l2 <= 2 && sep !== 0x2e) {
      const y = val(text, 0);
      if (y >= 1000 && y <= 2999 && validDayMonth(val(text, 2), val(text, 1))) return gEnd[2]!;
    }
    return -1;
  }
  if (parts === 2 && sep !== 0x2e) {
    const l0 = len(0);
    const l1 = len(1);
    if (l0 <= 2 && l1 === 4) {
      const mo = val(text, 0);
      const y = val(text, 1);
      const lo = sep === 0x2f ? 1000 : 1900; // 6-2004 yes, 5-2000 người is rarer than a month
      if (mo >= 1 && mo <= 12 && y >= lo && y <= (sep === 0x2f ? 2999 : 2099)) return gEnd[1]!;
    }
    if (l0 <= 2 && l1 <= 2 && validDayMonth(val(text, 0), val(text, 1))) m.cueEnd = gEnd[1]!;
  }
  return -1;
}

/**
 * Reads the number, date or time whose first digit is at `d`; `p < d` when a sign precedes it
 * (`-5`, `+3,5`), which rules out dates and times, as does `plain` (inside a rejected chain).
 * Results go to `m`.
 *
 * @example
 * matchNumeric('23/10/2023', 0, 0, 10, false, m); // m.end === 10, m.kind === TokenKind.Date
 */
export function matchNumeric(text: string, p: number, d: number, n: number, plain: boolean, m: NumericMatch): void {
  const C = bmpClasses();
  let i = d;
  while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
  const len0 = i - d;
  m.cueEnd = -1;
  m.plainEnd = -1;
  m.kind = TokenKind.Number;
  const c = i < n ? text.charCodeAt(i) : 0;

  if (p === d && c !== 0 && !plain) {
    if (len0 <= 2 && (c === 0x68 || c === 0x67 || c === 0x3a)) {
      const t = matchClock(text, d, i, n, c);
      if (t > 0) {
        m.end = t;
        m.kind = TokenKind.Time;
        return;
      }
    }
    if ((c === 0x2f || c === 0x2d) && len0 <= 4) {
      const parts = readChain(text, d, i, n, c);
      if (parts > 1) {
        const e = chainDate(text, parts, c, m);
        if (e > 0) {
          m.end = e;
          m.kind = TokenKind.Date;
          return;
        }
        // A short a/b with no date word before it is a fraction or ratio: keep it whole.
        if (c === 0x2f && parts === 2 && len0 <= 2 && len(1) <= 2) {
          m.end = gEnd[1]!;
          return;
        }
      }
      if (chainEnd > i && m.cueEnd < 0) m.plainEnd = chainEnd;
    }
  }

  // Digit groups joined by `.` or `,`; a dotted d.m.yyyy is a date.
  let j = i;
  let groups = 1;
  let commas = 0;
  while (j + 1 < n) {
    const s = text.charCodeAt(j);
    if ((s !== 0x2e && s !== 0x2c) || !isAsciiDigit(text.charCodeAt(j + 1))) break;
    if (s === 0x2c) commas++;
    const g = j + 1;
    j = g + 1;
    while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
    if (groups < 3) {
      gStart[groups] = g;
      gEnd[groups] = j;
    }
    groups++;
  }
  if (groups === 3 && commas === 0 && p === d && len0 <= 2) {
    gStart[0] = d;
    gEnd[0] = i;
    if (len(1) <= 2 && len(2) === 4 && chainDate(text, 3, 0x2e, m) > 0 && (j >= n || C[text.charCodeAt(j)]! > CharClass.Digit)) {
      m.end = j;
      m.kind = TokenKind.Date;
      m.cueEnd = -1;
      return;
    }
  }
  if (j > i) m.cueEnd = -1;
  if (j < n) {
    const s = text.charCodeAt(j);
    if (s === 0x25 || s === 0x2030) {
      m.end = j + 1; // 50%, 12,5‰
      return;
    }
    // Digits straight into a capital make a code (1A, 404T, 4G); into lower case, a unit (5km).
    if (groups === 1 && p === d && C[s] === CharClass.Upper) {
      let k = j + 1;
      while (k < n && C[text.charCodeAt(k)]! <= CharClass.Digit) k++;
      m.end = k;
      m.kind = TokenKind.Word;
      m.cueEnd = -1;
      return;
    }
  }
  m.end = j;
}

/** Exactly two digits at `k` (no third after them): their value, or -1. */
function twoDigits(text: string, k: number, n: number): number {
  return k + 1 < n && isAsciiDigit(text.charCodeAt(k)) && isAsciiDigit(text.charCodeAt(k + 1)) && (k + 2 >= n || !isAsciiDigit(text.charCodeAt(k + 2)))
    ? value(text, k, k + 2)
    : -1;
}

/** Nothing word-like at `k`: the end of the text, a space, punctuation. */
function free(text: string, k: number, n: number): boolean {
  return k >= n || bmpClasses()[text.charCodeAt(k)]! > CharClass.Digit;
}

/** `7h30`, `15h`, `7g30`, `16:20`, `16:20:27` from the hour digits `[d, i)`: end or -1. */
function matchClock(text: string, d: number, i: number, n: number, c: number): number {
  const hour = value(text, d, i);
  if (hour > 24) return -1;
  if (c === 0x3a) {
    const mm = twoDigits(text, i + 1, n);
    if (mm < 0 || mm > 59) return -1;
    let e = i + 3;
    if (e < n && text.charCodeAt(e) === 0x3a) {
      const ss = twoDigits(text, e + 1, n);
      if (ss >= 0 && ss <= 59) e += 3;
      else if (e + 1 < n && isAsciiDigit(text.charCodeAt(e + 1))) return -1;
    }
    return free(text, e, n) ? e : -1;
  }
  const mm = twoDigits(text, i + 1, n);
  if (mm >= 0 && mm <= 59 && free(text, i + 3, n)) return i + 3;
  if (c === 0x68 && free(text, i + 1, n)) return i + 1;
  return -1;
}
