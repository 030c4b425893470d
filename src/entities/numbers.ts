// Numbers written the Vietnamese way, shared by the date, time, money, percent and quantity
// packs: `.` groups thousands and `,` marks decimals (2.270 = 2270, 3,8 = 3.8,
// 1.250.000,50 = 1250000.5). A lone `.` that does not group thousands is read as a decimal
// point (`1.5`, as some pages write it); anything else (`5.12.1`, a version) is no number.

/** Scale words: `30 nghìn`, `1,2 tỷ`, `2 nghìn tỷ` (scales multiply). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
]);

/** Counts written as words, where the rules take them (`sáu tháng đầu năm`). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
]);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The value of `s[from, to)` read as a Vietnamese number, or `null`.
 *
 * @example
 * readNumber('1.250.000,50'); // 1250000.5
 * readNumber('3,8');          // 3.8
 * readNumber('5.12.1');       // null
 */
export function readNumber(s: string, from = 0, to = s.length): number | null {
  if (from >= to) return null;
  let intPart = 0;
  let groups = 0;
  let groupLen = 0;
  let firstLen = 0;
  let dots = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      intPart = intPart * 10 + (c - 0x30);
      groupLen++;
      continue;
    }
    if (c !== 0x2e) break;
    if (groupLen === 0) return null;
    if (groups === 0) firstLen = groupLen;
    else if (groupLen !== 3) return null;
    groups++;
    dots++;
    groupLen = 0;
  }
  if (groupLen === 0) return null;
  let value = intPart;
  if (dots > 0 && groupLen !== 3) {
    // Not thousands: one dot is a decimal point (`1.5`), more is no number (`5.12.1`).
    if (dots > 1 || i < to) return null;
    return Number(s.slice(from, to));
  }
  if (dots > 0 && firstLen > 3) return null;
  if (i === to) return value;
  if (s.charCodeAt(i) !== 0x2c) return null;
  let frac = 0;
  let scale = 1;
  for (i++; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return null;
    frac = frac * 10 + (c - 0x30);
    scale *= 10;
  }
  if (scale === 1) return null;
  value += frac / scale;
  return roundValue(value);
}

/**
 * Rounds away floating-point noise from scaled amounts: `1,1 * 1e9` → 1100000000, not
 * 1100000000.0000002.
 *
 * @example
 * roundValue(1.1 * 1e9); // 1100000000
 */
export function roundValue(x: number): number {
  // Amounts carry at most a few decimals; rounding at the sixth removes the noise of scaling
  // (toPrecision would too, at ten times the cost on every number of a document).
  return Number.isInteger(x) ? x : Math.round(x * 1e6) / 1e6;
}
