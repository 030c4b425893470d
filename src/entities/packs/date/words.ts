// Word lists of the date and time packs, compared in lower case.

/** Times of day: after a clock time they are inside it and move the hour (`8 giờ tối` → 20:00). */
export const DAYPARTS: ReadonlySet<string> = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya']);

/** Words before a date that stay outside it: times of day (`sáng 12/6`), `hôm 5/3`, `rạng sáng`. */
export const BEFORE_DATE: ReadonlySet<string> = new Set([...DAYPARTS, 'rạng', 'hôm', 'nay']);

/** The second word of a weekday after `thứ`: `Thứ Hai` … `Thứ Bảy`, `Thứ 2` … `Thứ 7`. */
export const WEEKDAY_AFTER_THU: ReadonlySet<string> = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', '2', '3', '4', '5', '6', '7']);

/** Words before a year range that stay outside it: `giai đoạn 2021-2025`, `nhiệm kỳ 2023-2028`. */
export const PERIOD_WORDS: ReadonlySet<string> = new Set(['đoạn', 'kỳ', 'kì']);

/** Quarter numbers: `quý III`, `quý 3`. */
export const QUARTERS: ReadonlyMap<string, number> = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['bốn', 4],
  ['tư', 4],
]);
