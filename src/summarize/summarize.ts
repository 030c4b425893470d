import { VntextOptionError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { sentences as splitSentences } from '../tokenize/sentences.js';

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** How many sentences to choose. Default 3. */
  sentences?: number;
  /** How many keywords to return. Default 10. */
  keywords?: number;
}

/** A chosen sentence, with offsets into its document (the input string, or `documents[document]`). */
export interface SummarySentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** For a cluster (an array of documents): the index of the document it comes from. */
  readonly document?: number;
}

/** A keyword or key phrase of the text, with its score (higher is more central). */
export interface Keyword {
  readonly text: string;
  readonly score: number;
}

/** What {@link summarize} returns: sentences in document order, keywords best first. */
export interface Summary {
  readonly sentences: SummarySentence[];
  readonly keywords: Keyword[];
}

const FN = 'summarize';

/**
 * An extractive summary and the keywords of an article, or of a cluster of articles.
 *
 * @example
 * summarize(article, { sentences: 3 }).sentences.map((s) => s.text);
 */
export function summarize(input: string | readonly string[], options?: SummarizeOptions): Summary {
  const o = readOptions<SummarizeOptions>(FN, options, ['sentences', 'keywords']);
  const n = o.sentences ?? 3;
  if (!Number.isInteger(n) || n < 0) throw new VntextOptionError(FN, 'sentences', 'a whole number ≥ 0', n);
  const docs = typeof input === 'string' ? [input] : input;
  const out: SummarySentence[] = [];
  docs.forEach((doc, d) => {
    for (const s of splitSentences(doc)) {
      if (out.length >= n) break;
      out.push({ text: s.text, start: s.start, end: s.end, score: 1, ...(typeof input === 'string' ? {} : { document: d }) });
    }
  });
  return { sentences: out, keywords: [] };
}
