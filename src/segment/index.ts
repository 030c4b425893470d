/**
 * Word segmentation: finds the words of several syllables (`hợp tác xã`, `Lê Hồng Phong`) with
 * offsets into the caller's string. A word list (VnVocab, place and person names) and a model
 * trained on the VLSP treebank decide, between every two neighbouring syllables, whether they
 * belong to one word. Both are expanded on the first call, not at import.
 *
 * @module
 */
import { EditAlignment, SpanMapper, type Alignment } from '../core/alignment.js';
import { VntextOptionError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { type TextInput, readInput } from '../core/input.js';
import { KIND_NAMES, type TokenKindName } from '../tokenize/token-kind.js';
import { defaultResources, resourcesWith, segmentRuns, type Resources, type WordTable as RunTable } from './segmenter.js';

/**
 * What a word is: the token kind of a one-token word (`word`, `number`, `date`, `url`,
 * `abbreviation`, `punctuation` …), and `word` for every word of several tokens.
 *
 * @example
 * const k: WordKindName = segment('2.270 đồng')[0].kind; // 'number'
 */
export type WordKindName = TokenKindName;

/**
 * One word: its text, half-open UTF-16 offsets into the input (`input.slice(start, end) ===
 * text` for string input), and its kind. For `{ text, alignment }` input, `text` is the word in
 * the clean text and `start`/`end` point into the original string.
 *
 * @example
 * const w: Word = { text: 'hợp tác xã', start: 0, end: 10, kind: 'word' };
 */
export interface Word {
  /** The word as written, inner spaces included (`hợp tác xã`). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: WordKindName;
}

/**
 * Options of {@link createSegmenter}.
 *
 * @example
 * const options: SegmenterOptions = { dictionary: ['Muay Thái', 'cà phê sữa đá'] };
 */
export interface SegmenterOptions {
  /**
   * Extra words, each its syllables separated by spaces or `_` (`'cà phê sữa đá'`,
   * `'Muay_Thái'`); case and tone placement do not matter (`'THUỶ ĐIỆN'` matches `thủy điện`).
   * Wherever one occurs it is one word, the longest first. Entries of one syllable, and
   * numbers inside entries, never match. Default: none.
   */
  readonly dictionary?: readonly string[];
}

/**
 * Options of {@link segment}, {@link segmentJoined} and {@link countWords}: the same as
 * {@link SegmenterOptions}. A dictionary given here is compiled on every call; build a
 * segmenter with {@link createSegmenter} to compile it once.
 *
 * @example
 * segment(text, { dictionary: ['Muay Thái'] });
 */
export type SegmentOptions = SegmenterOptions;

/**
 * A configured segmenter. Configurations are values: two segmenters in one process never
 * affect each other or the plain functions.
 *
 * @example
 * const seg: Segmenter = createSegmenter({ dictionary: ['Muay Thái'] });
 * seg.segment('xem Muay Thái').length; // 2
 */
export interface Segmenter {
  /** Like {@link segment}, with this segmenter's dictionary. */
  segment(input: TextInput): Word[];
  /** Like {@link segmentJoined}, with this segmenter's dictionary. */
  segmentJoined(input: TextInput): string;
  /** Like {@link countWords}, with this segmenter's dictionary. */
  countWords(input: TextInput): number;
  /** Like {@link segmentTable}, with this segmenter's dictionary. */
  segmentTable(input: TextInput): WordTable;
  /** Like {@link wordIterator}, with this segmenter's dictionary. */
  wordIterator(input: TextInput): Generator<Word, void, undefined>;
}

function readDictionary(fn: string, options: unknown): Resources {
  const o = readOptions<SegmenterOptions>(fn, options, ['dictionary']);
  if (o.dictionary === undefined) return defaultResources();
  if (!Array.isArray(o.dictionary) || !o.dictionary.every((w) => typeof w === 'string')) {
    throw new VntextOptionError(fn, 'dictionary', 'an array of strings', o.dictionary);
  }
  return resourcesWith(o.dictionary);
}

/**
 * `alignment` when it maps some offset somewhere else, null when it is the identity over
 * `text` (prepared text that needed no change): words then need no mapping at all.
 */
function mapping(text: string, alignment: Alignment | null): Alignment | null {
  if (alignment instanceof EditAlignment && alignment.editCount === 0 && alignment.outputLength === text.length && alignment.inputLength === text.length) return null;
  return alignment;
}

function toWords(text: string, alignment: Alignment | null, t: RunTable): Word[] {
  const { count, start, end, kind } = t;
  const map = mapping(text, alignment);
  const out = new Array<Word>(count);
  // Words come in order: a cursor over the edits, no search and no span object per word.
  const m = map === null ? null : new SpanMapper(map);
  for (let i = 0; i < count; i++) {
    const s = start[i]!;
    const e = end[i]!;
    const k = KIND_NAMES[kind[i]!]!;
    if (m === null) out[i] = { text: text.slice(s, e), start: s, end: e, kind: k };
    else {
      m.map(s, e);
      out[i] = { text: text.slice(s, e), start: m.start, end: m.end, kind: k };
    }
  }
  return out;
}

const INNER_SPACE = /\s+/gu;

function toJoined(text: string, t: RunTable): string {
  const { count, start, end, tokens } = t;
  const parts = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const w = text.slice(start[i], end[i]);
    // Several tokens, or one with spaces inside (`0912 345 678`): the format has no spaces
    // inside a word.
    parts[i] = tokens[i]! > 1 || w.indexOf(' ') >= 0 || w.indexOf('\u00a0') >= 0 ? w.replace(INNER_SPACE, '_') : w;
  }
  return parts.join(' ');
}

/**
 * Words as a struct of typed arrays: word `i` covers `input.slice(start[i], end[i])` (offsets
 * into the caller's string, also for `{ text, alignment }` input) and has kind code `kind[i]`
 * (a `TokenKind` code; `TokenKind.Word` for every word of several tokens). 9 bytes a word,
 * in one buffer.
 *
 * @example
 * const { count, start, end, kind } = segmentTable('Hợp tác xã Tân Phú');
 * count; // 2
 * [start[1], end[1]]; // [11, 18]
 */
export interface WordTable {
  readonly count: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
}

function copyTable(text: string, t: RunTable, alignment: Alignment | null): WordTable {
  const n = t.count;
  const buffer = new ArrayBuffer(n * 9);
  const start = new Uint32Array(buffer, 0, n);
  const end = new Uint32Array(buffer, n * 4, n);
  const kind = new Uint8Array(buffer, n * 8, n);
  kind.set(t.kind.subarray(0, n));
  const map = mapping(text, alignment);
  if (map === null) {
    start.set(t.start.subarray(0, n));
    end.set(t.end.subarray(0, n));
  } else {
    const m = new SpanMapper(map);
    for (let i = 0; i < n; i++) {
      m.map(t.start[i]!, t.end[i]!);
      start[i] = m.start;
      end[i] = m.end;
    }
  }
  return { count: n, start, end, kind };
}

/** Code units per block {@link wordIterator} segments at a time. */
const BLOCK = 1 << 16;

/**
 * Where the block that starts at `from` ends: after the first line break of a blank line at or
 * past `from + BLOCK` whose paragraph does not end in a letter (a word there may be the cue of
 * a date in the next paragraph, `ngày\n\n5/3`); the end of the text if there is none. No
 * sentence, token or word crosses a blank line, so blocks segment as the whole text does.
 */
function blockEnd(text: string, from: number): number {
  const n = text.length;
  if (n - from <= BLOCK) return n;
  let i = from + BLOCK;
  while (i < n) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return n;
    let j = nl + 1;
    while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
    if (j < n && text.charCodeAt(j) === 0x0a) {
      let k = nl - 1;
      while (k >= from && /\s/u.test(text[k]!)) k--;
      if (k < from || !/[\p{L}\p{M}]/u.test(text[k]!)) return nl + 1;
    }
    i = j;
  }
  return n;
}

