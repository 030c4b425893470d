import { TokenKind } from '../../../tokenize/token-kind.js';
import { isWord, lowerAt, near, spaced, textAt, tight, type EntityContext } from '../../context.js';
import { NUMBER_WORDS } from '../../numbers.js';
import type { Candidate } from '../../types.js';
import type { RulePack } from '../index.js';
import { months, resolve, yearless, years, type DateParts } from './calendar.js';
import { classifyRun, readRun, type Cue } from './numeric.js';
import { BEFORE_DATE, PERIOD_WORDS, QUARTERS, WEEKDAY_AFTER_THU } from './words.js';

// Dates in the forms Vietnamese news writes them (ENTITIES.md). Every rule reads tokens:
// numeric dates come from runs of the tokenizer's number and date tokens (numeric.ts), the
// words around them (`ngày`, `tháng`, `năm`, `quý`, a weekday) from the token table. Words
// that stay outside a date (`từ`, `đến`, `sáng`, `giai đoạn` …) are never taken in.

/** A date found before its missing year is filled in. */
interface Found {
  start: number;
  end: number;
  parts: DateParts;
  rule: string;
}

/** The cue before the run at token `i` and where the date's span starts. */
interface Before {
  cue: Cue;
  start: number;
}

/** Token `i` is a number of at most two digits, alone (no run goes on from it): its value, or -1. */
function smallNumber(ctx: EntityContext, i: number): number {
  const r = readRun(ctx, i);
  if (r === null || r.values.length !== 1 || r.lengths[0]! > 2) return -1;
  return r.values[0]!;
}

/** Words a lone number after which may be a date: `ngày 22 tháng 12`, `tháng 6`, `năm 2030`. */
const CUE_WORDS: readonly string[] = ['ngày', 'tháng', 'năm', 'mùng', 'mồng'];

/** Words that count what follows them: `hai ngày`, `các tháng`. */
const COUNTED: ReadonlySet<string> = new Set([...NUMBER_WORDS.keys(), 'các', 'những', 'mấy', 'vài', 'mỗi', 'hằng', 'hàng']);

/** Token `i` is a four-digit year standing alone: its value, or -1. */
function yearAt(ctx: EntityContext, i: number): number {
  const r = readRun(ctx, i);
  if (r === null || r.values.length !== 1 || r.lengths[0] !== 4) return -1;
  const y = r.values[0]!;
  return y >= 1000 && y <= 2999 ? y : -1;
}

/**
 * A weekday that ends at token `p` or just before a `,`/`-` at `p`: its first token, or -1.
 *   Thứ Hai, 23/10/2023 · Thứ 2 23/10/2023 · Chủ nhật, ngày 5/11/2023 · CN - 5/11/2023
 */
function weekdayBefore(ctx: EntityContext, p: number): number {
  let q = p;
  const t = textAt(ctx, q);
  if (t === ',' || t === '-' || t === '–') {
    if (!spaced(ctx, q)) return -1;
    q--;
    if (!near(ctx, q)) return -1;
  } else if (!spaced(ctx, q)) return -1;
  const w = lowerAt(ctx, q);
  const v = lowerAt(ctx, q - 1);
  if (v === 'thứ' && WEEKDAY_AFTER_THU.has(w) && spaced(ctx, q - 1)) return q - 1;
  if (v === 'chủ' && w === 'nhật' && spaced(ctx, q - 1)) return q - 1;
  if (textAt(ctx, q) === 'CN') return q;
  return -1;
}

/**
 * What precedes the run at token `i`:
 *   ngày 5/8 · mùng 2/9 · tháng 9/2023 · năm 2030   the word is part of the date
 *   giai đoạn 2021-2025 · sáng 12/6           the word stays outside
 *   Thứ Hai, 23/10/2023 · Thứ Bảy, ngày 9/12  a weekday leads the date
 */
