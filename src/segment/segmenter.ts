// The runtime: tokens in, words out, over one reusable workspace. Training runs through the
// same `planRun` and `fillRun`, so the model sees exactly the tokens and features it will see
// here.
import { isAsciiDigit } from '../core/char-codes.js';
import { TableReader, type TokenTable, scanTokens, tokenTableOf } from '../tokenize/token-table.js';
import { TokenKind } from '../tokenize/token-kind.js';
import { sentenceTokens } from '../tokenize/sentences.js';
import { abbreviationCanEnd } from '../tokenize/scanner.js';
import { bmpClasses } from '../tokenize/char-classes.js';
import { CharClass } from '../tokenize/char-class-codes.js';
import { Workspace, matchLexicon } from './features.js';
import { Entry, MAX_WORD_SYLLABLES, WordTrie, unpackLexicon, type Lexicon } from './lexicon.js';
import { PACKED_LEXICON } from './lexicon.generated.js';
import { unpackModel } from './model-pack.js';
import { MODEL_BITS, PACKED_MODEL } from './model.generated.js';
import { decode, decodeLongestMatch, setToken, type JoinModel } from './model.js';
import { keepIdsOf } from './token-keys.js';
import { Shape, isUpperCode, keyOf, keyOut } from './syllable-key.js';

/**
 * What the segmenter needs: lexicon, model, and the user's words (forced to be words).
 *
 * @example
 * const res: Resources = resourcesWith(['Muay Thái']);
 */
export interface Resources {
  readonly lexicon: Lexicon;
  readonly model: JoinModel;
  readonly user: WordTrie | null;
}

let defaults: Resources | null = null;

/**
 * The built-in lexicon and model, expanded on first use.
 *
 * @example
 * segmentRuns(text, defaultResources());
 */
export function defaultResources(): Resources {
  if (defaults === null) {
    defaults = {
      lexicon: unpackLexicon(PACKED_LEXICON),
      model: { weights: unpackModel(PACKED_MODEL, MODEL_BITS), mask: (1 << MODEL_BITS) - 1 },
      user: null,
    };
    keepIdsOf(defaults.lexicon.syllables);
  }
  return defaults;
}

/**
 * Adds `words` (each a string of syllables separated by spaces or `_`) to copies of the default
 * lexicon, and to a trie of their own whose matches the decoder treats as certain.
 *
 * @example
 * segmentRuns('xem Muay Thái', resourcesWith(['Muay Thái'])).count; // 2
 */
export function resourcesWith(words: readonly string[]): Resources {
  const base = defaultResources();
  const syllables = base.lexicon.syllables.clone();
  const trie = base.lexicon.trie.clone();
  const user = new WordTrie(256);
  const ids: number[] = [];
  for (const word of words) {
    ids.length = 0;
    // Split the way the tokenizer would, so `P.Đông Hưng` or `Muay_Thái` match as written.
    const t = scanTokens(word.replace(/_/g, ' '));
    for (let i = 0; i < t.count; i++) {
      keyOf(word, t.start[i]!, t.end[i]!);
      ids.push(syllables.add(keyOut.h1, keyOut.h2));
    }
    if (ids.length < 2 || ids.length > MAX_WORD_SYLLABLES) continue;
    trie.addWord(ids, Entry.Word);
    user.addWord(ids, Entry.Word);
  }
  return { lexicon: { syllables, trie }, model: base.model, user };
}

/**
 * Whether `text[s, e)` is `LBKT` or `RBKT`: the VLSP treebank (and text exported from it) writes
 * round brackets so, as tokens its annotation tags as punctuation. Read as letters, a capital
 * word beside a name joins it (`Phù_Long_RBKT`).
 */
function isBracketEscape(text: string, s: number, e: number): boolean {
  if (e - s !== 4) return false;
  const c = text.charCodeAt(s);
  return (c === 0x4c || c === 0x52) && text.charCodeAt(s + 1) === 0x42 && text.charCodeAt(s + 2) === 0x4b && text.charCodeAt(s + 3) === 0x54;
}

/** The shape the model sees for a token kind; -1: computed from the token's letters. */
function kindShape(kind: number): number {
  switch (kind) {
    case TokenKind.Word:
    case TokenKind.Number:
    case TokenKind.Abbreviation:
      return -1;
    case TokenKind.Punctuation:
      return Shape.Punct;
    default:
      return Shape.Other;
  }
}