function iterateWords(fn: string, input: TextInput, res: Resources): Generator<Word, void, undefined> {
  // Checked now, not on the first step of the generator.
  const { text, alignment } = readInput(fn, input);
  return wordsOf(text, alignment, res);
}

function* wordsOf(text: string, alignment: Alignment | null, res: Resources): Generator<Word, void, undefined> {
  const map = mapping(text, alignment);
  const m = map === null ? null : new SpanMapper(map);
  for (let from = 0; from < text.length; ) {
    const to = blockEnd(text, from);
    const block = from === 0 && to === text.length ? text : text.slice(from, to);
    const t = segmentRuns(block, res);
    // The table is reused by the next call (also one the caller makes between two steps of
    // this generator): take the block's words out first.
    const words = new Array<Word>(t.count);
    for (let i = 0; i < t.count; i++) {
      const s = t.start[i]! + from;
      const e = t.end[i]! + from;
      const k = KIND_NAMES[t.kind[i]!]!;
      if (m === null) words[i] = { text: text.slice(s, e), start: s, end: e, kind: k };
      else {
        m.map(s, e);
        words[i] = { text: text.slice(s, e), start: m.start, end: m.end, kind: k };
      }
    }
    yield* words;
    from = to;
  }
}

function build(fn: string, res: Resources): Segmenter {
  return {
    segment(input) {
      const { text, alignment } = readInput(`${fn}.segment`, input);
      return toWords(text, alignment, segmentRuns(text, res));
    },
    segmentJoined(input) {
      const { text } = readInput(`${fn}.segmentJoined`, input);
      return toJoined(text, segmentRuns(text, res));
    },
    countWords(input) {
      const { text } = readInput(`${fn}.countWords`, input);
      return segmentRuns(text, res).count;
    },
    segmentTable(input) {
      const { text, alignment } = readInput(`${fn}.segmentTable`, input);
      return copyTable(text, segmentRuns(text, res), alignment);
    },
    wordIterator(input) {
      return iterateWords(`${fn}.wordIterator`, input, res);
    },
  };
}

