/**
 * Whether the UTF-16 code unit `c` is an ASCII digit 0-9 (Vietnamese numbers, dates and
 * phones are written with these; other scripts' digits are letters to the tokenizer).
 *
 * @example
 * isAsciiDigit('7'.charCodeAt(0)); // true
 */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
