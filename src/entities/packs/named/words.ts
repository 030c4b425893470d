import { TokenKind } from '../../../tokenize/token-kind.js';
import type { EntityContext } from '../../context.js';

/**
 * The token table of the clean text seen as words for the name rules: each token's text, its
 * lower-case form, whether it starts with a capital, and whether it follows the previous token
 * on the same line with nothing but spaces between (a name never runs across punctuation or
 * a line break). Built once per context and shared by the four named packs.
 */
export interface Words {
  readonly n: number;
  /** The clean text the tokens index (see {@link textAt}: token texts are sliced on demand). */
  readonly source: string;
  readonly lower: readonly string[];
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
  /** 1 when the token starts with an upper-case letter. */
  readonly cap: Uint8Array;
  /** 1 when token `i` follows token `i - 1` with only spaces or tabs between. */
  readonly joined: Uint8Array;
  /** Bits of the dictionaries (see {@link Phrases}) that have a phrase starting with token `i`. */
  readonly first: Int32Array;
}

const cache = new WeakMap<EntityContext, Words>();

/** The words of a context, computed on first use. */
export function wordsOf(ctx: EntityContext): Words {
  let w = cache.get(ctx);
  if (w === undefined) {
    w = build(ctx);
    cache.set(ctx, w);
  }
  return w;
}

function build(ctx: EntityContext): Words {
  const { text, tokens } = ctx;
  const n = tokens.count;
  const lower = new Array<string>(n);
  const cap = new Uint8Array(n);
  const joined = new Uint8Array(n);
  const first = new Int32Array(n);
  const masks = firstMasks();
  // The context's lower-cased text (absent when lower-casing changes the length: a rare `İ`).
  const lowerText = ctx.lower ?? '';
  const sameLength = ctx.lower !== undefined;
  for (let i = 0; i < n; i++) {
    const s = tokens.start[i]!;
    const e = tokens.end[i]!;
    const l = sameLength ? lowerText.slice(s, e) : text.slice(s, e).toLowerCase();
    lower[i] = l;
    // Phrases start on words and abbreviations only (`TP.`, `UBND`).
    const k = tokens.kind[i];
    first[i] = k === TokenKind.Word || k === TokenKind.Abbreviation ? (masks.get(l) ?? 0) : 0;
    // A capital is a first letter that lower-casing changes.
    cap[i] = sameLength ? (lowerText.charCodeAt(s) !== text.charCodeAt(s) ? 1 : 0) : text.charAt(s) !== text.charAt(s).toLowerCase() ? 1 : 0;
    if (i > 0) {
      let ok = true;
      for (let k = tokens.end[i - 1]!; k < s; k++) {
        const code = text.charCodeAt(k);
        if (code !== 32 && code !== 9 && code !== 0xa0) {
          ok = false;
          break;
        }
      }
      joined[i] = ok ? 1 : 0;
    }
  }
  uncapHeadings(text, lowerText, sameLength, tokens, n, cap);
  return { n, source: text, lower, start: tokens.start, end: tokens.end, kind: tokens.kind, cap, joined, first };
}

/**
 * In a line written in capitals (a headline: `LIÊN MINH HTX TỈNH GẶP MẶT CÁC HTX`), a capital
 * says nothing about names, so its words count as lower case; the phrase dictionaries, which
 * read lower-cased keys, still find `Liên minh HTX tỉnh`. A line is a heading when it has at
 * least three words of two or more letters and none of them has a small letter.
 */
