// The trained join model: hashed feature weights in one typed array, and the greedy decoder.
import { WORD_LEN_CAP, walkedNode, type Workspace } from './features.js';
import { gapScore } from './gap-score.generated.js';
import type { Lexicon, WordTrie } from './lexicon.js';
import { Shape } from './syllable-key.js';
import { tokenKey, tokenOut } from './token-keys.js';

/**
 * Weights indexed by `featureHash & mask`. (A sparse table of the 9,051 nonzero weights, 82 KB
 * with a bitmap and rank per 32 indices, cost 10% more time than the plain 512 KB table.)
 *
 * @example
 * const model: JoinModel = { weights: unpackModel(PACKED_MODEL, MODEL_BITS), mask: (1 << MODEL_BITS) - 1 };
 */
export interface JoinModel {
  readonly weights: Float32Array | Int16Array;
  readonly mask: number;
}

/** True for token shapes that can be part of a multi-syllable word. */
function canJoin(shape: number): boolean {
  return shape !== Shape.Punct && shape !== Shape.Other;
}

/**
 * Fills the token arrays of `ws` for token `i`, `text[start, end)`. `shape` overrides the
 * computed shape when >= 0 (the tokenizer knows a URL is not a word); `gapOk` says whether
 * the gap before the token is plain whitespace, so that a join is possible at all.
 *
 * @example
 * setToken(ws, lexicon, 0, 'hợp tác', 0, 3, false, -1);
 */
export function setToken(ws: Workspace, lex: Lexicon, i: number, text: string, start: number, end: number, gapOk: boolean, shape: number): void {
  tokenKey(text, start, end, lex.syllables);
  if (shape < 0) shape = tokenOut.shape;
  ws.hash[i] = tokenOut.h1;
  ws.shape[i] = shape;
  ws.onset[i] = tokenOut.onset;
  ws.rhyme[i] = tokenOut.rhyme;
  ws.syl[i] = shape === Shape.Number ? 0 : tokenOut.syl;
  ws.joinable[i] = i > 0 && gapOk && canJoin(shape) && canJoin(ws.shape[i - 1]!) ? 1 : 0;
}

/**
 * Greedy left-to-right decoding of every gap of `ws` into `ws.join`; forced gaps keep their
 * forced decision.
 *
 * @example
 * fillRun(ws, res, text, tokens, i0, i1);
 * decode(ws, res.model); // ws.join[k] === 1: token i0 + k continues the word before it
 */
export function decode(ws: Workspace, model: JoinModel, trie: WordTrie): void {
  const n = ws.n;
  const force = ws.force;
  const join = ws.join;
  const joinable = ws.joinable;
  const w = model.weights;
  const mask = model.mask;
  if (n > 0) join[0] = 0;
  // Tokens in the word that ends at token i - 1, capped at WORD_LEN_CAP (the last ones when
  // longer): its walk through the trie, and that of its extension by token i, are the ones
  // `matchLexicon` made from its first token (within a word every gap is joinable).
  let len = 1;
  for (let i = 1; i < n; i++) {
    let y: number;
    if (joinable[i] === 0) y = 0;
    else if (force[i] !== 0) y = force[i] === 1 ? 1 : 0;
    else {
      const from = i - len;
      y = gapScore(ws, trie, i, len, w, mask, walkedNode(ws, from, len - 1), walkedNode(ws, from, len)) > 0 ? 1 : 0;
    }
    join[i] = y;
    if (y === 0) len = 1;
    else if (len < WORD_LEN_CAP) len++;
  }
}

/**
 * Forward longest matching over the lexicon, the baseline the model is compared with.
 *
 * @example
 * decodeLongestMatch(ws); // ws.join as longest matching would segment
 */
export function decodeLongestMatch(ws: Workspace): void {
  const { n, join, joinable, force, fmm } = ws;
  if (n > 0) join[0] = 0;
  for (let i = 1; i < n; i++) join[i] = joinable[i] === 0 ? 0 : force[i] !== 0 ? (force[i] === 1 ? 1 : 0) : fmm[i]!;
}
