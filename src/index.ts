/**
 * vntext: Vietnamese text for every JavaScript runtime. Repair legacy encodings, normalize,
 * split sentences, tokenize and segment words, always with offsets into the caller's string.
 *
 * Each stage is also its own entry point (`vntext/normalize`, `vntext/encoding`,
 * `vntext/tokenize`, `vntext/segment`, `vntext/syllable`), so an application loads only what
 * it uses.
 *
 * @module
 */
export type { AlignedText, Alignment, Span, TextInput } from './core/index.js';
export { VntextInputError, VntextOptionError } from './core/index.js';
export * from './syllable/index.js';
export * from './normalize/index.js';
export * from './encoding/index.js';
export * from './tokenize/index.js';
export { countWords, createSegmenter, segment, segmentJoined, segmentTable, wordIterator } from './segment/index.js';
export type { Segmenter, SegmenterOptions, SegmentOptions, Word, WordKindName, WordTable } from './segment/index.js';
export * from './pipeline/index.js';
export * from './entities/index.js';
export * from './summarize/index.js';
// `analyze`, `analyzeStream`, `renderHtml` (vntext/analyze) and `detectLanguage` (vntext/language)
// are their own entry points: franc-min builds its trigram tables when it is imported, and the
// main entry decodes nothing at import.
