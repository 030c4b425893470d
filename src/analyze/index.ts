/**
 * The whole pipeline in one call (`analyze`), over a stream of documents (`analyzeStream`,
 * for Node, Deno and browsers alike), and as a page to look at (`renderHtml`).
 *
 * @module
 */
export { analyze } from './analyze.js';
export type { AnalyzeOptions, AnalyzedDocument, DocumentSummary } from './analyze.js';
export { analyzeStream, splitLines } from './stream.js';
export type { ReadableStreamLike, TextSource } from './stream.js';
export { renderHtml } from './render-html.js';
export type { RenderHtmlOptions } from './render-html.js';