/**
 * Whether token `t` is the period of an initial (`ông H. cúi xuống`, `Q. Tân Bình`): one
 * letter, the period right after it, and then a space and anything but a capital, which
 * would start a sentence. The treebank (and readers) take `H.` as one word; the tokenizer
 * cannot know, since `Nguyễn Văn A.` can end a sentence.
 */
function isInitialDot(text: string, tokens: TokenTable, t: number, starts: Uint8Array | null): boolean {
  const { start, end, kind, count } = tokens;
  if (t === 0 || t + 1 >= count || kind[t] !== TokenKind.Punctuation || kind[t - 1] !== TokenKind.Word) return false;
  const s = start[t]!;
  if (end[t]! - s !== 1 || text.charCodeAt(s) !== 0x2e || end[t - 1] !== s || s - start[t - 1]! !== 1) return false;
  if (start[t + 1] === s + 1 || gapKind(text, s + 1, start[t + 1]!) !== GAP_SPACE) return false;
  // Where the sentences are known, an initial is also every one-letter period that ends none
  // (`Q. Hoàn Kiếm`, `Donald J. Trump`).
  if (starts !== null && starts[t + 1] !== 1) return true;
  return !isUpperCode(text.charCodeAt(start[t + 1]!)) || isBracketEscape(text, start[t + 1]!, end[t + 1]!);
}

/**
 * Whether token `t` ends a range written without spaces (`1.500-2.000`, `20-25`, `3,8–5,5`) or
 * a code or date that starts with a digit (`43H-016`, `20-Dec`): the tokenizer returns number,
 * dash, number (or word), where it keeps `F-16` whole, and the treebank (like a reader) takes
 * each as one word.
 */
function isRange(text: string, tokens: TokenTable, t: number): boolean {
  const { start, end, kind } = tokens;
  if (kind[t - 1] !== TokenKind.Punctuation) return false;
  const left = kind[t - 2] === TokenKind.Number || (kind[t - 2] === TokenKind.Word && isAsciiDigit(text.charCodeAt(start[t - 2]!)));
  if (!left || (kind[t] !== TokenKind.Number && kind[t] !== TokenKind.Word)) return false;
  const d = start[t - 1]!;
  if (end[t - 1] !== d + 1 || end[t - 2] !== d || start[t] !== d + 1) return false;
  const c = text.charCodeAt(d);
  return c === 0x2d || c === 0x2013;
}

function isSentenceEnd(text: string, kind: number, start: number, end: number): boolean {
  if (kind !== TokenKind.Punctuation) return false;
  const c = text.charCodeAt(start);
  if (end - start === 1) return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
  return c === 0x2e && text.charCodeAt(end - 1) === 0x2e;
}

/** Gap kinds: where a join is impossible, possible, or certain (nothing between two tokens). */
const GAP_BREAK = 0;
const GAP_SPACE = 1;
const GAP_NONE = 2;

function gapKind(text: string, from: number, to: number): number {
  if (from === to) return GAP_NONE;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) continue;
    return GAP_BREAK;
  }
  return GAP_SPACE;
}

let startsBuffer = new Uint8Array(256);

/**
 * Whether sentence starts can change any run or word: only after an abbreviation that ends in
 * a period (`v.v.`, `N.T.`, `J.`) and at a one-letter word and its period (`Q. Tân Phú`, `A.
 * Sau`). Everywhere else `planRun` ends a run where a sentence ends (terminal marks, line
 * breaks) and punctuation never joins a word, so the sentence splitter need not run.
 */
