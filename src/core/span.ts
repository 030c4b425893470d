/**
 * A half-open range `[start, end)` of UTF-16 code-unit offsets into the string the caller
 * passed in, so that `input.slice(start, end)` is the text it covers.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}
