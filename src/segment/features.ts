// Features of the join decision between two neighbouring tokens, as integers. Training
// (scripts/train-segmenter.ts) and the runtime decoder share this file, so what the model
// learned and what it reads at run time cannot drift apart.
import { Entry, FEATURE_ENTRY_BITS, MAX_WORD_SYLLABLES, type Lexicon, type WordTrie } from './lexicon.js';
import { Shape } from './syllable-key.js';

/**
 * Per-run scratch arrays, reused across calls and grown on demand so that the decoder
 * allocates nothing per token. Index `i` is a token; gap `i` is between tokens `i - 1` and `i`.
 *
 * @example
 * const ws = new Workspace();
 * ws.reset(tokenCount); // then fillRun fills it and decode reads it
 */
export class Workspace {
  n = 0;
  hash = new Int32Array(0);
  shape = new Uint8Array(0);
  syl = new Int32Array(0);
  onset = new Int32Array(0);
  rhyme = new Int32Array(0);
  /** Longest lexicon word starting / ending at token i (0 when none). */
  startLen = new Uint8Array(0);
  endLen = new Uint8Array(0);
  /** 1 where tokens i-1 and i form a two-syllable lexicon word. */
  pair = new Uint8Array(0);
  /** Entry bits of the token alone (surname, name syllable). */
  single = new Uint8Array(0);
  /** Longest place name containing gap i. */
  place = new Uint8Array(0);
  /** 1 where tokens i-1 and i form a known given name. */
  given = new Uint8Array(0);
  /** 1 where forward / backward longest matching joins across gap i. */
  fmm = new Uint8Array(0);
  bmm = new Uint8Array(0);
  /**
   * The walk through the trie from token i: `walk[i * WALK_DEPTH + d]` is the node of tokens i
   * to i + d, for d below `walkEnd[i]` (where `matchLexicon` stopped, at most WALK_DEPTH); past
   * it the tokens are no lexicon prefix.
   */
  walk = new Int32Array(0);
  walkEnd = new Uint8Array(0);
  /** 1 where a join is allowed at gap i (whitespace between two word-like tokens). */
  joinable = new Uint8Array(0);
  /** Decision forced by a user dictionary at gap i: 0 none, 1 join, 2 split. */
  force = new Uint8Array(0);
  /** The decision at gap i. */
  join = new Uint8Array(0);

  /** Makes room for `n` tokens and sets the length. */
  reset(n: number): void {
    if (n > this.hash.length) {
      let cap = Math.max(64, this.hash.length);
      while (cap < n) cap *= 2;
      this.hash = new Int32Array(cap);
      this.shape = new Uint8Array(cap);
      this.syl = new Int32Array(cap);
      this.onset = new Int32Array(cap);
      this.rhyme = new Int32Array(cap);
      this.startLen = new Uint8Array(cap);
      this.endLen = new Uint8Array(cap);
      this.pair = new Uint8Array(cap);
      this.fmm = new Uint8Array(cap);
      this.single = new Uint8Array(cap);
      this.place = new Uint8Array(cap);
      this.given = new Uint8Array(cap);
      this.bmm = new Uint8Array(cap);
      this.walk = new Int32Array(cap * WALK_DEPTH);
      this.walkEnd = new Uint8Array(cap);
      this.joinable = new Uint8Array(cap);
      this.join = new Uint8Array(cap);
      this.force = new Uint8Array(cap);
    }
    this.n = n;
  }
}

/**
 * Fills the lexicon arrays of `ws` from its syllable ids: every word match starting at every
 * token (bounded by {@link MAX_WORD_SYLLABLES}, so linear in the run), then forward and
 * backward longest matching. Matches never cross a gap where joining is impossible. The first
 * WALK_DEPTH nodes of each walk stay in `ws.walk` for the decoder.
 *
 * @example
 * matchLexicon(ws, lexicon); // ws.fmm[i] === 1 where longest matching joins gap i
 */