function needsSentences(text: string, tokens: TokenTable): boolean {
  const { count, start, end, kind } = tokens;
  const C = bmpClasses();
  for (let i = 0; i + 1 < count; i++) {
    const k = kind[i]!;
    if (k !== TokenKind.Abbreviation && k !== TokenKind.Punctuation) continue;
    const e = end[i]!;
    if (text.charCodeAt(e - 1) !== 0x2e) continue;
    // What matters is a sentence start after a space before a token that can join a word
    // (word, number, abbreviation) and is not lower case (no sentence starts there).
    const next = kind[i + 1]!;
    if (start[i + 1] === e || (next !== TokenKind.Word && next !== TokenKind.Number && next !== TokenKind.Abbreviation)) continue;
    if (C[text.charCodeAt(start[i + 1]!)] === CharClass.Lower) continue;
    if (k === TokenKind.Abbreviation) {
      // A listed title or unit (`TP.`, `PGS.`) never ends a sentence.
      if (abbreviationCanEnd(text, start[i]!, e)) return true;
    } else if (i > 0 && kind[i - 1] === TokenKind.Word && e - start[i]! === 1 && end[i - 1] === start[i] && e - 1 - start[i - 1]! === 1) {
      // A one-letter word and its period, as `isInitialDot` reads them (not `".` or `).`,
      // which end a run whatever the sentences are: 363 of the 547 candidates in the news
      // bench documents were `".`).
      return true;
    }
  }
  return false;
}


/**
 * Marks the first token of every sentence `sentences` finds (in 'auto' line-break mode), so
 * no run, and no word, crosses a sentence boundary; null where that cannot matter (see
 * `needsSentences`). The array is reused by the next call.
 *
 * @example
 * const starts = sentenceStarts(text, tokens);
 * planRun(text, tokens, 0, starts);
 */
export function sentenceStarts(text: string, tokens: TokenTable): Uint8Array | null {
  if (!needsSentences(text, tokens)) return null;
  if (startsBuffer.length < tokens.count) startsBuffer = new Uint8Array(Math.max(tokens.count, startsBuffer.length * 2));
  const starts = startsBuffer;
  starts.fill(0, 0, tokens.count);
  sentenceTokens(text, tokens, 'auto', (first) => {
    starts[first] = 1;
  });
  return starts;
}

/** Tokens per decoding run beyond which a run is cut where no word can span. */
const RUN_SOFT_LIMIT = 1024;

/**
 * End (exclusive) of the decoding run that starts at token `i0`. A run ends after
 * sentence-final punctuation or at a line break, as training sentences do, so the features at
 * its edges look like the ones the model was trained on. Linear over the run.
 *
 * @example
 * for (let i0 = 0, i1 = 0; i0 < tokens.count; i0 = i1) i1 = planRun(text, tokens, i0);
 */
export function planRun(text: string, tokens: TokenTable, i0: number, starts: Uint8Array | null = null): number {
  const { count, start, end, kind } = tokens;
  let i1 = i0 + 1;
  while (i1 < count) {
    const prev = i1 - 1;
    if (starts !== null && starts[i1] === 1) break;
    if (isSentenceEnd(text, kind[prev]!, start[prev]!, end[prev]!) && !isInitialDot(text, tokens, prev, starts)) break;
    if (gapKind(text, end[prev]!, start[i1]!) === GAP_BREAK) break;
    if (i1 - i0 >= RUN_SOFT_LIMIT && (kind[i1] !== TokenKind.Word || i1 - i0 >= 2 * RUN_SOFT_LIMIT)) break;
    i1++;
  }
  return i1;
}

/**
 * Fills `ws` with tokens `[i0, i1)`: keys, shapes, lexicon matches, and forced decisions
 * (tokens written together join; user words are words).
 *
 * @example
 * fillRun(ws, defaultResources(), text, tokens, i0, planRun(text, tokens, i0));
 */
