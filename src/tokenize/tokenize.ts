import { type Alignment, SpanMapper } from '../core/alignment.js';
import { VntextOptionError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { type TextInput, readInput } from '../core/input.js';
import { Scanner } from './scanner.js';
import { TextCache } from './text-cache.js';
import { SHARE_LIMIT, TableReader, type TokenTable, tokenTableOf } from './token-table.js';
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

function makeToken(text: string, start: number, end: number, kind: number, mapper: SpanMapper | null, cache: TextCache | null): Token {
  const t = cache === null ? text.slice(start, end) : cache.get(text, start, end);
  if (mapper === null) return { text: t, start, end, kind: KIND_NAMES[kind]! };
  mapper.map(start, end);
  return { text: t, start: mapper.start, end: mapper.end, kind: KIND_NAMES[kind]! };
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
  if (text.length <= SHARE_LIMIT) return tableTokens(text, tokenTableOf(text, TableReader.Tokenize), alignment, mask);
  if (alignment === null && mask === 0) return allTokens(text);
  const s = new Scanner(text);
  const cache = TextCache.forText(text);
  const mapper = alignment === null ? null : new SpanMapper(alignment);
  const out: Token[] = [];
  let k: number;
  while ((k = s.next()) !== 0) {
    if ((mask & (1 << k)) !== 0) continue;
    out.push(makeToken(text, s.tokenStart, s.tokenEnd, k, mapper, cache));
  }
  return out;
}

/**
 * The tokens of an article (up to `SHARE_LIMIT` code units) from its shared token table (see
 * `tokenTableOf`): the scan that `segment`, `sentences` or `extractEntities` runs on the same
 * text next is then already done, and the other way round.
 */
function tableTokens(text: string, t: TokenTable, alignment: Alignment | null, mask: number): Token[] {
  if (alignment === null && mask === 0) return plainTableTokens(text, t);
  const { count, start, end, kind } = t;
  const mapper = alignment === null ? null : new SpanMapper(alignment);
  const out = new Array<Token>(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const k = kind[i]!;
    if ((mask & (1 << k)) !== 0) continue;
    out[n++] = makeToken(text, start[i]!, end[i]!, k, mapper, null);
  }
  out.length = n;
  return out;
}

function plainTableTokens(text: string, t: TokenTable): Token[] {
  const { count, start, end, kind } = t;
  const out = new Array<Token>(count);
  for (let i = 0; i < count; i++) {
    const s = start[i]!;
    const e = end[i]!;
    out[i] = { text: text.slice(s, e), start: s, end: e, kind: KIND_NAMES[kind[i]!]! };
  }
  return out;
}

/**
 * The common case of {@link tokenize}: every token of a plain string, in one pass.
 *
 * The array is sized from the length (prose averages four to five code units per token,
 * space included: 1-7% too large on the bench prose and the VTB text) and trimmed; it grows
 * if the text is denser. A long text (where {@link TextCache.forText} gives a cache) shares
 * the token strings through the cache; a short one uses plain slices. The two literal sites
 * let the engine learn separately that long-text tokens survive (and allocate them directly
 * in the old generation) while short-text tokens mostly die young.
 *
 * Measured against alternatives on the bench prose: token literals, not class instances
 * (instances are never allocated in the old generation directly, so every young-generation
 * collection copies them: 20-30% slower on 5 MB), and arrays sized up front, not filled by
 * `push` (which copies the array as it grows: 20-30% slower too). A long text used to be
 * scanned whole into typed arrays first, for an array of the exact size: those 10 MB of
 * buffers for 5 MB of text (memory outside the heap, which also hastens full collections)
 * and a second pass over text no longer in the CPU cache cost more than the trim saves
 * (called on a freshly collected heap, 0.47x natural's tokenizer before, 0.65x after; in
 * the bench's steady state the two are within its noise, about 1.0x).
 *
 * Where the time goes on the bench prose (905,516 tokens): the scan 30-40 ms, cache
 * lookups 15 ms, and the 905,516 objects (56 bytes each, 50 MB) plus the 7 MB array about
 * 45 ms on their own, two thirds of it the kernel handing the engine fresh pages (14,000
 * page faults a call); then the collections those 57 MB of old-generation memory bring.
 * Nothing short of fewer or smaller objects moves that part. Tried and dropped: making
 * the cached strings old (a young string pointed to by old token objects is recorded for
 * every token, and the next young-generation collection walks those records) by
 * internalizing a string on its second sighting: fewer and shorter young collections, but
 * the bench was slower (0.77x against 0.99x, median of five runs).
 */
function allTokens(text: string): Token[] {
  const cache = TextCache.forText(text);
  return cache === null ? slicedTokens(text) : cachedTokens(text, cache);
}

/** Tokens per chunk in {@link cachedTokens}: 18 KB of typed arrays, which stay in the CPU cache. */
const CHUNK = 2048;

/**
 * Scans a chunk of tokens into small typed arrays, then makes their objects, and repeats:
 * two tight loops in functions of their own, so that each gets the engine's whole inlining
 * budget (`Scanner.next` in one, `TextCache.get` in the other; with both in one loop the
 * cache lookup was not inlined) and the text a lookup reads was scanned a moment before.
 */
function cachedTokens(text: string, cache: TextCache): Token[] {
  const s = new Scanner(text);
  const out = new Array<Token>(estimatedCount(text));
  const buffer = new ArrayBuffer(CHUNK * 9);
  const start = new Uint32Array(buffer, 0, CHUNK);
  const end = new Uint32Array(buffer, CHUNK * 4, CHUNK);
  const kind = new Uint8Array(buffer, CHUNK * 8, CHUNK);
  let n = 0;
  for (;;) {
    const m = scanChunk(s, start, end, kind);
    n = chunkTokens(text, cache, out, n, m, start, end, kind);
    if (m < CHUNK) break;
  }
  out.length = n;
  return out;
}

/** Fills the chunk from the scanner; returns the number of tokens, less than `CHUNK` at the end. */
function scanChunk(s: Scanner, start: Uint32Array, end: Uint32Array, kind: Uint8Array): number {
  let m = 0;
  let k: number;
  while (m < CHUNK && (k = s.next()) !== 0) {
    start[m] = s.tokenStart;
    end[m] = s.tokenEnd;
    kind[m] = k;
    m++;
  }
  return m;
}

/** Writes the `m` tokens of the chunk to `out` from index `n`; returns the new count. */
function chunkTokens(text: string, cache: TextCache, out: Token[], n: number, m: number, start: Uint32Array, end: Uint32Array, kind: Uint8Array): number {
  for (let i = 0; i < m; i++) {
    const s = start[i]!;
    const e = end[i]!;
    out[n++] = { text: cache.get(text, s, e), start: s, end: e, kind: KIND_NAMES[kind[i]!]! };
  }
  return n;
}

function slicedTokens(text: string): Token[] {
  const s = new Scanner(text);
  const out = new Array<Token>(estimatedCount(text));
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

/** Prose averages four to five code units per token, space included. */
const estimatedCount = (text: string): number => (text.length >>> 2) + 16;

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
  return iterate(text, alignment === null ? null : new SpanMapper(alignment), mask);
}

function* iterate(text: string, mapper: SpanMapper | null, mask: number): Generator<Token, void, undefined> {
  const s = new Scanner(text);
  const cache = TextCache.forText(text);
  let k: number;
  while ((k = s.next()) !== 0) {
    if ((mask & (1 << k)) !== 0) continue;
    yield makeToken(text, s.tokenStart, s.tokenEnd, k, mapper, cache);
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
