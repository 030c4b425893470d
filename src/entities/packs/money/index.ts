import { TokenKind } from '../../../tokenize/token-kind.js';
import { amountRangeAt } from '../../amounts.js';
import { isWord, lowerAt, spaced, textAt, tight, type EntityContext } from '../../context.js';
import type { Candidate } from '../../types.js';
import type { RulePack } from '../index.js';
import { damagedCurrencies } from './damaged.js';
import { collect } from '../../rules.js';

// Money (ENTITIES.md): an amount and its currency word, `.` grouping thousands and `,`
// marking decimals: `50.000đ` · `2.500 USD` · `1,2 tỷ đồng` · `1 tỷ 200 triệu đồng` ·
// `3,8-5,5 triệu đồng` · `48 tỷ VNĐ` · `7.500 euro` · `$500`. A rate after the currency
// (`/người/tháng`) and words before the amount (`hơn`, `khoảng`) stay outside. An amount
// without a currency word is no money here (`5 tỷ` could count anything).

/** One-word currencies, in lower case. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['đồng', 'VND'],
  ['đ', 'VND'],
  ['vnđ', 'VND'],
  ['vnd', 'VND'],
  ['usd', 'USD'],
  ['đôla', 'USD'],
  ['euro', 'EUR'],
  ['eur', 'EUR'],
  ['ndt', 'CNY'],
  ['cny', 'CNY'],
  ['gbp', 'GBP'],
  ['krw', 'KRW'],
  ['thb', 'THB'],
  ['sgd', 'SGD'],
  ['aud', 'AUD'],
  ['won', 'KRW'],
  ['yen', 'JPY'],
  ['yên', 'JPY'],
  ['jpy', 'JPY'],
  ['rúp', 'RUB'],
]);

/** Two- and three-word currencies: `đô la (Mỹ)`, `yên Nhật`, `nhân dân tệ`, `bảng Anh`. */
const CURRENCY_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['đô', 'la', 'mỹ'], 'USD'],
  [['đô', 'la'], 'USD'],
  [['nhân', 'dân', 'tệ'], 'CNY'],
  [['yên', 'nhật'], 'JPY'],
  [['bảng', 'anh'], 'GBP'],
];

/** Words after `đồng` that make it no currency: `3 đồng chí`, `2 đồng tác giả`. */
const NOT_DONG: ReadonlySet<string> = new Set(['chí', 'bào', 'hương', 'tác', 'hồ', 'đội', 'loạt', 'thời', 'bộ', 'minh', 'ý', 'lòng', 'tâm', 'nghiệp', 'môn', 'hành', 'đều', 'cỏ', 'ruộng', 'bằng', 'phục', 'sở', 'chủ']);

/** The currency that starts at token `j` (right after an amount): [code, last token] or null. */
function currencyAt(ctx: EntityContext, j: number): [string, number] | null {
  for (const [words, code] of CURRENCY_PHRASES) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = isWord(ctx, j + k, words[k]!) && (k === 0 || spaced(ctx, j + k - 1));
    if (ok) return [code, j + words.length - 1];
  }
  const w = lowerAt(ctx, j);
  const code = CURRENCY_WORDS.get(w);
  if (code === undefined) return null;
  if (w === 'đồng' && spaced(ctx, j) && NOT_DONG.has(lowerAt(ctx, j + 1))) return null;
  // `đ` is the currency only as the last letter of an amount (`50.000đ`, `50.000 đ`), not a word.
  if (w === 'đ' && ctx.tokens.kind[j] !== TokenKind.Word) return null;
  return [code, j];
}

const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;

/**
 * `ñoàng/kg`, `120.000®/chai`: a currency word left damaged right after an amount ending at
 * `p` (one space between, or none for the one-letter forms): where it ends, or -1.
 */
function damagedCurrencyEnd(ctx: EntityContext, p: number): number {
  const text = ctx.text;
  const q = text.charCodeAt(p) === 0x20 ? p + 1 : p;
  const c = text.charCodeAt(q);
  if (Number.isNaN(c) || c < 0x80 && c !== 0x64 && c !== 0x76 && c !== 0x44 && c !== 0x56) return -1; // d, v, D, V or non-ASCII
  const lower = text.slice(q, q + 8).toLowerCase();
  for (const [form] of damagedCurrencies()) {
    if ((form.length < 3 && q !== p) || !lower.startsWith(form)) continue;
    const e = q + form.length;
    if (e < text.length && WORDLIKE.test(text[e]!)) continue;
    return e;
  }
  return -1;
}

/** An amount with its currency after it, or `$` before it. */
function money(ctx: EntityContext, i: number): Candidate | null {
  const a = amountRangeAt(ctx, i);
  if (a === null) return null;
  let first = a.first;
  let last = a.last;
  let currency: string;
  // $500 · US$ 2 triệu
  if (tight(ctx, i - 1) && textAt(ctx, i - 1) === '$') {
    currency = 'USD';
    first = i - 1;
  } else {
    const c = tight(ctx, last) || spaced(ctx, last) ? currencyAt(ctx, last + 1) : null;
    if (c === null) {
      const end = damagedCurrencyEnd(ctx, ctx.tokens.end[last]!);
      if (end < 0) return null;
      const value = a.range ? { min: a.min, max: a.max, currency: 'VND' } : { amount: a.min, currency: 'VND' };
      return { type: 'money', start: ctx.tokens.start[first]!, end, value, rule: 'money/damaged-currency' };
    }
    [currency, last] = c;
  }
  const value = a.range ? { min: a.min, max: a.max, currency } : { amount: a.min, currency };
  return { type: 'money', start: ctx.tokens.start[first]!, end: ctx.tokens.end[last]!, value, rule: a.range ? 'money/range' : 'money/amount' };
}

/**
 * The money pack.
 *
 * @example
 * moneyPack.find(ctx); // for '3,8-5,5 triệu đồng': [{ type: 'money', value: { min: 3800000, max: 5500000, currency: 'VND' }, … }]
 */
export const moneyPack: RulePack = {
  name: 'money',
  types: ['money'],
  find: (ctx: EntityContext): Candidate[] => collect(ctx, TokenKind.Number, money),
};