function cueBefore(ctx: EntityContext, i: number): Before {
  const starts = ctx.tokens.start;
  let p = i - 1;
  let cue: Cue = 'none';
  let start = starts[i]!;
  // Sáng nay (10/5) · chiều qua (9/5): the date in brackets after the day it names.
  if (isWord(ctx, p, '(') && tight(ctx, p) && spaced(ctx, p - 1) && (BEFORE_DATE.has(lowerAt(ctx, p - 1)) || isWord(ctx, p - 1, 'qua') || isWord(ctx, p - 1, 'mai'))) {
    return { cue: 'daypart', start };
  }
  if (spaced(ctx, p)) {
    const w = lowerAt(ctx, p);
    if (w === 'ngày' || w === 'mùng' || w === 'mồng' || w === 'tháng' || (w === 'năm' && !isWord(ctx, p - 1, 'thứ'))) {
      cue = w === 'mùng' || w === 'mồng' ? 'ngày' : w;
      // `hai ngày 27-28/7/2024`, `các ngày 4-5/9`: a count of days, not part of the date.
      if (cue !== 'ngày' || (!COUNTED.has(lowerAt(ctx, p - 1)) && ctx.tokens.kind[p - 1] !== TokenKind.Number)) start = starts[p]!;
      p--;
    } else if (PERIOD_WORDS.has(w)) cue = 'period';
    else if (BEFORE_DATE.has(w)) cue = 'daypart';
  }
  if (cue === 'ngày' || cue === 'none') {
    const wd = weekdayBefore(ctx, p);
    if (wd >= 0) {
      start = starts[wd]!;
      if (cue === 'none') cue = 'weekday';
    }
  }
  return { cue, start };
}

/** `năm 2024` after a date without a year (`tháng 10 năm 2023`): the year's token, or -1. */
function yearAfter(ctx: EntityContext, last: number): number {
  return spaced(ctx, last) && isWord(ctx, last + 1, 'năm') && spaced(ctx, last + 1) && yearAt(ctx, last + 2) >= 0 ? last + 2 : -1;
}

/** Names of documents whose number (`Quyết định số 12/2024`, `Thông tư 09/2023`) is no date. */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'thông tư',
  'nghị định',
  'quyết định',
  'công văn',
  'nghị quyết',
  'chỉ thị',
  'kết luận',
  'thông báo',
  'công điện',
  'tờ trình',
  'hướng dẫn',
  'pháp lệnh',
]);

/** Whether the run at token `i` is a document's number: after `số` or a document's name. */
function documentNumber(ctx: EntityContext, i: number): boolean {
  if (!spaced(ctx, i - 1)) return false;
  if (isWord(ctx, i - 1, 'số') || isWord(ctx, i - 1, 'hiệu')) return true;
  return spaced(ctx, i - 2) && DOCUMENTS.has(`${lowerAt(ctx, i - 2)} ${lowerAt(ctx, i - 1)}`);
}

/** Numeric dates, with their cue word and weekday: everything that starts at a run. */
function fromRun(ctx: EntityContext, i: number, out: Found[]): void {
  const run = readRun(ctx, i);
  if (run === null || documentNumber(ctx, i)) return;
  const before = cueBefore(ctx, i);
  let found = classifyRun(run, before.cue);
  let last = run.last;
  // ngày 22 tháng 12 [năm 2023]
  if (found === null && before.cue === 'ngày' && run.values.length === 1 && run.lengths[0]! <= 2) {
    if (spaced(ctx, last) && isWord(ctx, last + 1, 'tháng') && spaced(ctx, last + 1)) {
      const m = smallNumber(ctx, last + 2);
      const d = run.values[0]!;
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        found = { rule: 'date/day-month-words', parts: { y1: -1, m1: m, d1: d, y2: -1, m2: m, d2: d } };
        last += 2;
      }
    }
  }
  // giai đoạn 2021 - 2025: a year range written with a spaced dash.
  if ((found === null || found.rule === 'date/year') && run.values.length === 1 && run.lengths[0] === 4 && spaced(ctx, last)) {
    const d = textAt(ctx, last + 1);
    const y1 = run.values[0]!;
    const y2 = (d === '-' || d === '–') && spaced(ctx, last + 1) ? yearAt(ctx, last + 2) : -1;
    if (y1 >= 1900 && y2 > y1 && y2 - y1 <= 50) {
      found = { rule: 'date/year-range', parts: years(y1, y2) };
      last += 2;
    }
  }
  if (found === null) return;
  const parts = { ...found.parts };
  if (yearless(parts)) {
    const y = yearAfter(ctx, last);
    if (y >= 0) {
      parts.y1 = parts.y2 = yearAt(ctx, y);
      last = y;
    }
  }
  out.push({ start: before.start, end: ctx.tokens.end[last]!, parts, rule: found.rule });
  if (found.rule === 'date/year') yearList(ctx, last, out);
  else if (found.rule === 'date/day-month' || found.rule === 'date/dmy') dayList(ctx, last, out);
}

