/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into the string the caller
 * passed in, so that `input.slice(start, end)` is the text it covers.
 *
 * @example
 * const raw = 'Bà ở lại. Ông về.';
 * const [, second] = sentences(raw);   // { text: 'Ông về.', start: 10, end: 17 }
 * raw.slice(second.start, second.end); // 'Ông về.'
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}
