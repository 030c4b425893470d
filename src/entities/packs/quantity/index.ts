import { TokenKind } from '../../../tokenize/token-kind.js';
import { amountAt } from '../../amounts.js';
import { lowerAt, spaced, textAt, type EntityContext } from '../../context.js';
import type { Candidate } from '../../types.js';
import type { RulePack } from '../index.js';
import { collect } from '../../rules.js';

// Numbers and counted amounts (ENTITIES.md: returned, not scored): `2.270 thành viên` →
// quantity `{ value: 2270, unit: 'thành viên' }`, `2 triệu người` → 2000000 người, and a
// number with no unit word after it → number. They give way to every other type: `2.500 USD`
// is money and `năm 2024` a date, so the refiners drop a quantity that overlaps them.

/** Words after a number that are no unit: conjunctions, prepositions, verbs of comparison. */
const NOT_UNITS: ReadonlySet<string> = new Set(['và', 'hoặc', 'đến', 'tới', 'với', 'của', 'là', 'trong', 'so', 'trên', 'dưới', 'thì', 'mà', 'có', 'được', 'đã', 'sẽ', 'cho', 'tại', 'ở', 'từ', 'hay', 'nhưng']);

/** Units of two syllables the rules keep whole. */
const TWO_WORD_UNITS: ReadonlySet<string> = new Set([
  'thành viên',
  'hội viên',
  'lao động',
  'doanh nghiệp',
  'sản phẩm',
  'học sinh',
  'sinh viên',
  'thí sinh',
  'hợp tác',
  'tổ hợp',
  'hộ dân',
  'hộ gia',
  'người dân',
  'đại biểu',
  'khán giả',
  'cán bộ',
  'công nhân',
  'bệnh nhân',
  'mét vuông',
  'ki-lô-gam',
  'lượt khách',
]);

const LOWER_START = /^[\p{Ll}]/u;

function quantity(ctx: EntityContext, i: number): Candidate | null {
  const a = amountAt(ctx, i);
  if (a === null) return null;
  let last = a.last;
  let unit: string | undefined;
  const w = spaced(ctx, last) && ctx.tokens.kind[last + 1] === TokenKind.Word ? lowerAt(ctx, last + 1) : '';
  if (w !== '' && !NOT_UNITS.has(w) && LOWER_START.test(textAt(ctx, last + 1))) {
    last++;
    unit = w;
    const two = `${w} ${lowerAt(ctx, last + 1)}`;
    if (spaced(ctx, last) && TWO_WORD_UNITS.has(two)) {
      last++;
      unit = two;
    }
  }
  const start = ctx.tokens.start[i]!;
  const end = ctx.tokens.end[last]!;
  return unit === undefined
    ? { type: 'number', start, end, value: a.value, rule: 'number/plain' }
    : { type: 'quantity', start, end, value: { value: a.value, unit }, rule: 'quantity/unit' };
}

/**
 * The number and quantity pack.
 *
 * @example
 * quantityPack.find(ctx); // for '2.270 thành viên': [{ type: 'quantity', value: { value: 2270, unit: 'thành viên' }, … }]
 */
export const quantityPack: RulePack = {
  name: 'quantity',
  types: ['number', 'quantity'],
  find: (ctx: EntityContext): Candidate[] => collect(ctx, TokenKind.Number, quantity),
};
