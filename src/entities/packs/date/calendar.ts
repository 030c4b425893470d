import type { DateValue } from '../../types.js';

/**
 * A calendar span before its year is known: `y1`/`y2` are -1 when the text gave no year
 * (`ngày 5/8`), `d1` 0 means the first day of month `m1`, `d2` 0 the last day of `m2`.
 */
export interface DateParts {
  y1: number;
  m1: number;
  d1: number;
  y2: number;
  m2: number;
  d2: number;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` of year `y` (a year of -1 allows 29 February). */
export function daysIn(y: number, m: number): number {
  if (m !== 2) return DAYS[m]!;
  return y < 0 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
}

/** Whether day `d` of month `m` exists (in year `y`, or in some year when `y` is -1). */
export function validDay(y: number, d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** A year written in full that news would write: 1000–2999. */
export const validYear = (y: number): boolean => y >= 1000 && y <= 2999;

/** `{ y1: y, m1: m, d1: d, … }` for one day. */
export const day = (y: number, m: number, d: number): DateParts => ({ y1: y, m1: m, d1: d, y2: y, m2: m, d2: d });

/** Months `m1` to `m2` of year `y`. */
export const months = (y: number, m1: number, m2 = m1): DateParts => ({ y1: y, m1, d1: 0, y2: y, m2, d2: 0 });

/** Years `y1` to `y2`, whole. */
export const years = (y1: number, y2 = y1): DateParts => ({ y1, m1: 1, d1: 0, y2, m2: 12, d2: 0 });

/** Whether the parts still lack a year. */
export const yearless = (p: DateParts): boolean => p.y1 < 0 || p.y2 < 0;

/**
 * The ISO value of `p`, its missing years taken from `year`; `null` if the span is no real
 * date (31/2) or ends before it starts.
 *
 * @example
 * resolve(months(2023, 9), -1); // { start: '2023-09-01', end: '2023-09-30' }
 */
export function resolve(p: DateParts, year: number): DateValue | null {
  const y1 = p.y1 >= 0 ? p.y1 : p.y2 >= 0 ? p.y2 : year;
  const y2 = p.y2 >= 0 ? p.y2 : y1;
  if (!validYear(y1) || !validYear(y2)) return null;
  const d1 = p.d1 === 0 ? 1 : p.d1;
  const d2 = p.d2 === 0 ? daysIn(y2, p.m2) : p.d2;
  if (!validDay(y1, d1, p.m1) || !validDay(y2, d2, p.m2)) return null;
  const start = iso(y1, p.m1, d1);
  const end = iso(y2, p.m2, d2);
  return start <= end ? { start, end } : null;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD`. */
export const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
