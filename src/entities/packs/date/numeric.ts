import { TokenKind } from '../../../tokenize/token-kind.js';
import { textAt, tight, type EntityContext } from '../../context.js';
import { day, months, validDay, validYear, years, type DateParts } from './calendar.js';

// Numeric dates are read from a run: number and date tokens joined by `/`, `-`, `–` or `.`
// with nothing between them (`15` `-` `16` `/` `6/2023`). The tokenizer already decided
// which single tokens are dates (it range-checks them and rejects document numbers); the run
// lets ranges that it splits (`15-16/6/2023`, `10/12/2004-10/12/2024`) be read whole. A run
// is classified as a whole or not at all, so `1-3` (a score), `4,2-6` (decimals) and
// `113/2024/NĐ-CP` (a document number: it goes on) are never dates.

/** Number and date groups of a run with the separators between them. */
export interface Run {
  /** First and last token of the run. */
  readonly first: number;
  readonly last: number;
  readonly values: readonly number[];
  readonly lengths: readonly number[];
  /** One separator per gap between groups, `–` written as `-`: `'/-/'`. */
  readonly seps: string;
  /** Whether the run is one token the tokenizer called a date. */
  readonly tokenDate: boolean;
}

/** What precedes a run and changes its reading. */
export type Cue = 'ngày' | 'tháng' | 'năm' | 'period' | 'daypart' | 'weekday' | 'none';

const isSep = (s: string): boolean => s === '/' || s === '-' || s === '–' || s === '.';
const isNumeric = (k: number): boolean => k === TokenKind.Number || k === TokenKind.Date;

/**
 * The run that starts at token `i`, or `null` when token `i` does not start one or the run
 * goes on into letters or another chain.
 *
 * @example
 * readRun(ctx, i); // for '15-16/6/2023': { values: [15, 16, 6, 2023], seps: '-//', … }
 */
export function readRun(ctx: EntityContext, i: number): Run | null {
  const { kind, count } = ctx.tokens;
  if (i < 0 || i >= count || !isNumeric(kind[i]!)) return null;
  if (tight(ctx, i - 1)) {
    const p = kind[i - 1]!;
    if (isSep(textAt(ctx, i - 1)) || p !== TokenKind.Punctuation) return null;
  }
  let k = i;
  while (tight(ctx, k) && tight(ctx, k + 1) && isSep(textAt(ctx, k + 1)) && k + 2 < count && isNumeric(kind[k + 2]!)) k += 2;
  // A run that goes on is part of something else: 113/2024/NĐ-CP, 23/10/2023abc, 20-NQ/TW.
  // A sentence's full stop after it is fine (`ngày 15/9/2023.`).
  if (tight(ctx, k)) {
    if (kind[k + 1] !== TokenKind.Punctuation) return null;
    if (isSep(textAt(ctx, k + 1)) && tight(ctx, k + 1)) return null;
  }
  const text = ctx.text;
  const values: number[] = [];
  const lengths: number[] = [];
  let seps = '';
  let v = 0;
  let len = 0;
  for (let p = ctx.tokens.start[i]!, e = ctx.tokens.end[k]!; p < e; p++) {
    const c = text.charCodeAt(p);
    if (c >= 0x30 && c <= 0x39) {
      if (++len > 4) return null;
      v = v * 10 + (c - 0x30);
      continue;
    }
    const s = text[p]!;
    if (!isSep(s) || len === 0) return null;
    values.push(v);
    lengths.push(len);
    seps += s === '–' ? '-' : s;
    v = 0;
    len = 0;
  }
  if (len === 0) return null;
  values.push(v);
  lengths.push(len);
  return { first: i, last: k, values, lengths, seps, tokenDate: i === k && kind[i] === TokenKind.Date };
}

/** A date read from a run: its parts and the rule that read it. */
export interface RunDate {
  readonly parts: DateParts;
  readonly rule: string;
}

const dm = (d: number, m: number, y = -1): boolean => validDay(y, d, m);
const month = (m: number): boolean => m >= 1 && m <= 12;

/**
 * Reads a run as a date given its cue, or `null`.
 *
 * @example
 * classifyRun(run('23/10/2023'), 'none'); // { rule: 'date/dmy', parts: day(2023, 10, 23) }
 * classifyRun(run('7-9/2023'), 'tháng');  // { rule: 'date/month-range', parts: months(2023, 7, 9) }
 * classifyRun(run('1-3'), 'none');        // null: a score
 */
