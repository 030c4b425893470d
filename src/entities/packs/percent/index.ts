import { TokenKind } from '../../../tokenize/token-kind.js';
import { numberAt } from '../../amounts.js';
import { isWord, spaced, textAt, tight, type EntityContext } from '../../context.js';
import { readNumber } from '../../numbers.js';
import type { Candidate } from '../../types.js';
import type { RulePack } from '../index.js';
import { collect } from '../../rules.js';

// Percentages (ENTITIES.md): `12,5%` (the tokenizer keeps the sign in the number token),
// `50 %`, `15 phần trăm`, and ranges `3,8-5,5%`, `3-5 phần trăm` → `{ min, max }`. Words before
// (`hơn`, `khoảng`) stay outside.

/** Token `i` is a number written with `%`: its value, or null. */
function signed(ctx: EntityContext, i: number): number | null {
  if (ctx.tokens.kind[i] !== TokenKind.Number) return null;
  const s = ctx.tokens.start[i]!;
  const e = ctx.tokens.end[i]!;
  if (e - s < 2 || ctx.text.charCodeAt(e - 1) !== 0x25) return null;
  return readNumber(ctx.text, s, e - 1);
}

/** `3,8-` or `10 - ` before token `i`: the range's first token and value, or null. */
function rangeStart(ctx: EntityContext, i: number, max: number): [number, number] | null {
  const d = textAt(ctx, i - 1);
  if (d !== '-' && d !== '–') return null;
  if (!(tight(ctx, i - 2) && tight(ctx, i - 1)) && !(spaced(ctx, i - 2) && spaced(ctx, i - 1))) return null;
  const min = numberAt(ctx, i - 2);
  return min !== null && min < max ? [i - 2, min] : null;
}

function percent(ctx: EntityContext, i: number): Candidate | null {
  let v = signed(ctx, i);
  let last = i;
  let rule = 'percent/sign';
  if (v === null) {
    if (!spaced(ctx, i)) return null;
    if (isWord(ctx, i + 1, '%')) last = i + 1; // 50 %
    else if (isWord(ctx, i + 1, 'phần') && spaced(ctx, i + 1) && isWord(ctx, i + 2, 'trăm')) last = i + 2; // 15 phần trăm
    else return null;
    v = numberAt(ctx, i);
    if (v === null) return null;
    rule = last === i + 1 ? 'percent/sign' : 'percent/words';
  }
  const r = rangeStart(ctx, i, v);
  const first = r === null ? i : r[0];
  const value = r === null ? { value: v } : { min: r[1], max: v };
  return { type: 'percent', start: ctx.tokens.start[first]!, end: ctx.tokens.end[last]!, value, rule: r === null ? rule : 'percent/range' };
}

/**
 * The percent pack.
 *
 * @example
 * percentPack.find(ctx); // for '15 phần trăm': [{ type: 'percent', value: { value: 15 }, … }]
 */
export const percentPack: RulePack = {
  name: 'percent',
  types: ['percent'],
  find: (ctx: EntityContext): Candidate[] => collect(ctx, TokenKind.Number, percent),
};