/**
 * Days listed after a day (`ngày 30/4 và 1/5`, `ngày 2/9, 3/9`): each later day/month is a
 * date of its own, though no date word stands before it.
 */
function dayList(ctx: EntityContext, last: number, out: Found[]): void {
  let k = last;
  for (;;) {
    const joiner = k + 1;
    if (!YEAR_LIST.some((w) => isWord(ctx, joiner, w)) || !(spaced(ctx, joiner) && (spaced(ctx, k) || textAt(ctx, joiner) === ','))) return;
    const run = readRun(ctx, joiner + 1);
    if (run === null || documentNumber(ctx, joiner + 1)) return;
    const found = classifyRun(run, 'ngày');
    if (found === null || (found.rule !== 'date/day-month' && found.rule !== 'date/dmy') || !phraseEnds(ctx, run.last)) return;
    out.push({ start: ctx.tokens.start[joiner + 1]!, end: ctx.tokens.end[run.last]!, parts: found.parts, rule: `${found.rule}-list` });
    k = run.last;
  }
}

/**
 * Whether a phrase ends after token `i` (the text ends, punctuation other than a dash or slash,
 * or `và`/`đến` follows): a listed date does, a fraction (`1/2 số hộ`) or a count goes on.
 */
function phraseEnds(ctx: EntityContext, i: number): boolean {
  if (i + 1 >= ctx.tokens.count) return true;
  if (ctx.tokens.kind[i + 1] === TokenKind.Punctuation) return !isWord(ctx, i + 1, '-') && !isWord(ctx, i + 1, '/');
  return isWord(ctx, i + 1, 'và') || isWord(ctx, i + 1, 'đến');
}

/** Words before a year written alone that make it a year: `đến 2025,` `trong 2023.` */
const BARE_YEAR_BEFORE: readonly string[] = ['trong', 'từ', 'đến', 'tới', 'vào', 'đầu', 'cuối', 'giữa', 'sau', 'trước', 'hết'];

/**
 * A year written alone after a preposition, at the end of a phrase: `mục tiêu đến 2025,` ·
 * `trong 2023.` Not a count: `đến 2025 người` goes on with a word.
 */
function bareYear(ctx: EntityContext, i: number, out: Found[]): void {
  const y = yearAt(ctx, i);
  if (y < 1900 || y > 2100 || !spaced(ctx, i - 1) || !BARE_YEAR_BEFORE.some((w) => isWord(ctx, i - 1, w))) return;
  if (phraseEnds(ctx, i)) out.push({ start: ctx.tokens.start[i]!, end: ctx.tokens.end[i]!, parts: years(y), rule: 'date/bare-year' });
}

/**
 * Quarters: `quý III/2023` · `quý IV-2024` · `quý 2 năm 2024` · `quý 2/2024` · `quý I` (the
 * year from the context or the reference date).
 */