/**
 * Builds a segmenter with its own dictionary. Build one and reuse it: adding the words copies
 * the built-in word list once (a few milliseconds).
 *
 * @example
 * const seg = createSegmenter({ dictionary: ['Muay Thái', 'cà phê sữa đá'] });
 * seg.segmentJoined('Uống cà phê sữa đá xem Muay Thái'); // 'Uống cà_phê_sữa_đá xem Muay_Thái'
 */
export function createSegmenter(options?: SegmenterOptions): Segmenter {
  return build('createSegmenter', readDictionary('createSegmenter', options));
}

/**
 * Splits text into words. Multi-syllable words keep their inner spaces in `text`;
 * punctuation, numbers, dates, URLs and other tokens are words of their own kind. Every
 * character except white space belongs to exactly one word, and words never span a line break.
 *
 * @example
 * segment('Hợp tác xã Tân Phú').map((w) => w.text); // ['Hợp tác xã', 'Tân Phú']
 * segment('Giá 2.270 đồng')[1]; // { text: '2.270', start: 4, end: 9, kind: 'number' }
 */
export function segment(input: TextInput, options?: SegmentOptions): Word[] {
  const { text, alignment } = readInput('segment', input);
  const res = options === undefined ? defaultResources() : readDictionary('segment', options);
  return toWords(text, alignment, segmentRuns(text, res));
}

/**
 * Segments and returns the words separated by single spaces, with the syllables of each
 * multi-syllable word joined by `_`: the format underthesea (`format="text"`) and VnCoreNLP
 * print.
 *
 * @example
 * segmentJoined('Hợp tác xã nông nghiệp.'); // 'Hợp_tác_xã nông_nghiệp .'
 */
export function segmentJoined(input: TextInput, options?: SegmentOptions): string {
  const { text } = readInput('segmentJoined', input);
  const res = options === undefined ? defaultResources() : readDictionary('segmentJoined', options);
  return toJoined(text, segmentRuns(text, res));
}

/**
 * Number of words {@link segment} would return, without building them: for counting over
 * large corpora.
 *
 * @example
 * countWords('Hợp tác xã nông nghiệp.'); // 3
 */
export function countWords(input: TextInput, options?: SegmentOptions): number {
  const { text } = readInput('countWords', input);
  const res = options === undefined ? defaultResources() : readDictionary('countWords', options);
  return segmentRuns(text, res).count;
}

/**
 * The typed-array tier of {@link segment}: the same words as start and end offsets and kind
 * codes in typed arrays (9 bytes a word), with no object per word. For corpora: a `Word`
 * object costs about 90 bytes besides its text.
 *
 * @example
 * const t = segmentTable('Hợp tác xã Tân Phú');
 * for (let i = 0; i < t.count; i++) console.log(t.start[i], t.end[i], t.kind[i]);
 * // 0 10 1
 * // 11 18 1
 */
export function segmentTable(input: TextInput, options?: SegmentOptions): WordTable {
  const { text, alignment } = readInput('segmentTable', input);
  const res = options === undefined ? defaultResources() : readDictionary('segmentTable', options);
  return copyTable(text, segmentRuns(text, res), alignment);
}

/**
 * The words of {@link segment} one at a time, segmenting a long text block by block (cut at
 * blank lines, about 64 K code units each), so memory stays bounded by the block, not the
 * text. The words are the ones {@link segment} returns.
 *
 * @example
 * let n = 0;
 * for (const w of wordIterator(corpus)) if (w.kind === 'word') n++;
 */
export function wordIterator(input: TextInput, options?: SegmentOptions): Generator<Word, void, undefined> {
  const res = options === undefined ? defaultResources() : readDictionary('wordIterator', options);
  return iterateWords('wordIterator', input, res);
}
