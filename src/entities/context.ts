import type { Alignment } from '../core/alignment.js';
import { scanTokens, type TokenTable } from '../tokenize/token-table.js';

/**
 * What every rule pack reads: the prepared text and its token table, computed once per call.
 * Offsets here are offsets of `text` (the clean text), never of the caller's string.
 */
export interface EntityContext {
  /** The repaired and normalized text. */
  readonly text: string;
  /** Maps offsets of `text` back to the caller's string. */
  readonly alignment: Alignment;
  /** Tokens of `text` (kinds: word, number, date, time, url, email, phone, abbreviation …). */
  readonly tokens: TokenTable;
  /** Year, month, day used for dates written without a year. */
  readonly referenceDate: { readonly year: number; readonly month: number; readonly day: number } | null;
}

/** Builds the context rule packs share. */
export function createContext(
  text: string,
  alignment: Alignment,
  referenceDate: EntityContext['referenceDate'],
): EntityContext {
  return { text, alignment, tokens: scanTokens(text), referenceDate };
}

// Token helpers every pack uses. Rules compare words in lower case; the lower-cased token
// texts are made once per context, on first use, and shared by all packs.
const lowered = new WeakMap<EntityContext, string[]>();

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
  let words = lowered.get(ctx);
  if (words === undefined) {
    words = new Array<string>(t.count);
    lowered.set(ctx, words);
  }
  let w = words[i];
  if (w === undefined) {
    w = ctx.text.slice(t.start[i], t.end[i]).toLowerCase();
    words[i] = w;
  }
  return w;
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