function quarter(ctx: EntityContext, i: number, out: Found[]): void {
  if (!spaced(ctx, i)) return;
  const j = i + 1;
  const { kind, end } = ctx.tokens;
  let q = -1;
  let y = -1;
  let last = j;
  const t = lowerAt(ctx, j);
  const dash = t.search(/[-/]/u);
  if (kind[j] === TokenKind.Abbreviation && dash > 0) {
    // quý IV-2024: the tokenizer keeps it one abbreviation.
    q = QUARTERS.get(t.slice(0, dash)) ?? -1;
    const tail = t.slice(dash + 1);
    y = /^\d{4}$/u.test(tail) ? Number(tail) : -1;
    if (y < 0) return;
  } else if (kind[j] === TokenKind.Number || kind[j] === TokenKind.Date) {
    const run = readRun(ctx, j);
    if (run === null) return;
    last = run.last;
    q = run.values[0]!;
    if (run.values.length === 2 && run.seps !== '.' && run.lengths[1] === 4) y = run.values[1]!;
    else if (run.values.length !== 1) return;
  } else {
    q = QUARTERS.get(t) ?? -1;
    // quý III/2023: the numeral, then `/` or `-` and the year, all touching.
    const s = textAt(ctx, j + 1);
    if ((s === '/' || s === '-') && tight(ctx, j) && tight(ctx, j + 1)) {
      const yt = textAt(ctx, j + 2);
      y = kind[j + 2] === TokenKind.Number && /^\d{4}$/u.test(yt) && (!tight(ctx, j + 2) || kind[j + 3] === TokenKind.Punctuation) ? Number(yt) : -1;
      if (y < 1000 || y > 2999) return;
      last = j + 2;
    }
  }
  if (q < 1 || q > 4) return;
  if (y < 0) {
    const ya = yearAfter(ctx, last);
    if (ya >= 0) {
      y = yearAt(ctx, ya);
      last = ya;
    }
  }
  out.push({ start: ctx.tokens.start[i]!, end: end[last]!, parts: months(y, 3 * q - 2, 3 * q), rule: 'date/quarter' });
}

/**
 * Periods of months: `9 tháng đầu năm 2023` → January–September · `6 tháng cuối năm 2024` →
 * July–December · `9 tháng năm 2023` (the first nine) · `sáu tháng đầu năm` (this year).
 * A count of months alone is a duration (`18 tháng`, `sau 6 tháng`): no `năm`, no date.
 */
function monthPeriod(ctx: EntityContext, i: number, out: Found[]): void {
  const n = ctx.tokens.kind[i] === TokenKind.Number ? smallNumber(ctx, i) : (NUMBER_WORDS.get(lowerAt(ctx, i)) ?? -1);
  if (n < 1 || n > 12 || !spaced(ctx, i) || !isWord(ctx, i + 1, 'tháng') || !spaced(ctx, i + 1)) return;
  let k = i + 2;
  const side = lowerAt(ctx, k);
  const edge = side === 'đầu' || side === 'cuối';
  if (edge) {
    if (!spaced(ctx, k)) return;
    k++;
  }
  if (!isWord(ctx, k, 'năm')) return;
  const y = spaced(ctx, k) ? yearAt(ctx, k + 1) : -1;
  if (y < 0 && !edge) return;
  const last = y < 0 ? k : k + 1;
  const parts = side === 'cuối' ? months(y, 13 - n, 12) : months(y, 1, n);
  out.push({ start: ctx.tokens.start[i]!, end: ctx.tokens.end[last]!, parts, rule: 'date/month-period' });
}

/** Half years: `nửa đầu năm 2024` → January–June · `nửa cuối năm 2023` → July–December. */
function halfYear(ctx: EntityContext, i: number, out: Found[]): void {
  const side = lowerAt(ctx, i + 1);
  if (!spaced(ctx, i) || (side !== 'đầu' && side !== 'cuối') || !spaced(ctx, i + 1) || !isWord(ctx, i + 2, 'năm')) return;
  const y = spaced(ctx, i + 2) ? yearAt(ctx, i + 3) : -1;
  const last = y < 0 ? i + 2 : i + 3;
  out.push({ start: ctx.tokens.start[i]!, end: ctx.tokens.end[last]!, parts: side === 'đầu' ? months(y, 1, 6) : months(y, 7, 12), rule: 'date/half-year' });
}