export function matchLexicon(ws: Workspace, lex: Lexicon): void {
  const n = ws.n;
  const { syl, shape, startLen, endLen, pair, fmm, bmm, joinable, single, place, given, walk, walkEnd } = ws;
  const trie = lex.trie;
  const isWord = trie.isWord;
  // One loop, not eight `fill` calls: runs are short (23 tokens on average in news).
  for (let i = 0; i < n; i++) {
    startLen[i] = endLen[i] = pair[i] = fmm[i] = bmm[i] = single[i] = place[i] = given[i] = walkEnd[i] = 0;
  }
  for (let i = 0; i < n; i++) {
    let s = syl[i]!;
    if (s === 0) continue;
    let node = trie.root(s);
    if (node === 0) continue;
    single[i] = isWord[node]! & FEATURE_ENTRY_BITS;
    const base = i * WALK_DEPTH;
    walk[base] = node;
    walkEnd[i] = 1;
    // A common word cannot start in lower case and go on with a capital: `ông Hoàng Văn Minh`
    // is a title and a name, not the word `ông hoàng` (prince); `anh Hùng` is no `anh hùng`.
    const lowerStart = shape[i] === Shape.Lower;
    let named = false;
    for (let j = i + 1; j < n && j - i < MAX_WORD_SYLLABLES; j++) {
      if (joinable[j] === 0) break;
      s = syl[j]!;
      if (s === 0) break;
      node = trie.next(node, s);
      if (node === 0) break;
      if (j - i < WALK_DEPTH) {
        walk[base + j - i] = node;
        walkEnd[i] = j - i + 1;
      }
      if (lowerStart && (shape[j] === Shape.Title || shape[j] === Shape.Upper)) named = true;
      let flags = isWord[node]! & FEATURE_ENTRY_BITS;
      if (named) flags &= ~Entry.Word;
      if (flags === 0) continue;
      const len = j - i + 1;
      if ((flags & Entry.Place) !== 0) for (let g = i + 1; g <= j; g++) if (place[g]! < len) place[g] = len;
      if ((flags & Entry.GivenName) !== 0 && len === 2) given[j] = 1;
      if ((flags & Entry.Word) !== 0) {
        startLen[i] = len;
        if (endLen[j]! < len) endLen[j] = len;
        if (len === 2) pair[j] = 1;
      }
    }
  }
  for (let i = 0; i < n; ) {
    const len = startLen[i]!;
    if (len > 1) {
      for (let g = i + 1; g < i + len; g++) fmm[g] = 1;
      i += len;
    } else i++;
  }
  for (let j = n - 1; j >= 0; ) {
    const len = endLen[j]!;
    if (len > 1) {
      for (let g = j - len + 2; g <= j; g++) bmm[g] = 1;
      j -= len;
    } else j--;
  }
}

/** The hash of the token before the first and after the last (shared with the generated `gapScore`). */
export const BOS = 0x2f2f2f01;
export const EOS = 0x2f2f2f02;

