import type { Alignment } from '../core/alignment.js';
import { TableReader, tokenTableOf, type TokenTable } from '../tokenize/token-table.js';

/**
 * What every rule pack reads: the prepared text and its token table, computed once per call.
 * Offsets here are offsets of `text` (the clean text), never of the caller's string.
 */
export interface EntityContext {
  /** The repaired and normalized text. */
  readonly text: string;
  /** Maps offsets of `text` back to the caller's string. */
  readonly alignment: Alignment;
  /** Tokens of `text` (kinds: word, number, date, time, url, email, phone, abbreviation …): the shared table of `tokenTableOf`, read only. */
  readonly tokens: TokenTable;
  /** Year, month, day used for dates written without a year. */
  readonly referenceDate: { readonly year: number; readonly month: number; readonly day: number } | null;
  /**
   * `text` in lower case, same offsets, for comparing words in place (see {@link isWord});
   * absent when lower-casing changes the length (a rare letter like `İ` grows).
   */
  readonly lower?: string;
}

/** Builds the context rule packs share. */
export function createContext(
  text: string,
  alignment: Alignment,
  referenceDate: EntityContext['referenceDate'],
): EntityContext {
  const lower = text.toLowerCase();
  return lower.length === text.length
    ? { text, alignment, tokens: tokenTableOf(text, TableReader.Entities), referenceDate, lower }
    : { text, alignment, tokens: tokenTableOf(text, TableReader.Entities), referenceDate };
}

// Token helpers every pack uses. Rules compare words in lower case, in place in `ctx.lower`.

/**
 * The text of token `i` in lower case, or `''` when `i` is out of range (so rules can look
 * ahead and behind without bounds checks).
 *
 * @example
 * lowerAt(ctx, 0); // 'ngày' for 'Ngày 18/4/2024'
 */
export function lowerAt(ctx: EntityContext, i: number): string {
  const t = ctx.tokens;
  if (i < 0 || i >= t.count) return '';
  const l = ctx.lower;
  return l === undefined ? ctx.text.slice(t.start[i], t.end[i]).toLowerCase() : l.slice(t.start[i], t.end[i]);
}

/**
 * Whether token `i` is `word` (given in lower case), in any case, without making a string.
 *
 * @example
 * isWord(ctx, 0, 'ngày'); // true for 'Ngày 18/4/2024'
 */
export function isWord(ctx: EntityContext, i: number, word: string): boolean {
  const t = ctx.tokens;
  if (i < 0 || i >= t.count) return false;
  const s = t.start[i]!;
  if (t.end[i]! - s !== word.length) return false;
  const l = ctx.lower;
  return l === undefined ? ctx.text.slice(s, t.end[i]).toLowerCase() === word : l.startsWith(word, s);
}

/**
 * The text of token `i` as written, or `''` out of range.
 *
 * @example
 * textAt(ctx, 1); // '18/4/2024'
 */
export function textAt(ctx: EntityContext, i: number): string {
  const t = ctx.tokens;
  return i < 0 || i >= t.count ? '' : ctx.text.slice(t.start[i], t.end[i]);
}

/**
 * Whether tokens `i` and `i + 1` touch (nothing between them: `15` `-` `16`).
 *
 * @example
 * tight(ctx, 0); // false for 'Ngày 18/4/2024'
 */
export function tight(ctx: EntityContext, i: number): boolean {
  const t = ctx.tokens;
  return i >= 0 && i + 1 < t.count && t.end[i] === t.start[i + 1];
}

/**
 * Whether tokens `i` and `i + 1` are separated by spaces on one line (`Ngày` ` ` `18/4/2024`).
 * A line break ends a phrase: a date never runs on into the next line.
 *
 * @example
 * spaced(ctx, 0); // true for 'Ngày 18/4/2024'
 */
export function spaced(ctx: EntityContext, i: number): boolean {
  const t = ctx.tokens;
  if (i < 0 || i + 1 >= t.count) return false;
  const a = t.end[i]!;
  const b = t.start[i + 1]!;
  if (b === a || b - a > 3) return false;
  for (let k = a; k < b; k++) {
    const c = ctx.text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

/**
 * Tokens `i` and `i + 1` either touch or are separated by spaces on one line.
 *
 * @example
 * near(ctx, 0); // true
 */
export const near = (ctx: EntityContext, i: number): boolean => tight(ctx, i) || spaced(ctx, i);
