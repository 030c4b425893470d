import { VntextInputError } from '../core/errors.js';

/**
 * Numeric kind codes stored in `TokenTable.kind`. They are part of the public contract (the
 * segmenter and entity rules read tables directly), so codes never change meaning; new kinds
 * get new numbers. Code 0 is never a kind.
 *
 * @example
 * import { scanTokens, TokenKind } from 'vntext/tokenize';
 * const t = scanTokens('HTX có 2.270 thành viên');
 * t.kind[0] === TokenKind.Abbreviation; // true
 */
export const TokenKind = Object.freeze({
  Word: 1,
  Number: 2,
  Date: 3,
  Time: 4,
  Url: 5,
  Email: 6,
  Phone: 7,
  Abbreviation: 8,
  Punctuation: 9,
  Symbol: 10,
  Emoji: 11,
  Hashtag: 12,
  Mention: 13,
} as const);

/**
 * One of the numeric codes in {@link TokenKind}.
 *
 * @example
 * const code: TokenKindCode = TokenKind.Email; // 6
 */
export type TokenKindCode = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * The kind of a token as a string, as in `Token.kind`.
 *
 * @example
 * const wanted: TokenKindName[] = ['date', 'time'];
 */
export type TokenKindName =
  | 'word'
  | 'number'
  | 'date'
  | 'time'
  | 'url'
  | 'email'
  | 'phone'
  | 'abbreviation'
  | 'punctuation'
  | 'symbol'
  | 'emoji'
  | 'hashtag'
  | 'mention';

/**
 * Kind names indexed by code. Slot 0 is a placeholder so lookups need no offset.
 *
 * @example
 * KIND_NAMES[TokenKind.Url]; // 'url'
 */
export const KIND_NAMES: readonly TokenKindName[] = Object.freeze([
  'word',
  'word',
  'number',
  'date',
  'time',
  'url',
  'email',
  'phone',
  'abbreviation',
  'punctuation',
  'symbol',
  'emoji',
  'hashtag',
  'mention',
]);

/**
 * Every kind name, in code order.
 *
 * @example
 * TOKEN_KIND_NAMES[0]; // 'word'
 */
export const TOKEN_KIND_NAMES: readonly TokenKindName[] = Object.freeze(KIND_NAMES.slice(1));

/**
 * The string name of a numeric kind code.
 *
 * @example
 * tokenKindName(TokenKind.Phone); // 'phone'
 */
export function tokenKindName(code: number): TokenKindName {
  const name = Number.isInteger(code) && code >= 1 && code < KIND_NAMES.length ? KIND_NAMES[code] : undefined;
  if (name === undefined) {
    throw new VntextInputError('tokenKindName', `a token kind code (an integer from 1 to ${KIND_NAMES.length - 1}: a value of TokenKind)`, code);
  }
  return name;
}

/**
 * The numeric code of a kind name.
 *
 * @example
 * tokenKindCode('date') === TokenKind.Date; // true
 */
export function tokenKindCode(name: TokenKindName): TokenKindCode {
  const code = KIND_NAMES.indexOf(name, 1);
  if (code < 1) {
    throw new VntextInputError('tokenKindCode', `a token kind name (${TOKEN_KIND_NAMES.map((n) => `'${n}'`).join(', ')})`, name);
  }
  return code as TokenKindCode;
}