/** What may stand between a date without a year and the date that gives it one. */
const JOINERS: ReadonlySet<string> = new Set(['đến', 'tới', 'và', 'hoặc', '-', '–', ',', 'đến hết', 'cho đến']);

/**
 * The year a date written without one takes: that of the next date when only a joiner stands
 * between them (`từ ngày 5/8 đến ngày 20/8/2024`, `tháng 11 và 12/2023`), else the reference
 * date's, else none (-1).
 */
function contextYear(ctx: EntityContext, found: readonly Found[], k: number): number {
  const f = found[k]!;
  for (let j = k + 1; j < found.length && found[j]!.start - f.end < 20; j++) {
    const next = found[j]!;
    if (next.start < f.end) continue;
    if (!JOINERS.has(ctx.text.slice(f.end, next.start).trim().toLowerCase())) break;
    if (!yearless(next.parts)) return next.parts.y1;
  }
  return ctx.referenceDate?.year ?? -1;
}

/** Words that join a list of years: `năm 2021, 2022 và 2023`, `từ năm 2020 đến 2025`. */
const YEAR_LIST: readonly string[] = [',', 'và', 'hoặc', 'đến', 'tới', 'hay'];

/**
 * The years listed after a year (`năm 2021, 2022 và 2023`): each later bare year is a date
 * of its own. Each list is walked once, from its first year.
 */
function yearList(ctx: EntityContext, last: number, out: Found[]): void {
  const { start, end } = ctx.tokens;
  let k = last;
  for (;;) {
    const joiner = k + 1;
    if (!YEAR_LIST.some((w) => isWord(ctx, joiner, w)) || !(spaced(ctx, joiner) && (spaced(ctx, k) || textAt(ctx, joiner) === ','))) return;
    const y = yearAt(ctx, joiner + 1);
    if (y < 0 || isWord(ctx, joiner + 2, '%')) return;
    out.push({ start: start[joiner + 1]!, end: end[joiner + 1]!, parts: years(y), rule: 'date/year-list' });
    k = joiner + 1;
  }
}

/**
 * The date pack.
 *
 * @example
 * datePack.find(ctx); // for 'quý III/2023': [{ type: 'date', rule: 'date/quarter', value: { start: '2023-07-01', end: '2023-09-30' }, … }]
 */
export const datePack: RulePack = {
  name: 'date',
  types: ['date'],
  find(ctx: EntityContext): Candidate[] {
    const { count, kind } = ctx.tokens;
    const found: Found[] = [];
    for (let i = 0; i < count; i++) {
      const k = kind[i]!;
      if (k === TokenKind.Number || k === TokenKind.Date) {
        // A lone number is a date only after `ngày`, `tháng` or `năm` (most numbers of a
        // text are none: they are passed over before any run is read).
        if (k === TokenKind.Date || tight(ctx, i) || (spaced(ctx, i - 1) && CUE_WORDS.some((w) => isWord(ctx, i - 1, w))) || (spaced(ctx, i) && (isWord(ctx, i + 1, '-') || isWord(ctx, i + 1, '–')))) {
          fromRun(ctx, i, found);
        }
        if (isWord(ctx, i + 1, 'tháng') && spaced(ctx, i)) monthPeriod(ctx, i, found);
        if (k === TokenKind.Number && ctx.tokens.end[i]! - ctx.tokens.start[i]! === 4) bareYear(ctx, i, found);
      } else if (k === TokenKind.Word) {
        if (isWord(ctx, i, 'quý')) quarter(ctx, i, found);
        else if (isWord(ctx, i, 'nửa')) halfYear(ctx, i, found);
        else if (isWord(ctx, i + 1, 'tháng') && spaced(ctx, i) && NUMBER_WORDS.has(lowerAt(ctx, i))) monthPeriod(ctx, i, found);
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      const value = resolve(f.parts, yearless(f.parts) ? contextYear(ctx, found, k) : -1);
      if (value !== null) out.push({ type: 'date', start: f.start, end: f.end, value, rule: f.rule });
    }
    return out;
  },
};
