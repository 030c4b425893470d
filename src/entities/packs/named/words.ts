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
  readonly text: readonly string[];
  readonly lower: readonly string[];
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
  /** 1 when the token starts with an upper-case letter. */
  readonly cap: Uint8Array;
  /** 1 when token `i` follows token `i - 1` with only spaces or tabs between. */
  readonly joined: Uint8Array;
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
  const texts = new Array<string>(n);
  const lower = new Array<string>(n);
  const cap = new Uint8Array(n);
  const joined = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = tokens.start[i]!;
    const t = text.slice(s, tokens.end[i]!);
    texts[i] = t;
    const l = t.toLowerCase();
    lower[i] = l;
    const c = t.charAt(0);
    cap[i] = c !== c.toLowerCase() ? 1 : 0;
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
  return { n, text: texts, lower, start: tokens.start, end: tokens.end, kind: tokens.kind, cap, joined };
}

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

type Phrases = ReadonlySet<string> | ReadonlyMap<string, unknown>;
const firstIndex = new WeakMap<Phrases, Map<string, number>>();

/** First token of every phrase → most tokens of a phrase starting with it. */
function firstTokens(phrases: Phrases): Map<string, number> {
  let m = firstIndex.get(phrases);
  if (m === undefined) {
    m = new Map();
    for (const key of phrases.keys()) {
      const parts = key.split(' ');
      m.set(parts[0]!, Math.max(m.get(parts[0]!) ?? 0, parts.length));
    }
    firstIndex.set(phrases, m);
  }
  return m;
}

/**
 * Length in tokens of the longest phrase of `phrases` (keys: lower-case tokens joined by one
 * space) that starts at token `i` with its tokens joined, or 0. Most tokens start no phrase:
 * an index of first tokens answers those without building a key. `maxTokens` bounds the work.
 */
export function matchPhrase(w: Words, i: number, phrases: Phrases, maxTokens: number): number {
  if (i < 0 || i >= w.n) return 0;
  const longest = firstTokens(phrases).get(w.lower[i]!);
  if (longest === undefined) return 0;
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

/** Most tokens in any phrase of a list (keys as in {@link matchPhrase}). */
export const maxPhraseTokens = (keys: Iterable<string>): number => {
  let m = 1;
  for (const k of keys) m = Math.max(m, k.split(' ').length);
  return m;
};

/** Tokens `[from, to)` lower-cased and joined by one space: the key of `nameKey`. */
export function keyOf(w: Words, from: number, to: number): string {
  let key = w.lower[from]!;
  for (let k = from + 1; k < to; k++) key += ` ${w.lower[k]!}`;
  return key;
}