function uncapHeadings(text: string, lowerText: string, sameLength: boolean, tokens: EntityContext['tokens'], n: number, cap: Uint8Array): void {
  let from = 0;
  while (from < n) {
    let to = from + 1;
    while (to < n && !hasLineBreak(text, tokens.end[to - 1]!, tokens.start[to]!)) to++;
    let words = 0;
    let upper = true;
    for (let i = from; i < to && upper; i++) {
      if (tokens.kind[i] !== TokenKind.Word) continue;
      const s = tokens.start[i]!;
      const e = tokens.end[i]!;
      if (e - s < 2) continue;
      const word = text.slice(s, e);
      upper = word === word.toUpperCase() && (sameLength ? lowerText.slice(s, e) : word.toLowerCase()) !== word;
      words++;
    }
    if (upper && words >= 3) for (let i = from; i < to; i++) if (tokens.kind[i] === TokenKind.Word) cap[i] = 0;
    from = to;
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** The text of token `i` as written, or `''` out of range. */
export const textAt = (w: Words, i: number): string => (i >= 0 && i < w.n ? w.source.slice(w.start[i]!, w.end[i]!) : '');

/** A word token (letters), not a number, abbreviation or punctuation. */
export const isWord = (w: Words, i: number): boolean => i >= 0 && i < w.n && w.kind[i] === TokenKind.Word;

/** A capitalized word (`Tân`, `H'Drai`), not an all-caps abbreviation. */
export const isCapWord = (w: Words, i: number): boolean => isWord(w, i) && w.cap[i] === 1;

/** A lower-case word. */
export const isLowerWord = (w: Words, i: number): boolean => isWord(w, i) && w.cap[i] === 0;

/** An all-caps abbreviation token (`UBND`, `TNHH`, `TP.`). */
export const isAbbreviation = (w: Words, i: number): boolean => i >= 0 && i < w.n && w.kind[i] === TokenKind.Abbreviation;

/** Token `i` exists and follows `i - 1` with only spaces between. */
export const follows = (w: Words, i: number): boolean => i > 0 && i < w.n && w.joined[i] === 1;

/** The text of tokens `[from, to)` as written in the clean text (inner spacing kept). */
export function spanText(ctxText: string, w: Words, from: number, to: number): string {
  return ctxText.slice(w.start[from]!, w.end[to - 1]!);
}

/**
 * A dictionary of phrases (keys: lower-case tokens joined by one space) with an index of first
 * tokens, so that the many tokens that start no phrase are answered by one lookup.
 */
export class Phrases<V = true> {
  /** Most tokens in any phrase. */
  readonly max: number;
  /** This dictionary's bit in {@link Words.first}. */
  readonly bit: number;
  private readonly map: Map<string, V>;
  /** First token → most tokens of a phrase starting with it. */
  private readonly first = new Map<string, number>();

  constructor(entries: Iterable<readonly [string, V]>) {
    this.map = new Map(entries);
    let max = 1;
    for (const key of this.map.keys()) {
      const parts = key.split(' ');
      const head = parts[0]!;
      this.first.set(head, Math.max(this.first.get(head) ?? 0, parts.length));
      max = Math.max(max, parts.length);
    }
    this.max = max;
    if (registry.length >= 31) throw new Error('Phrases: at most 31 dictionaries');
    this.bit = 1 << registry.length;
    registry.push(this);
    masks = null;
  }

  /** A dictionary of keys with no values. */
  static of(keys: Iterable<string>): Phrases<true> {
    return new Phrases<true>([...keys].map((k) => [k, true] as const));
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Most tokens of a phrase that starts with this token, or 0. */
  longestFrom(token: string): number {
    return this.first.get(token) ?? 0;
  }

  /** First tokens of the phrases. */
  firstTokens(): IterableIterator<string> {
    return this.first.keys();
  }
}

// Every dictionary, so that building a token's words looks its lower case up once for all of
// them (one Map lookup a token instead of one per dictionary and rule).
const registry: Phrases<unknown>[] = [];
let masks: Map<string, number> | null = null;

function firstMasks(): Map<string, number> {
  if (masks === null) {
    const m = new Map<string, number>();
    for (const p of registry) for (const t of p.firstTokens()) m.set(t, (m.get(t) ?? 0) | p.bit);
    masks = m;
  }
  return masks;
}

/**
 * Length in tokens of the longest phrase of `phrases` that starts at token `i` with its tokens
 * joined, or 0. `maxTokens` bounds the work.
 */
export function matchPhrase(w: Words, i: number, phrases: Phrases<unknown>, maxTokens = phrases.max): number {
  if (i < 0 || i >= w.n || (w.first[i]! & phrases.bit) === 0) return 0;
  const longest = phrases.longestFrom(w.lower[i]!);
  if (longest === 0) return 0;
  const max = Math.min(maxTokens, longest);
  let key = w.lower[i]!;
  let best = phrases.has(key) ? 1 : 0;
  for (let k = 1; k < max && i + k < w.n; k++) {
    if (!follows(w, i + k)) break;
    key = `${key} ${w.lower[i + k]!}`;
    if (phrases.has(key)) best = k + 1;
  }
  return best;
}


/** Tokens `[from, to)` lower-cased and joined by one space: the key of `nameKey`. */
export function keyOf(w: Words, from: number, to: number): string {
  let key = w.lower[from]!;
  for (let k = from + 1; k < to; k++) key += ` ${w.lower[k]!}`;
  return key;
}

/**
 * A value built on first use: keys that go through `nameKey` need the tokenizer's tables, which
 * are decoded on first call, never at import.
 *
 * @example
 * const fields = once(() => Phrases.of(FIELD_PHRASES.map(nameKey)));
 * fields().has('y tế');
 */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