export function classifyRun(r: Run, cue: Cue): RunDate | null {
  const v = r.values;
  const L = r.lengths;
  const short = (k: number): boolean => L[k]! <= 2;
  const year = (k: number): boolean => L[k] === 4 && validYear(v[k]!);
  // A day and month alone is a date when the tokenizer saw a date word before it, or a word
  // this pack knows stands before dates does.
  const dayCue = r.tokenDate || cue === 'ngày' || cue === 'daypart' || cue === 'weekday';
  switch (`${v.length}${r.seps}`) {
    case '1':
      // năm 2030
      if (cue === 'năm' && year(0)) return { rule: 'date/year', parts: years(v[0]!) };
      // tháng 6 (the year from the context or the reference date)
      if (cue === 'tháng' && short(0) && month(v[0]!)) return { rule: 'date/month', parts: months(-1, v[0]!) };
      return null;
    case '2/':
    case '2-':
    case '2.': {
      // 2021-2025 (a period: the years only)
      if (r.seps === '-' && year(0) && year(1) && v[0]! < v[1]!) return { rule: 'date/year-range', parts: years(v[0]!, v[1]!) };
      // 9/2023 · tháng 5-2024
      if (r.seps !== '.' && short(0) && month(v[0]!) && year(1) && (r.tokenDate || cue === 'tháng' || r.seps === '/')) {
        return { rule: 'date/month-year', parts: months(v[1]!, v[0]!) };
      }
      // ngày 5/8 · chiều 28/6
      if (r.seps !== '.' && dayCue && short(0) && short(1) && dm(v[0]!, v[1]!)) return { rule: 'date/day-month', parts: day(-1, v[1]!, v[0]!) };
      return null;
    }
    case '3//':
    case '3--':
    case '3..': {
      // 23/10/2023 · 23.10.2023 · 23-10-2023 · 23/10/23
      if (short(0) && short(1) && (year(2) || (r.seps === '//' && L[2] === 2)) && dm(v[0]!, v[1]!)) {
        const y = L[2] === 2 ? 2000 + v[2]! : v[2]!;
        if (validDay(y, v[0]!, v[1]!)) return { rule: 'date/dmy', parts: day(y, v[1]!, v[0]!) };
      }
      // 2023-10-23
      if (r.seps !== '..' && year(0) && short(1) && short(2) && validDay(v[0]!, v[2]!, v[1]!)) {
        return { rule: 'date/ymd', parts: day(v[0]!, v[1]!, v[2]!) };
      }
      return null;
    }
    case '3-/': {
      // tháng 7-9/2023 · 7-9/2023
      if (short(0) && short(1) && year(2) && month(v[0]!) && month(v[1]!) && v[0]! < v[1]!) {
        return { rule: 'date/month-range', parts: months(v[2]!, v[0]!, v[1]!) };
      }
      // 15-16/6 (a day range in a month of the context's year)
      if (cue !== 'tháng' && short(0) && short(1) && short(2) && v[0]! < v[1]! && dm(v[0]!, v[2]!) && dm(v[1]!, v[2]!)) {
        return { rule: 'date/day-range', parts: { y1: -1, m1: v[2]!, d1: v[0]!, y2: -1, m2: v[2]!, d2: v[1]! } };
      }
      return null;
    }
    case '4-//':
    case '4-..':
    case '4---': {
      // 15-16/6/2023 · 27-28/7/2024
      if (short(0) && short(1) && short(2) && year(3) && v[0]! < v[1]! && dm(v[0]!, v[2]!) && dm(v[1]!, v[2]!)) {
        return { rule: 'date/day-range', parts: { y1: v[3]!, m1: v[2]!, d1: v[0]!, y2: v[3]!, m2: v[2]!, d2: v[1]! } };
      }
      return null;
    }
    case '4/-/': {
      // 4/9-10/9 (yearless) · 9/2023-3/2024 (months)
      if (short(0) && short(1) && short(2) && short(3) && dm(v[0]!, v[1]!) && dm(v[2]!, v[3]!)) {
        return { rule: 'date/range', parts: { y1: -1, m1: v[1]!, d1: v[0]!, y2: -1, m2: v[3]!, d2: v[2]! } };
      }
      if (short(0) && year(1) && short(2) && year(3) && month(v[0]!) && month(v[2]!)) {
        return { rule: 'date/month-range', parts: { y1: v[1]!, m1: v[0]!, d1: 0, y2: v[3]!, m2: v[2]!, d2: 0 } };
      }
      return null;
    }
    case '5/-//': {
      // 4/9-10/9/2023
      if (short(0) && short(1) && short(2) && short(3) && year(4) && dm(v[0]!, v[1]!) && dm(v[2]!, v[3]!)) {
        return { rule: 'date/range', parts: { y1: v[4]!, m1: v[1]!, d1: v[0]!, y2: v[4]!, m2: v[3]!, d2: v[2]! } };
      }
      return null;
    }
    case '6//-//':
    case '6..-..': {
      // 29/10/1993-29/10/2023
      if (short(0) && short(1) && year(2) && short(3) && short(4) && year(5) && dm(v[0]!, v[1]!) && dm(v[3]!, v[4]!)) {
        return { rule: 'date/range', parts: { y1: v[2]!, m1: v[1]!, d1: v[0]!, y2: v[5]!, m2: v[4]!, d2: v[3]! } };
      }
      return null;
    }
    default:
      return null;
  }
}
