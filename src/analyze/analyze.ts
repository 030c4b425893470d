import { VntextOptionError } from '../core/errors.js';
import { assertText, flag, readOptions } from '../core/options.js';
import type { RepairChange } from '../encoding/repair.js';
import { extractEntities, type ExtractEntitiesOptions } from '../entities/extract.js';
import type { Entity } from '../entities/types.js';
import { detectLanguage, type LanguageGuess } from '../language/detect.js';
import type { NormalizeChange } from '../normalize/normalize.js';
import { prepare, type PrepareOptions } from '../pipeline/prepare.js';
import { segment, type Word } from '../segment/index.js';
import { summarize, type Keyword, type SummarizeOptions, type SummarySentence } from '../summarize/summarize.js';
import { sentences as splitSentences, type Sentence } from '../tokenize/sentences.js';
import { tokenize, type Token } from '../tokenize/tokenize.js';

/**
 * Options of {@link analyze}.
 *
 * @example
 * analyze(text, { entities: { types: ['date', 'money'] }, summary: { sentences: 2 }, language: false });
 */
export interface AnalyzeOptions {
  /** As in `prepare`: `true` (default), `false`, or repair's options. */
  repair?: PrepareOptions['repair'];
  /** As in `prepare`: `true` (default), `false`, or normalize's options. */
  normalize?: PrepareOptions['normalize'];
  /** Extract entities: `true` (default), `false`, or `extractEntities`' options. */
  entities?: boolean | ExtractEntitiesOptions;
  /** Choose summary sentences and keywords: `false` (default), `true`, or `summarize`'s options. */
  summary?: boolean | SummarizeOptions;
  /** Detect the language. Default `true`. */
  language?: boolean;
}

/**
 * The summary of an analyzed document: its sentences point into the input.
 *
 * @example
 * analyze('Hội nghị treân địa bàn tỉnh Lạng Sơn. Hợp tác xã có 200 thành viên.', { summary: { sentences: 1, keywords: 2 } }).summary;
 * // { sentences: [{ text: 'Hội nghị treân địa bàn tỉnh Lạng Sơn.', cleanText: 'Hội nghị trên địa bàn tỉnh Lạng Sơn.', start: 0, end: 37, score: 2 }],
 * //   keywords: [{ text: 'Lạng Sơn', score: 9.499 }, { text: 'Hợp tác xã', score: 7.124 }] }
 */
export interface DocumentSummary {
  readonly sentences: readonly SummarySentence[];
  readonly keywords: readonly Keyword[];
}

/**
 * Everything {@link analyze} found. Every `start`/`end` is a half-open UTF-16 offset into
 * `text`, the string that was passed in; `text` fields of tokens, words and sentences are the
 * clean (repaired, normalized) form.
 *
 * @example
 * const doc: AnalyzedDocument = analyze('Hội nghị treân địa bàn tỉnh Lạng Sơn.');
 * doc.clean;                                                 // 'Hội nghị trên địa bàn tỉnh Lạng Sơn.'
 * doc.text.slice(doc.tokens[2].start, doc.tokens[2].end);    // 'treân' (tokens[2].text is 'trên')
 * doc.entities.map((e) => e.text);                           // ['tỉnh Lạng Sơn']
 */
export interface AnalyzedDocument {
  /** The input, as given. */
  readonly text: string;
  /** The repaired and normalized text. */
  readonly clean: string;
  /** Words repaired from legacy encodings (`original` is the input there). */
  readonly repairs: readonly RepairChange[];
  /** Normalization changes (`original` is the input there). */
  readonly normalizations: readonly NormalizeChange[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly words: readonly Word[];
  readonly entities: readonly Entity[];
  /** `null` when `language: false`. */
  readonly language: LanguageGuess | null;
  /** `null` unless `summary` was asked for. */
  readonly summary: DocumentSummary | null;
}

const FN = 'analyze';

function stage<T extends object>(name: string, value: unknown, fallback: boolean): T | null {
  if (value === undefined) return fallback ? ({} as T) : null;
  if (value === true) return {} as T;
  if (value === false) return null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as T;
  throw new VntextOptionError(FN, name, 'true, false or an options object', value);
}

/**
 * Runs the whole pipeline on one document: repair, normalize, sentences, tokens, words,
 * entities, language and (on request) a summary, in one object whose spans all point into the
 * input.
 *
 * @example
 * const doc = analyze('Hội nghị diễn ra treân địa bàn tỉnh Lạng Sơn.', { summary: true });
 * doc.clean;             // 'Hội nghị diễn ra trên địa bàn tỉnh Lạng Sơn.'
 * doc.repairs[0];        // { start: 17, end: 22, original: 'treân', text: 'trên', encoding: 'vni' }
 * doc.words[0];          // { text: 'Hội nghị', start: 0, end: 8, kind: 'word' }
 * doc.language;          // { language: 'vie', confidence: 1 }
 */
export function analyze(text: string, options?: AnalyzeOptions): AnalyzedDocument {
  assertText(FN, text);
  const o = readOptions<AnalyzeOptions>(FN, options, ['repair', 'normalize', 'entities', 'summary', 'language']);
  const entityOptions = stage<ExtractEntitiesOptions>('entities', o.entities, true);
  const summaryOptions = stage<SummarizeOptions>('summary', o.summary, false);
  const withLanguage = flag(FN, 'language', o.language, true);
  const prepared = prepare(text, {
    ...(o.repair === undefined ? {} : { repair: o.repair }),
    ...(o.normalize === undefined ? {} : { normalize: o.normalize }),
  });
  const summary = summaryOptions === null ? null : summarize(prepared.text, summaryOptions);
  return {
    text,
    clean: prepared.text,
    repairs: prepared.repairs,
    normalizations: prepared.normalizations,
    sentences: splitSentences(prepared),
    tokens: tokenize(prepared),
    words: segment(prepared),
    entities: entityOptions === null ? [] : extractEntities(text, entityOptions),
    language: withLanguage ? detectLanguage(prepared.text) : null,
    summary:
      summary === null
        ? null
        : {
            // summarize sees the clean text; its offsets go back to the input like every span,
            // and `text` is the input there, as summarize's own sentences are (`cleanText` is
            // the clean form).
            sentences: summary.sentences.map((s) => {
              const span = prepared.alignment.toInput(s.start, s.end);
              return { ...s, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
            }),
            keywords: summary.keywords,
          },
  };
}
