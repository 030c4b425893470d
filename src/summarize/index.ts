/**
 * Extractive summaries and keywords of Vietnamese articles and article clusters.
 *
 * @module
 */
export { summarize } from './summarize.js';
export type { Keyword, Summary, SummarizeOptions, SummarySentence } from './summarize.js';
