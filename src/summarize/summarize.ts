import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { analyze } from './analyze.js';
import { rankKeywords } from './keywords.js';
import { scoreUnits } from './score.js';
import { selectSentences, type Candidate } from './select.js';
import { inverseSentenceFrequency, tfidfVectors } from './vectors.js';

/**
 * Options of {@link summarize}.
 *
 * @example
 * const options: SummarizeOptions = { sentences: 5, maxCharacters: 800, keywords: 8 };
 */
export interface SummarizeOptions {
  /** How many sentences to choose, at most. Default 3. */
  sentences?: number;
  /**
   * Largest total length of the chosen sentences (`text`), in UTF-16 code units; a sentence
   * that does not fit is passed over for a shorter one. Default: no limit.
   */
  maxCharacters?: number;
  /** How many keywords to return. Default 10. */
  keywords?: number;
}

/**
 * A chosen sentence, with offsets into its document (the input string, or
 * `documents[document]`): `document.slice(start, end) === text`.
 *
 * @example
 * summarize('Hợp tác xã Tân Lập tổ chức hội nghị. Hội nghị bàn về nông nghiệp sạch. Trời mưa.', { sentences: 1 }).sentences[0];
 * // { text: 'Hợp tác xã Tân Lập tổ chức hội nghị.', cleanText: 'Hợp tác xã Tân Lập tổ chức hội nghị.', start: 0, end: 36, score: 2 }
 */
export interface SummarySentence {
  /** The sentence as the caller wrote it. */
  readonly text: string;
  /** The same sentence after repair and normalization (`text` itself when nothing needed it). */
  readonly cleanText: string;
  readonly start: number;
  readonly end: number;
  /** How strongly it was chosen (centrality, position and title combined; higher is better). */
  readonly score: number;
  /** For a cluster (an array of documents): the index of the document it comes from. */
  readonly document?: number;
}

/**
 * A keyword or key phrase of the text, with its score (higher is more central).
 *
 * @example
 * summarize('Hợp tác xã Tân Lập tổ chức hội nghị. Hội nghị bàn về nông nghiệp sạch. Hợp tác xã có 200 thành viên.', { keywords: 1 }).keywords;
 * // [{ text: 'Hợp tác xã', score: 15.831 }]
 */
export interface Keyword {
  readonly text: string;
  readonly score: number;
}

/**
 * What {@link summarize} returns: sentences in document order, keywords best first.
 *
 * @example
 * const { sentences, keywords }: Summary = summarize(article, { sentences: 3, keywords: 6 });
 * sentences.map((s) => article.slice(s.start, s.end)); // the chosen sentences, as written
 */
export interface Summary {
  readonly sentences: SummarySentence[];
  readonly keywords: Keyword[];
}

const FN = 'summarize';

function count(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new VntextOptionError(FN, option, 'a whole number ≥ 0', value);
  }
  return value;
}

/**
 * An extractive summary and the keywords of an article, or of a cluster of articles on one
 * story. Sentences are scored by LexRank centrality over TF-IDF word vectors (built on the
 * project's sentence splitter, word segmenter and a stopword list), by their position in their
 * document and by their similarity to a title line, then chosen greedily with redundancy
 * removal, so a sentence repeated across a cluster is picked once. The chosen sentences come
 * back in document order (for a cluster: by document, then position), each as the caller wrote
 * it with its offsets, and in clean form (`cleanText`) where it needed repair or
 * normalization. Keywords are in clean form. Deterministic.
 *
 * @example
 * // examples/article.txt: a title line, a date line, then the report
 * const { sentences, keywords } = summarize(article, { sentences: 3, keywords: 6 });
 * sentences[1]; // { text: 'Phát biểu tại hội nghị, ông Hoàng Văn Minh, …', start: 348, end: 547, score: 1.0332 }
 * keywords.map((k) => k.text); // ['HTX', 'Liên minh HTX', 'gặp mặt', 'kỷ niệm', 'hợp tác xã', 'tỉnh Lạng Sơn']
 * summarize([story1, story2, story3], { sentences: 5 }).sentences[0].document; // 0
 */
export function summarize(input: string | readonly string[], options?: SummarizeOptions): Summary {
  const cluster = typeof input !== 'string';
  if (cluster && !(Array.isArray(input) && input.every((d) => typeof d === 'string'))) {
    throw new VntextInputError(FN, 'a string or an array of strings', input);
  }
  const o = readOptions<SummarizeOptions>(FN, options, ['sentences', 'maxCharacters', 'keywords']);
  const n = count('sentences', o.sentences, 3);
  const maxCharacters = o.maxCharacters === undefined ? Infinity : count('maxCharacters', o.maxCharacters, 0);
  const k = count('keywords', o.keywords, 10);
  const documents: readonly string[] = cluster ? input : [input];

  const analysis = analyze(documents);
  const { units, terms } = analysis;
  const vectors = tfidfVectors(units, inverseSentenceFrequency(units, terms.length));
  const scores = scoreUnits(units, vectors, terms.length);
  const candidates: Candidate[] = [];
  units.forEach((u, i) => {
    if (u.termIds.length === 0) return;
    candidates.push({
      index: i,
      score: scores[i]!,
      vector: vectors[i]!,
      characters: u.text.length,
      key: u.cleanText.toLowerCase(),
      // Titles, subheadings, bylines and captions are not sentences of the story; they are
      // chosen only when the text has nothing else (one sentence per line without stops).
      fallback: u.heading,
    });
  });
  const chosen = selectSentences(candidates, n, maxCharacters).sort((a, b) => a - b);
  const sentences = chosen.map((i): SummarySentence => {
    const u = units[i]!;
    const s = { text: u.text, cleanText: u.cleanText, start: u.start, end: u.end, score: Math.round(scores[i]! * 1e4) / 1e4 };
    return cluster ? { ...s, document: u.document } : s;
  });
  return { sentences, keywords: rankKeywords(analysis, k) };
}
