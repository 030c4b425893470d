import { TokenKind } from '../tokenize/token-kind.js';
import { lowerAt, spaced, textAt, tight, type EntityContext } from './context.js';
import { readNumber, roundValue, SCALES } from './numbers.js';

// Amounts as the money, percent and quantity packs read them from the token table:
//   2.270 · 3,8 · 1,2 tỷ · 30 nghìn · 2 nghìn tỷ · 1 tỷ 200 triệu
// and ranges written with a dash, the scale written once (`3,8-5,5 triệu` is 3.8 to 5.5
// million, `95.000-105.000`).

/** An amount read from tokens `first..last`. */
export interface Amount {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  /** The product of its scale words (1 when none): `1,2 tỷ` → 1e9. */
  readonly scale: number;
}

/** A single amount or a range `min-max`. */
export interface AmountRange {
  readonly first: number;
  readonly last: number;
  readonly min: number;
  readonly max: number;
  readonly range: boolean;
}

/** Token `i` is a plain number (no `%`): its value, or null. */
export function numberAt(ctx: EntityContext, i: number): number | null {
  if (ctx.tokens.kind[i] !== TokenKind.Number) return null;
  return readNumber(ctx.text, ctx.tokens.start[i]!, ctx.tokens.end[i]!);
}

/** The scale word at token `i` (`nghìn`, `triệu`, `tỷ` …): its value, or 0. */
function scaleAt(ctx: EntityContext, i: number): number {
  const n = ctx.tokens.end[i]! - ctx.tokens.start[i]!;
  return n >= 2 && n <= 5 && ctx.tokens.kind[i] === TokenKind.Word ? (SCALES.get(lowerAt(ctx, i)) ?? 0) : 0;
}

/** End token of the scale words after token `last` (`nghìn tỷ`); their product in `scaleOut`. */
let scaleOut = 1;
function scalesAfter(ctx: EntityContext, last: number): number {
  let scale = 1;
  let k = last;
  while (spaced(ctx, k)) {
    const s = scaleAt(ctx, k + 1);
    if (s === 0) break;
    scale *= s;
    k++;
  }
  scaleOut = scale;
  return k;
}

/**
 * The amount at token `i`, with its scale words and the smaller terms after them
 * (`1 tỷ 200 triệu`), or null.
 *
 * @example
 * amountAt(ctx, i); // for '1 tỷ 200 triệu đồng': { value: 1200000000, scale: 1e9, … }
 */
export function amountAt(ctx: EntityContext, i: number): Amount | null {
  const n = numberAt(ctx, i);
  if (n === null) return null;
  let last = scalesAfter(ctx, i);
  const scale = scaleOut;
  let value = n * scale;
  let smallest = scale;
  while (smallest > 1 && spaced(ctx, last)) {
    const m = numberAt(ctx, last + 1);
    if (m === null) break;
    const k = scalesAfter(ctx, last + 1);
    const s = scaleOut;
    if (s === 1 || s >= smallest) break;
    value += m * s;
    smallest = s;
    last = k;
  }
  return { first: i, last, value: roundValue(value), scale };
}

const isDash = (t: string): boolean => t === '-' || t === '–';

/**
 * An amount or a dash range of amounts starting at token `i`: `3,8-5,5 triệu`, `95.000 -
 * 105.000`; the first amount takes the second's scale when it has none.
 */
export function amountRangeAt(ctx: EntityContext, i: number): AmountRange | null {
  const a = amountAt(ctx, i);
  if (a === null) return null;
  const d = a.last + 1;
  const joined = (tight(ctx, a.last) && tight(ctx, d)) || (spaced(ctx, a.last) && spaced(ctx, d));
  if (joined && isDash(textAt(ctx, d))) {
    const b = amountAt(ctx, d + 1);
    if (b !== null) {
      const min = a.scale === 1 ? roundValue(a.value * b.scale) : a.value;
      if (min < b.value) return { first: i, last: b.last, min, max: b.value, range: true };
    }
  }
  return { first: i, last: a.last, min: a.value, max: a.value, range: false };
}
