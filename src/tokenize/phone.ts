// Phone numbers as Vietnamese write them. Examples this accepts:
//   0912 345 678 · 0912.345.678 · 0912-345-678 · 0912345678       (mobile: 0 + 9 digits)
//   (024) 3825 1234 · 024 3825 1234 · 02438251234                (landline: 02 + 9 digits)
//   +84 912 345 678 · +84912345678 · (+84) 24 3825 1234           (international)
//   1900 1234 · 1800.6789 · 1900 54 54 54                         (hotlines)
// and rejects 00070 (a code), 0,5 (a decimal), 0 912 345 678 (a lone leading zero),
// 0912 345 6789 (one digit too many).

import { isAsciiDigit } from '../core/char-codes.js';

const isSeparator = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x2e || c === 0x2d;

/**
 * The end of the phone number that starts at `p` (a digit, `+` or `(`), or -1.
 *
 * @example
 * matchPhone('gọi 0912 345 678.', 4, 17); // 16
 */
export function matchPhone(text: string, p: number, n: number): number {
  let i = p;
  let paren = false;
  if (text.charCodeAt(i) === 0x28) {
    paren = true;
    i++;
  }
  const c0 = text.charCodeAt(i);
  // Digits the number must have after its prefix, as [min, max] (min === max but for '+').
  let min: number;
  let max: number;
  let firstGroupMin = 1;
  if (c0 === 0x2b) {
    i++;
    if (text.charCodeAt(i) === 0x38 && text.charCodeAt(i + 1) === 0x34) {
      i += 2;
      if (paren) {
        if (text.charCodeAt(i) !== 0x29) return -1;
        paren = false;
        i++;
      }
      if (i < n && isSeparator(text.charCodeAt(i))) i++;
      const d = text.charCodeAt(i);
      if (d === 0x32) min = max = 10;
      else if (d >= 0x33 && d <= 0x39) min = max = 9;
      else return -1;
    } else {
      if (paren) return -1;
      // Other countries: country code and subscriber number, 8 to 15 digits in all.
      min = 8;
      max = 15;
    }
  } else if (c0 === 0x30) {
    const d = text.charCodeAt(i + 1);
    if (d === 0x32) min = max = 11;
    else if (d >= 0x33 && d <= 0x39) min = max = 10;
    else return -1;
    if (!paren) firstGroupMin = 3;
  } else if (c0 === 0x31 && !paren) {
    const d = text.charCodeAt(i + 1);
    if ((d !== 0x38 && d !== 0x39) || text.charCodeAt(i + 2) !== 0x30 || text.charCodeAt(i + 3) !== 0x30) return -1;
    min = 8;
    max = 10;
    firstGroupMin = 4;
  } else return -1;

  let digits = 0;
  let groups = 0;
  let end = -1;
  let endDigits = 0;
  for (;;) {
    const g = i;
    while (i < n && isAsciiDigit(text.charCodeAt(i)) && digits + (i - g) < max) i++;
    const len = i - g;
    if (len === 0) break;
    if (i < n && isAsciiDigit(text.charCodeAt(i))) return -1; // more digits than any phone has
    if (groups === 0 ? len < firstGroupMin : len < 2) break;
    digits += len;
    groups++;
    if (paren && text.charCodeAt(i) === 0x29) {
      paren = false;
      i++;
      if (i < n && text.charCodeAt(i) === 0x20) i++;
      if (!isAsciiDigit(text.charCodeAt(i))) return -1;
      continue;
    }
    if (digits >= min && !paren) {
      end = i;
      endDigits = digits;
    }
    if (digits >= max) break;
    if (i + 1 < n && isSeparator(text.charCodeAt(i)) && isAsciiDigit(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  if (end < 0 || endDigits < min) return -1;
  // A phone never runs on into a letter, or into more digits after a dot or comma.
  if (end < n) {
    const c = text.charCodeAt(end);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return -1;
    if ((c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2f) && end + 1 < n && isAsciiDigit(text.charCodeAt(end + 1))) return -1;
  }
  return end;
}
