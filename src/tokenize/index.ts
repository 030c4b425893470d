/**
 * The hot path: a one-pass tokenizer over precomputed character classes, and a sentence
 * splitter built on it. Light on purpose: no lexicon, no model.
 *
 * @module
 */
export { scanTokens } from './token-table.js';
export type { ScanTokensOptions, TokenTable } from './token-table.js';
export { TokenKind, tokenKindCode, tokenKindName } from './token-kind.js';
export type { TokenKindCode, TokenKindName } from './token-kind.js';
export { countTokens, tokenIterator, tokenize } from './tokenize.js';
export type { Token, TokenizeOptions } from './tokenize.js';
export { sentences } from './sentences.js';
export type { Sentence, SentencesOptions } from './sentences.js';
export { DOTTED_ABBREVIATIONS } from './abbreviations.js';
