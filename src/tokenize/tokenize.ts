import type { Alignment } from '../core/alignment.js';
import { VntextOptionError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { type TextInput, readInput } from '../core/input.js';
import { Scanner } from './scanner.js';
import { TextCache } from './text-cache.js';
import { scanTokens } from './token-table.js';
import { KIND_NAMES, TOKEN_KIND_NAMES, type TokenKindName } from './token-kind.js';

/**
 * A token. `text` is `input.slice(start, end)`; for `{ text, alignment }` input it is the
 * clean form and `start`/`end` point into the original string.
 *
 * @example
 * const t: Token = { text: 'HTX', start: 0, end: 3, kind: 'abbreviation' };
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKindName;
}

/**
 * Options of {@link tokenize}, {@link tokenIterator} and {@link countTokens}.
 *
 * @example
 * tokenize(text, { exclude: ['punctuation', 'symbol', 'emoji'] });
 */
export interface TokenizeOptions {
  /**
   * Kinds to leave out of the result, e.g. `['punctuation', 'symbol']` for words and values
   * only. Default: none.
   */
  readonly exclude?: readonly TokenKindName[];
}

const KNOWN: readonly (keyof TokenizeOptions)[] = ['exclude'];

/** Bit set of excluded kind codes (bit k set: drop code k). */
function excludedKinds(fn: string, options: TokenizeOptions | undefined): number {
  const o = readOptions<TokenizeOptions>(fn, options, KNOWN);
  const list = o.exclude;
  if (list === undefined) return 0;
  const expected = `an array of token kinds (${TOKEN_KIND_NAMES.map((k) => `'${k}'`).join(', ')})`;
  if (!Array.isArray(list)) throw new VntextOptionError(fn, 'exclude', expected, list);
  let mask = 0;
  for (const name of list) {
    const code = typeof name === 'string' ? KIND_NAMES.indexOf(name as TokenKindName, 1) : -1;
    if (code < 1) throw new VntextOptionError(fn, 'exclude', expected, name);
    mask |= 1 << code;
  }
  return mask;
}

function makeToken(text: string, start: number, end: number, kind: number, alignment: Alignment | null, cache: TextCache | null): Token {
  const t = cache === null ? text.slice(start, end) : cache.get(text, start, end);
  if (alignment === null) return { text: t, start, end, kind: KIND_NAMES[kind]! };
  const span = alignment.toInput(start, end);
  return { text: t, start: span.start, end: span.end, kind: KIND_NAMES[kind]! };
}

/**
 * Splits text into tokens: syllable-level words, numbers, dates, times, URLs, e-mails, phone
 * numbers, abbreviations, punctuation, symbols, emoji, hashtags and mentions. Every
 * character except white space belongs to exactly one token, and `start`/`end` are UTF-16
 * offsets into the input (for `{ text, alignment }`, into the original string).
 *
 * @example
 * tokenize('Ngày 23/10/2023, HTX có 2.270 thành viên.').map((t) => `${t.text}:${t.kind}`);
 * // ['Ngày:word', '23/10/2023:date', ',:punctuation', 'HTX:abbreviation', 'có:word',
 * //  '2.270:number', 'thành:word', 'viên:word', '.:punctuation']
 */
export function tokenize(input: TextInput, options?: TokenizeOptions): Token[] {
  const { text, alignment } = readInput('tokenize', input);
  const mask = excludedKinds('tokenize', options);
  if (alignment === null && mask === 0) return allTokens(text);
  const s = new Scanner(text);
  const cache = TextCache.forText(text);
  const out: Token[] = [];
  let k: number;
  while ((k = s.next()) !== 0) {
    if ((mask & (1 << k)) !== 0) continue;
    out.push(makeToken(text, s.tokenStart, s.tokenEnd, k, alignment, cache));
  }
  return out;
}

/**
 * The common case of {@link tokenize}: every token of a plain string, in one of two ways.
 *
 * A long text (where {@link TextCache.forText} gives a cache) is scanned into typed arrays
 * first, so that the token array is allocated at its exact size (an estimate from the length
 * would be a third too large on prose, and this array alone is 7 MB for 5 MB of text), and
 * the tokens share their strings through the cache.
 *
 * A short text is tokenized as the scanner goes, with plain slices, into an array sized from
 * the length and trimmed: allocating typed arrays would cost as much as the scan itself on a
 * sentence. The two literal sites also let the engine learn separately that long-text tokens
 * survive (and allocate them directly in the old generation) while short-text tokens mostly
 * die young.
 *
 * Measured against alternatives on the bench prose: token literals, not class instances
 * (instances are never allocated in the old generation directly, so every young-generation
 * collection copies them: 20-30% slower on 5 MB), and arrays sized up front, not filled by
 * `push` (which copies the array as it grows: 20-30% slower too).
 */
function allTokens(text: string): Token[] {
  const cache = TextCache.forText(text);
  if (cache !== null) {
    const { count, start, end, kind } = scanTokens(text);
    const out = new Array<Token>(count);
    for (let i = 0; i < count; i++) {
      const s = start[i]!;
      const e = end[i]!;
      out[i] = { text: cache.get(text, s, e), start: s, end: e, kind: KIND_NAMES[kind[i]!]! };
    }
    return out;
  }
  const s = new Scanner(text);
  // Prose averages four to five code units per token, space included.
  const out = new Array<Token>((text.length >>> 2) + 16);
  let n = 0;
  let k: number;
  while ((k = s.next()) !== 0) {
    const start = s.tokenStart;
    const end = s.tokenEnd;
    out[n++] = { text: text.slice(start, end), start, end, kind: KIND_NAMES[k]! };
  }
  out.length = n;
  return out;
}

/**
 * Like {@link tokenize}, one token at a time: for streaming, or to stop early.
 *
 * @example
 * for (const t of tokenIterator(article)) {
 *   if (t.kind === 'url') console.log(t.text);
 * }
 */
export function tokenIterator(input: TextInput, options?: TokenizeOptions): Generator<Token, void, undefined> {
  // Checked here, not inside the generator, so a bad call throws where it is made.
  const { text, alignment } = readInput('tokenIterator', input);
  const mask = excludedKinds('tokenIterator', options);
  return iterate(text, alignment, mask);
}

function* iterate(text: string, alignment: Alignment | null, mask: number): Generator<Token, void, undefined> {
  const s = new Scanner(text);
  const cache = TextCache.forText(text);
  let k: number;
  while ((k = s.next()) !== 0) {
    if ((mask & (1 << k)) !== 0) continue;
    yield makeToken(text, s.tokenStart, s.tokenEnd, k, alignment, cache);
  }
}

/**
 * The number of tokens {@link tokenize} would return, without creating them.
 *
 * @example
 * countTokens('Giá 1.250.000,50 đồng.'); // 4
 * countTokens('Giá 1.250.000,50 đồng.', { exclude: ['punctuation'] }); // 3
 */
export function countTokens(input: TextInput, options?: TokenizeOptions): number {
  const { text } = readInput('countTokens', input);
  const mask = excludedKinds('countTokens', options);
  const s = new Scanner(text);
  let count = 0;
  let k: number;
  if (mask === 0) {
    while (s.next() !== 0) count++;
    return count;
  }
  while ((k = s.next()) !== 0) if ((mask & (1 << k)) === 0) count++;
  return count;
}
