import { TokenKind } from '../../../tokenize/token-kind.js';
import { isWord, lowerAt, spaced, textAt, tight, type EntityContext } from '../../context.js';
import type { Candidate } from '../../types.js';
import type { RulePack } from '../index.js';
import { collect } from '../../rules.js';
import { DAYPARTS } from '../date/words.js';

// Clock times (ENTITIES.md): the tokenizer's time tokens (`16:20:27`, `15h30`, `8h`, `7g30`)
// and hours written out (`8 giờ 30 phút`, `16 giờ 05`, `9 giờ sáng`). A time-of-day word
// right after the time is inside it and moves the hour (`8 giờ tối` → 20:00); `lúc`,
// `khoảng`, `đúng` stay outside. Durations are not times: `trong 2 giờ`, `sau 8h`, `8h/ngày`.

/** Words before an hour count that make it a duration: `trong 2 giờ`, `mất 3 giờ 30 phút`. */
const DURATION_BEFORE: ReadonlySet<string> = new Set(['trong', 'sau', 'mất', 'suốt', 'hơn', 'gần', 'được', 'dài', 'vòng', 'tận', 'những', 'các', 'mỗi', 'mấy']);

/** Words of approximation that may stand between a duration word and the count. */
const APPROX: ReadonlySet<string> = new Set(['khoảng', 'tầm', 'chừng', 'gần', 'hơn']);

/** Words before a bare hour (`lúc 8 giờ`) that make it a clock time. */
const CLOCK_BEFORE: ReadonlySet<string> = new Set(['lúc', 'vào', 'đúng', 'từ', 'đến', 'tới', 'khoảng', 'tầm', 'hồi']);

const pad = (n: number): string => String(n).padStart(2, '0');

/** The hour moved by a time-of-day word: `8` `tối` → 20, `1` `chiều` → 13, `2` `đêm` → 2. */
function withDaypart(h: number, part: string): number {
  if (part === 'chiều' || part === 'tối') return h >= 1 && h < 12 ? h + 12 : h;
  if (part === 'trưa') return h >= 1 && h <= 4 ? h + 12 : h;
  if (part === 'đêm' || part === 'khuya') return h >= 6 && h < 12 ? h + 12 : h === 12 ? 0 : h;
  return h; // sáng
}

/** Token `i` is a number of at most two digits standing alone: its value, or -1. */
function small(ctx: EntityContext, i: number): number {
  if (ctx.tokens.kind[i] !== TokenKind.Number || tight(ctx, i) || tight(ctx, i - 1)) return -1;
  const t = textAt(ctx, i);
  return /^\d{1,2}$/u.test(t) ? Number(t) : -1;
}

/** The time-of-day word right after token `last`, if any: its token, or -1. */
function daypartAfter(ctx: EntityContext, last: number): number {
  return spaced(ctx, last) && DAYPARTS.has(lowerAt(ctx, last + 1)) ? last + 1 : -1;
}

function candidate(ctx: EntityContext, first: number, last: number, h: number, m: number, s: number, rule: string): Candidate {
  const value = s >= 0 ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}`;
  return { type: 'time', start: ctx.tokens.start[first]!, end: ctx.tokens.end[last]!, value, rule };
}

/**
 * A time token: `16:20:27` · `09:05` · `15h30` · `8h` · `7g30` · `19h30 tối`.
 * Not `sau 8h` or `làm 8h/ngày` (durations).
 */
function clockToken(ctx: EntityContext, i: number): Candidate | null {
  const t = lowerAt(ctx, i);
  const m = /^(\d{1,2})(?:([:hg])(\d{2})?(?::(\d{2}))?)?$/u.exec(t);
  if (m === null) return null;
  let h = Number(m[1]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  const sec = m[4] === undefined ? -1 : Number(m[4]);
  if (h > 24 || min > 59 || sec > 59) return null;
  if (m[3] === undefined) {
    // `8h` alone: a duration after `trong`, `sau` …, or before `/ngày`.
    const before = lowerAt(ctx, i - 1);
    if (DURATION_BEFORE.has(before) || (APPROX.has(before) && DURATION_BEFORE.has(lowerAt(ctx, i - 2))) || (tight(ctx, i) && textAt(ctx, i + 1) === '/')) return null;
  }
  if (isWord(ctx, i + 1, 'qua') && spaced(ctx, i)) return null; // 24h qua: the past day
  let last = i;
  const dp = daypartAfter(ctx, i);
  if (dp >= 0) {
    h = withDaypart(h, lowerAt(ctx, dp));
    last = dp;
  }
  return candidate(ctx, i, last, h, min, sec, 'time/clock-token');
}

/**
 * Hours written out: `8 giờ 30 phút` · `16 giờ 05` · `9 giờ sáng` · `8 giờ rưỡi` ·
 * `lúc 8 giờ`. Not `trong 2 giờ`, `sau 3 giờ 30 phút`, `24 giờ qua` (durations).
 */
function hourWords(ctx: EntityContext, i: number): Candidate | null {
  if (!spaced(ctx, i) || !isWord(ctx, i + 1, 'giờ')) return null;
  const h0 = small(ctx, i);
  if (h0 < 0 || h0 > 24) return null;
  const before = lowerAt(ctx, i - 1);
  // `trong 2 giờ`, `mất khoảng 2 giờ`: durations.
  if (DURATION_BEFORE.has(before) || (APPROX.has(before) && DURATION_BEFORE.has(lowerAt(ctx, i - 2)))) return null;
  let last = i + 1;
  let min = 0;
  let explicit = false;
  if (spaced(ctx, last)) {
    const mm = small(ctx, last + 1);
    if (mm >= 0 && mm <= 59) {
      min = mm;
      last += 1;
      explicit = true;
      if (spaced(ctx, last) && isWord(ctx, last + 1, 'phút')) last += 1;
    } else if (isWord(ctx, last + 1, 'rưỡi')) {
      min = 30;
      last += 1;
      explicit = true;
    }
  }
  if (isWord(ctx, last + 1, 'đồng') || isWord(ctx, last + 1, 'qua')) return null; // 2 giờ đồng hồ, 24 giờ qua: durations
  let h = h0;
  const dp = daypartAfter(ctx, last);
  if (dp >= 0) {
    h = withDaypart(h, lowerAt(ctx, dp));
    last = dp;
  }
  // A bare `N giờ` is a time only where a clock reading is plain: `lúc 8 giờ`, `8 giờ sáng`,
  // `8 giờ ngày 5/3`.
  if (!explicit && dp < 0 && !CLOCK_BEFORE.has(before) && !isWord(ctx, last + 1, 'ngày')) return null;
  return candidate(ctx, i, last, h, min, -1, explicit ? 'time/hour-minute-words' : 'time/hour-words');
}

/**
 * The time pack.
 *
 * @example
 * timePack.find(ctx); // for 'lúc 8 giờ tối': [{ type: 'time', rule: 'time/hour-words', value: '20:00', … }]
 */
export const timePack: RulePack = {
  name: 'time',
  types: ['time'],
  find: (ctx: EntityContext): Candidate[] => [...collect(ctx, TokenKind.Time, clockToken), ...collect(ctx, TokenKind.Number, hourWords)],
};
