// Documents in, sentence units out: each document is repaired and normalized (`prepare`), split
// into sentences and segmented into words once, and every sentence becomes a bag of content
// terms (lower-cased words that are not stopwords or punctuation) with its offsets mapped back
// to the caller's string. Everything later (centrality, selection, keywords) works on these.
import type { Alignment } from '../core/alignment.js';
import { prepare } from '../pipeline/prepare.js';
import { defaultResources, segmentRuns } from '../segment/segmenter.js';
import { splitSentences } from '../tokenize/sentences.js';
import { scanTokens } from '../tokenize/token-table.js';
import { TokenKind } from '../tokenize/token-kind.js';
import { isStopword } from './stopwords.js';

/** One word occurrence that can carry meaning, as the keyword pass needs it. */
export interface WordOccurrence {
  /** Index into {@link Analysis.terms}. */
  readonly term: number;
  /** Clean text as written (case kept). */
  readonly surface: string;
  /** Syllables (tokens) in the word. */
  readonly syllables: number;
  /** Whether the word is a letter word (not a number, date or other token). */
  readonly lexical: boolean;
  /** An abbreviation or all-caps acronym (`HTX`, `UBND`, `TP.`). */
  readonly abbreviation: boolean;
  /** Whether nothing but white space separates it from the previous content word. */
  readonly joinsPrevious: boolean;
}

/** A sentence of one document, ready for scoring. */
export interface Unit {
  readonly document: number;
  /** Position among the document's sentences (0 = first). */
  readonly position: number;
  /** Offsets into the caller's string for this document. */
  readonly start: number;
  readonly end: number;
  /** The sentence as the caller wrote it: `documents[document].slice(start, end)`. */
  readonly text: string;
  /** The sentence in clean (repaired, normalized) text. */
  readonly cleanText: string;
  /** Distinct term ids, ascending, with their counts. */
  readonly termIds: Int32Array;
  readonly termCounts: Float64Array;
  /** Syllable-level tokens of words (letters and numbers), a length in ROUGE's unit. */
  readonly length: number;
  /** A line without final punctuation (a title, subtitle, byline or caption): not chosen. */
  readonly heading: boolean;
  readonly words: readonly WordOccurrence[];
}

/** All documents of one call. */
export interface Analysis {
  readonly units: Unit[];
  /** Lower-cased content words; a term id indexes this array. */
  readonly terms: string[];
  /** Sentences per document. */
  readonly sentencesPerDocument: number[];
}

const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isCloser = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2019 || c === 0x201d || c === 0xbb;

/** Whether `text[from, to)` is a non-empty run of spaces and tabs (no line break, no mark). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether clean `text[s, e)` ends without `.`/`!`/`?`/`…` (closing quotes aside). */
function endsWithoutStop(text: string, s: number, e: number): boolean {
  let i = e - 1;
  while (i > s && isCloser(text.charCodeAt(i))) i--;
  return !isTerminal(text.charCodeAt(i));
}

/**
 * Prepares and analyzes every document. `documents` are the caller's strings; offsets in the
 * units point into them.
 *
 * @example
 * const { units, terms } = analyze([article]);
 * article.slice(units[0].start, units[0].end) === units[0].text; // true
 */
export function analyze(documents: readonly string[]): Analysis {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  const units: Unit[] = [];
  const sentencesPerDocument: number[] = [];
  const res = defaultResources();
  documents.forEach((doc, d) => {
    const clean = prepare(doc);
    const text = clean.text;
    const spans: number[] = [];
    splitSentences(text, scanTokens(text), 'auto', (s, e) => spans.push(s, e));
    // The word table is reused by the segmenter's next call: copy what we keep now.
    const table = segmentRuns(text, res);
    const { count, start, end, kind, tokens } = table;
    let w = 0;
    const n = spans.length >> 1;
    sentencesPerDocument.push(n);
    for (let k = 0; k < n; k++) {
      const s = spans[2 * k]!;
      const e = spans[2 * k + 1]!;
      while (w < count && start[w]! < s) w++;
      const counts = new Map<number, number>();
      const words: WordOccurrence[] = [];
      let length = 0;
      let prevEnd = -1;
      for (; w < count && end[w]! <= e; w++) {
        const ws = start[w]!;
        const we = end[w]!;
        const kd = kind[w]!;
        const lexical = kd === TokenKind.Word || kd === TokenKind.Abbreviation;
        const numeric = kd === TokenKind.Number || kd === TokenKind.Date;
        if (!lexical && !numeric) {
          prevEnd = -1;
          continue;
        }
        length += lexical ? tokens[w]! : 1;
        const surface = text.slice(ws, we);
        const key = surface.toLowerCase();
        if ((lexical && isStopword(key)) || key.length < 2) {
          prevEnd = -1;
          continue;
        }
        let id = ids.get(key);
        if (id === undefined) {
          id = terms.length;
          terms.push(key);
          ids.set(key, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
        const joinsPrevious = prevEnd >= 0 && onlySpaces(text, prevEnd, ws);
        words.push({ term: id, surface, syllables: lexical ? tokens[w]! : 1, lexical, abbreviation: kd === TokenKind.Abbreviation, joinsPrevious });
        prevEnd = we;
      }
      const sorted = [...counts.keys()].sort((a, b) => a - b);
      const span = mapSpan(clean.alignment, s, e);
      units.push({
        document: d,
        position: k,
        start: span.start,
        end: span.end,
        text: doc.slice(span.start, span.end),
        cleanText: text.slice(s, e),
        termIds: Int32Array.from(sorted),
        termCounts: Float64Array.from(sorted, (t) => counts.get(t)!),
        length,
        heading: endsWithoutStop(text, s, e),
        words,
      });
    }
  });
  return { units, terms, sentencesPerDocument };
}

function mapSpan(alignment: Alignment, s: number, e: number): { start: number; end: number } {
  return alignment.toInput(s, e);
}