// Feature hashes: one multiply per combined value, and an xor-shift so the low bits (the
// table index) depend on all of them. Template ids are small literals, spread by a multiply
// V8 folds into a constant.
export function h2(t: number, a: number): number {
  const h = Math.imul(a ^ Math.imul(t, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

export function h3(t: number, a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(t, 0x9e3779b1), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** `walked` argument of {@link gapFeatures} that asks it to walk the word itself. */
export const WALK = -2;

/**
 * One step of the walk of a word in progress through the lexicon trie: the child of `node`
 * along syllable id `id`, or -1 where the word is no lexicon prefix (`node` -1, an unknown
 * syllable, or no such child). From node 0 (the root) it starts a word.
 *
 * @example
 * let node = 0;
 * for (let j = from; j < to && node >= 0; j++) node = step(trie, node, ws.syl[j]!);
 */
export function step(trie: WordTrie, node: number, id: number): number {
  if (node < 0 || id === 0) return -1;
  const next = trie.next(node, id);
  return next === 0 ? -1 : next;
}

/**
 * Most features one gap can have; sizes the caller's buffer.
 *
 * @example
 * const features = new Int32Array(MAX_FEATURES);
 */
export const MAX_FEATURES = 32;

/**
 * Longest word in progress (in tokens) that {@link gapFeatures} looks at; longer ones are
 * seen as their last WORD_LEN_CAP tokens.
 *
 * @example
 * len = y === 0 ? 1 : Math.min(len + 1, WORD_LEN_CAP);
 */
export const WORD_LEN_CAP = 5;

/** Nodes of each walk that `matchLexicon` keeps: a word in progress and its extension. */
const WALK_DEPTH = WORD_LEN_CAP + 1;

/**
 * The node of tokens `from` to `from + d` in the walks `matchLexicon` left in `ws`, or -1 where
 * they are no lexicon prefix (or cross a gap where joining is impossible).
 *
 * @example
 * const walked = walkedNode(ws, i - len, len - 1); // the word in progress before gap i
 */
export function walkedNode(ws: Workspace, from: number, d: number): number {
  return d < ws.walkEnd[from]! ? ws.walk[from * WALK_DEPTH + d]! : -1;
}

/**
 * Writes the (unmasked) feature hashes of gap `i` into `out` and returns how many there are.
 * `wordLen` is the length in tokens (capped at {@link WORD_LEN_CAP}) of the word the decisions
 * already taken end at token `i - 1` (greedy left-to-right decoding); 1 when gap `i - 1` split.
 * `walked` and `extended`, when the caller knows them, are {@link step}'s results for that word
 * and for it extended by token `i`, which spare the walk.
 *
 * @example
 * const k = gapFeatures(ws, lexicon.trie, i, wordLen, features);
 * let score = 0;
 * for (let j = 0; j < k; j++) score += weights[features[j]! & mask]!;
 */
export function gapFeatures(ws: Workspace, trie: WordTrie, i: number, wordLen: number, out: Int32Array, walked = WALK, extended = WALK): number {
  const prevJoin = wordLen > 1 ? 1 : 0;
  const n = ws.n;
  const hash = ws.hash;
  const shape = ws.shape;
  const a = hash[i - 1]!;
  const b = hash[i]!;
  const a2 = i >= 2 ? hash[i - 2]! : BOS;
  const b2 = i + 1 < n ? hash[i + 1]! : EOS;
  const sa = shape[i - 1]!;
  const sb = shape[i]!;
  const sa2 = i >= 2 ? shape[i - 2]! : Shape.Pad;
  const sb2 = i + 1 < n ? shape[i + 1]! : Shape.Pad;
  const ka = ws.syl[i - 1]! !== 0 ? 1 : 0;
  const kb = ws.syl[i]! !== 0 ? 1 : 0;
  const lexA = ws.endLen[i - 1]!;
  const lexB = ws.startLen[i]!;
  const lex = ws.fmm[i]! | (ws.bmm[i]! << 1) | (ws.pair[i]! << 2);
  const shapes = sa | (sb << 4);
  let k = 0;
  out[k++] = 1;
  out[k++] = h2(2, a);
  out[k++] = h2(3, b);
  out[k++] = h3(4, a, b);
  out[k++] = h3(5, a2, a);
  out[k++] = h3(6, b, b2);
  out[k++] = h2(7, a2);
  out[k++] = h2(12, shapes | (sa2 << 8) | (sb2 << 12));
  out[k++] = h2(14, lexA | (lexB << 4) | (lex << 8));
  out[k++] = h3(16, lex, a);
  out[k++] = h3(17, lex, b);
  out[k++] = h3(19, prevJoin, a);
  const redup =
    (ws.onset[i - 1] === ws.onset[i] ? 1 : 0) | (ws.rhyme[i - 1] === ws.rhyme[i] ? 2 : 0) | (ka << 2) | (kb << 3) | (lex << 4);
  out[k++] = h2(21, redup | (shapes << 8));
  const names = (ws.single[i - 1]! >> 3) | ((ws.single[i]! >> 3) << 2) | (ws.given[i]! << 4) | ((ws.place[i]! > 3 ? 3 : ws.place[i]!) << 5);
  out[k++] = h2(24, names | (shapes << 8));
  out[k++] = h2(26, names);
  // Runs of capitalized tokens around the gap: names are runs, a capital after a sentence
  // start or a colon is not.
  let runL = 0;
  while (runL < 3 && i - 1 - runL >= 0 && (shape[i - 1 - runL] === Shape.Title || shape[i - 1 - runL] === Shape.Upper)) runL++;
  let runR = 0;
  while (runR < 3 && i + runR < n && (shape[i + runR] === Shape.Title || shape[i + runR] === Shape.Upper)) runR++;
  const runStart = i - 1 - runL >= 0 ? shape[i - 1 - runL]! : Shape.Pad;
  out[k++] = h2(29, runL | (runR << 2) | (runStart << 4) | (names << 8));
  // The word in progress (its last `wordLen` tokens, capped) and its extension by token i, in
  // the lexicon: a word, a prefix of one, or neither; both 0 after a split (wordLen 1), so one
  // set of templates serves every gap with no branch on the word.
  let node = wordLen > 1 ? walked : -1;
  if (node === WALK) {
    node = 0;
    for (let j = i - wordLen; j < i && node >= 0; j++) node = step(trie, node, ws.syl[j]!);
  }
  let nx = node > 0 ? extended : -1;
  if (nx === WALK) nx = ws.syl[i] !== 0 ? trie.next(node, ws.syl[i]!) : 0;
  const cur = node > 0 ? (trie.isWord[node]! & 7) | 8 : 0;
  const ext = nx > 0 ? (trie.isWord[nx]! & 7) | 8 : 0;
  const word = (wordLen > 4 ? 4 : wordLen) | (cur << 3) | (ext << 7);
  out[k++] = h2(33, word | (shapes << 11));
  out[k++] = h2(34, word | (lex << 11) | (names << 14));
  out[k++] = h3(35, word, b);
  return k;
}