export function fillRun(ws: Workspace, res: Resources, text: string, tokens: TokenTable, i0: number, i1: number, starts: Uint8Array | null = null): void {
  const n = i1 - i0;
  const { start, end, kind } = tokens;
  const lex = res.lexicon;
  ws.reset(n);
  const force = ws.force;
  let afterInitial = false;
  for (let k = 0; k < n; k++) {
    const t = i0 + k;
    const s = start[t]!;
    const gap = k > 0 ? gapKind(text, end[t - 1]!, s) : GAP_BREAK;
    if (gap === GAP_NONE && isInitialDot(text, tokens, t, starts)) {
      // The period becomes part of the initial: same shape, joined.
      setToken(ws, lex, k, text, s, end[t]!, true, ws.shape[k - 1]!);
      force[k] = 1;
      afterInitial = true;
      continue;
    }
    // An initial is a word of its own (`Q. | Tân Bình`, `P. | Hiệp Phú`, as the treebank has
    // them; `J. | Trump`).
    const split = afterInitial;
    afterInitial = false;
    const e = end[t]!;
    if (isBracketEscape(text, s, e)) {
      // Read exactly as the bracket it stands for.
      const bracket = text.charCodeAt(s) === 0x4c ? '(' : ')';
      setToken(ws, lex, k, bracket, 0, 1, false, Shape.Punct);
      force[k] = 0;
      continue;
    }
    setToken(ws, lex, k, text, s, e, gap !== GAP_BREAK, kindShape(kind[t]!));
    force[k] = gap === GAP_NONE && ws.joinable[k] === 1 ? 1 : split ? 2 : 0;
    // A word after the dash must be no Vietnamese syllable (`20-Dec`, not `1-Giới thiệu`).
    if (gap === GAP_NONE && k >= 2 && (kind[t] === TokenKind.Number || ws.syl[k] === 0) && isRange(text, tokens, t)) {
      // `1.500-2.000`, `20-25`, `43H-016`: the dash and the token after it join the first.
      ws.joinable[k - 1] = ws.joinable[k] = 1;
      force[k - 1] = force[k] = 1;
    }
  }
  uncapitalize(ws, tokens, i0);
  matchLexicon(ws, lex);
  splitAfterCountries(ws, lex.trie);
  if (res.user !== null) forceUserWords(ws, res.user);
}

/**
 * A run written in capitals (`HỢP TÁC XÃ NÔNG NGHIỆP`, a headline) says nothing with its case,
 * while the model reads capitals as names and abbreviations; segment it as if lower case.
 */
function uncapitalize(ws: Workspace, tokens: TokenTable, i0: number): void {
  const { n, shape } = ws;
  const { start, end } = tokens;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const s = shape[i]!;
    if (s === Shape.Upper) upper++;
    // A one-letter word is Title however it is written; any other Title word is mixed case.
    else if (s === Shape.Lower || s === Shape.Mixed || (s === Shape.Title && end[i0 + i]! - start[i0 + i]! > 1)) return;
  }
  if (upper < 3) return;
  for (let i = 0; i < n; i++) if (shape[i] === Shape.Upper || shape[i] === Shape.Title) shape[i] = Shape.Caps;
}

/**
 * Words of one call as parallel arrays, with the token kind of single-token words.
 *
 * @example
 * const t: WordTable = segmentRuns('hợp tác xã', defaultResources());
 * t.count; // 1, t.tokens[0] === 3
 */
export interface WordTable {
  start: Uint32Array;
  end: Uint32Array;
  /** Token kind code, or `TokenKind.Word` for a word of several tokens. */
  kind: Uint8Array;
  /** Tokens in each word. */
  tokens: Uint32Array;
  count: number;
}

const ws = new Workspace();
/** Largest token count whose word table is kept for the next call. */
const REUSE_LIMIT = 1 << 16;

function newWordTable(capacity: number): WordTable {
  return {
    start: new Uint32Array(capacity),
    end: new Uint32Array(capacity),
    kind: new Uint8Array(capacity),
    tokens: new Uint32Array(capacity),
    count: 0,
  };
}

const words = newWordTable(0);

/**
 * Segments `text` into words. The returned table is reused by the next call, so callers
 * copy out what they keep. `longestMatch` swaps the model for forward longest matching over
 * the lexicon (the evaluation baseline).
 *
 * @example
 * const t = segmentRuns('Hợp tác xã Tân Phú', defaultResources());
 * for (let i = 0; i < t.count; i++) console.log(t.start[i], t.end[i]);
 */
export function segmentRuns(text: string, res: Resources, longestMatch = false): WordTable {
  // The table `tokenize` (or `sentences`, `extractEntities`) just made for this text when
  // there is one: `tokenize(p)` then `segment(p)` scans once. Read only.
  const tokens = tokenTableOf(text, TableReader.Segment);
  const { count, start: tStart, end: tEnd, kind: tKind } = tokens;
  // Small inputs reuse one table; a huge one gets its own, so the module does not keep
  // megabytes alive after the call.
  const out = count <= REUSE_LIMIT ? words : newWordTable(count);
  if (out.start.length < count) {
    const cap = Math.max(count, out.start.length * 2);
    out.start = new Uint32Array(cap);
    out.end = new Uint32Array(cap);
    out.kind = new Uint8Array(cap);
    out.tokens = new Uint32Array(cap);
  }
  const oStart = out.start;
  const oEnd = out.end;
  const oKind = out.kind;
  const oTokens = out.tokens;
  let w = 0;
  let i0 = 0;
  const starts = sentenceStarts(text, tokens);
  while (i0 < count) {
    const i1 = planRun(text, tokens, i0, starts);
    fillRun(ws, res, text, tokens, i0, i1, starts);
    if (longestMatch) decodeLongestMatch(ws);
    else decode(ws, res.model, res.lexicon.trie);
    const join = ws.join;
    for (let k = 0; k < i1 - i0; k++) {
      const t = i0 + k;
      if (k > 0 && join[k] === 1) {
        oEnd[w - 1] = tEnd[t]!;
        // A range (`20-25`) stays a number; anything else joined is a word.
        if (oKind[w - 1] !== TokenKind.Number || (tKind[t] !== TokenKind.Number && tKind[t] !== TokenKind.Punctuation)) oKind[w - 1] = TokenKind.Word;
        oTokens[w - 1]!++;
      } else {
        oStart[w] = tStart[t]!;
        oEnd[w] = tEnd[t]!;
        oKind[w] = tKind[t]!;
        oTokens[w] = 1;
        w++;
      }
    }
    i0 = i1;
  }
  out.count = w;
  return out;
}

const isCapitalized = (shape: number): boolean => shape === Shape.Title || shape === Shape.Upper;

/**
 * A country's name before a capitalized word is apart from it (`Tổng thống Mỹ | Donald
 * Trump`, `Chủ tịch Triều Tiên | Kim Jong-un`): forced splits, unless the name goes on into a
 * longer lexicon word (`Lào Cai`, `Mỹ Tho`, `Nga Sơn`). After a one-syllable country (`Mỹ`,
 * `Nga`, `Anh`, `Đức`, also given names: `Nguyễn Anh Tuấn`) only before a word the lexicon
 * does not know, a foreign name.
 */
function splitAfterCountries(ws: Workspace, trie: WordTrie): void {
  const { n, syl, shape, joinable, force } = ws;
  const isWord = trie.isWord;
  for (let i = 0; i < n - 1; i++) {
    if (syl[i] === 0 || !isCapitalized(shape[i]!)) continue;
    let node = trie.root(syl[i]!);
    let country = (isWord[node]! & Entry.Country) !== 0 ? i : -1;
    let longest = isWord[node]! !== 0 ? i : -1;
    for (let j = i + 1; node !== 0 && j < n && j - i < MAX_WORD_SYLLABLES && joinable[j] === 1 && syl[j] !== 0; j++) {
      node = trie.next(node, syl[j]!);
      if (node === 0) break;
      if (isWord[node]! !== 0) longest = j;
      if ((isWord[node]! & Entry.Country) !== 0) country = j;
    }
    if (country < 0 || country !== longest) continue;
    const next = country + 1;
    if (next >= n || joinable[next] !== 1 || force[next] !== 0 || !isCapitalized(shape[next]!)) continue;
    if (country > i || syl[next] === 0) force[next] = 2;
  }
}

/** Marks user-dictionary words (longest first, left to right) as forced. */
function forceUserWords(ws: Workspace, user: WordTrie): void {
  const n = ws.n;
  const { syl, joinable, force } = ws;
  for (let i = 0; i < n; ) {
    let best = 0;
    let node = user.root(syl[i]!);
    for (let j = i + 1; node !== 0 && j < n && j - i < MAX_WORD_SYLLABLES && joinable[j] === 1; j++) {
      node = user.next(node, syl[j]!);
      if (node !== 0 && user.isWord[node] !== 0) best = j - i + 1;
    }
    if (best > 1) {
      if (joinable[i] === 1 && force[i] === 0) force[i] = 2;
      for (let g = i + 1; g < i + best; g++) force[g] = 1;
      if (i + best < n && joinable[i + best] === 1 && force[i + best] === 0) force[i + best] = 2;
      i += best;
    } else i++;
  }
}
