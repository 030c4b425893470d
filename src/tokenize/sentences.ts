import { oneOf, readOptions } from '../core/options.js';
import { CharClass } from './char-class-codes.js';
import { bmpClasses } from './char-classes.js';
import { type TextInput, readInput } from '../core/input.js';
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { abbreviationCanEnd, abbreviationListedEnd } from './scanner.js';
import { TokenKind } from './token-kind.js';
import { TableReader, type TokenTable, tokenTableOf } from './token-table.js';
import { SpanMapper } from '../core/alignment.js';

/**
 * A sentence: `text` is `input.slice(start, end)`, trimmed of surrounding white space.
 *
 * @example
 * sentences('Xin chào. Tạm biệt.')[1]; // { text: 'Tạm biệt.', start: 10, end: 19 }
 */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Options of {@link sentences}.
 *
 * @example
 * sentences(hardWrappedText, { lineBreaks: 'paragraph' });
 */
export interface SentencesOptions {
  /**
   * What a single line break means (a blank line always ends a sentence):
   * - `'auto'` (default): it ends the sentence unless the next line continues it: it starts
   *   with a lower-case word or with `,` `;` `)`, or the line before is as long as
   *   hard-wrapped text (60+ code units) and breaks after a word or a comma. So short headings,
   *   all-caps titles, list items, bullets and table rows are sentences of their own, while
   *   `…của UBND\ntỉnh Lạng Sơn` and PDF-style wrapped paragraphs stay whole.
   * - `'always'`: every line is at least one sentence (one sentence per line input).
   * - `'paragraph'`: it is a space (hard-wrapped prose); only punctuation and blank lines end
   *   sentences.
   */
  readonly lineBreaks?: 'auto' | 'always' | 'paragraph';
}

const MODES = ['auto', 'always', 'paragraph'] as const;

/** Lines at least this long are taken for hard-wrapped prose (PDF text, e-mail, Markdown). */
const WRAP_WIDTH = 60;

/**
 * Lines at least this much longer than the line before them are not its wrapped continuation:
 * a title or a byline line over a paragraph written on one line (news pages) ends there.
 */
const WRAP_SLACK = 16;

/**
 * Single capitals that abbreviate an administrative unit in an address: `P.` phường, `Q.` quận,
 * `H.` huyện, `X.` xã, `T.` tỉnh. After a lower-case word that is no form of address
 * (`ở Q. Tân Phú`, `và H. Hóc Môn`) they abbreviate a place, not the end of a name.
 */
const isAddressLetter = (c: number): boolean => c === 0x50 || c === 0x51 || c === 0x48 || c === 0x58 || c === 0x54;

/**
 * Words of address and kinship before a person's initial (`chị H. Chị kể`): there a single
 * capital with a dot may end the sentence, whatever letter it is.
 */
const PERSON_WORDS = new Set([
  'anh', 'chị', 'em', 'ông', 'bà', 'cô', 'chú', 'bác', 'cậu', 'mợ', 'dì', 'thím', 'dượng', 'cụ',
  'cháu', 'bé', 'cu', 'con', 'bạn', 'nữ', 'nam', 'thầy', 'cả', 'tên', 'hắn', 'y', 'thị', 'gã', 'lão',
]);

/** Words that number a part of a document: `Điều 1.`, `Chương II.` do not end a sentence. */
const HEADINGS = new Set(['điều', 'chương', 'mục', 'phần', 'khoản', 'bài', 'câu', 'bước']);
export type SentenceMode = (typeof MODES)[number];
type Mode = SentenceMode;

/**
 * Splits text into sentences. Knows Vietnamese abbreviations (`TP. Hồ Chí Minh`, `Th.S`,
 * `PGS.TS.`), numbers and dates with dots, closing quotes after the full stop, ellipses,
 * `!?`, list items (`- `, `•`, `1.`, `a)`), headings without final punctuation and initials
 * (`ông Nguyễn Văn A. Sau đó` is two sentences; `J. K. Rowling` stays together). Offsets are
 * into the input (for `{ text, alignment }`, into the original string).
 *
 * @example
 * sentences('Ông về TP. Hồ Chí Minh lúc 7h30. Giá tăng 3,5%... "Tốt quá!" Hết.').map((s) => s.text);
 * // ['Ông về TP. Hồ Chí Minh lúc 7h30.', 'Giá tăng 3,5%...', '"Tốt quá!"', 'Hết.']
 */
export function sentences(input: TextInput, options?: SentencesOptions): Sentence[] {
  const { text, alignment } = readInput('sentences', input);
  const o = readOptions<SentencesOptions>('sentences', options, ['lineBreaks']);
  const mode = oneOf('sentences', 'lineBreaks', o.lineBreaks, MODES, 'auto');
  const table = tokenTableOf(text, TableReader.Sentences);
  const out: Sentence[] = [];
  const mapper = alignment === null ? null : new SpanMapper(alignment);
  splitSentences(text, table, mode, (s, e) => {
    if (mapper === null) {
      out.push({ text: text.slice(s, e), start: s, end: e });
    } else {
      mapper.map(s, e);
      out.push({ text: text.slice(s, e), start: mapper.start, end: mapper.end });
    }
  });
  return out;
}

const isTerminalCode = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/** Closing quotes and brackets that stay with the sentence a terminal mark just ended. */
function isCloser(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2019 || c === 0x201d ||
    c === 0xbb || c === 0x203a || c === 0x2a || c === 0x5f
  );
}

/** Punctuation that continues a sentence when it starts the next line or follows `.`. */
function continuesSentence(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2019 || c === 0x201d || c === 0xbb;
}

/** Marks after which an initial abbreviates a place rather than ending a name. */
const isOpenerOrComma = (c: number): boolean => c === 0x28 || c === 0x5b || c === 0x2c || c === 0x3b || c === 0x3a;

/** Inline bullets: each starts a sentence wherever it is. */
const isBullet = (c: number): boolean => c === 0x2022 || c === 0x25cf || c === 0x25aa || c === 0x25e6 || c === 0x2023 || c === 0x2043;

/**
 * Line breaks in the white space `[from, to)`: 0, 1, or 2 for a blank line or more (CR LF
 * counts once; U+2029 PARAGRAPH SEPARATOR counts as a blank line).
 */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028) breaks++;
    else if (c === 0x0d) {
      breaks++;
      if (i + 1 < to && text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x2029) breaks += 2;
    if (breaks >= 2) return 2;
  }
  return breaks;
}

/**
 * The sentence loop over a token table: calls `emit(start, end)` per sentence, in order.
 *
 * @example
 * splitSentences(text, scanTokens(text), 'auto', (s, e) => console.log(text.slice(s, e)));
 */
export function splitSentences(
  text: string,
  table: TokenTable,
  mode: Mode,
  emit: (start: number, end: number) => void,
): void {
  const { start, end } = table;
  sentenceTokens(text, table, mode, (first, last) => emit(start[first]!, end[last]!));
}

/**
 * The sentence loop over a token table: calls `emit(first, last)` with the first and last
 * token of each sentence, in order. Exported for callers that already hold a table (the
 * segmenter, which never joins a word across these boundaries).
 *
 * @example
 * sentenceTokens(text, scanTokens(text), 'auto', (first, last) => console.log(first, last));
 */
export function sentenceTokens(
  text: string,
  table: TokenTable,
  mode: Mode,
  emit: (first: number, last: number) => void,
): void {
  const { count, start, end, kind } = table;
  if (count === 0) return;
  const C = bmpClasses();
  const firstClass = (i: number): number => C[text.charCodeAt(start[i]!)]!;
  const firstCode = (i: number): number => text.charCodeAt(start[i]!);
  const len = (i: number): number => end[i]! - start[i]!;
  const adjacent = (i: number): boolean => end[i - 1] === start[i];

  const isLowerStart = (i: number): boolean => {
    const k = kind[i]!;
    return (k === TokenKind.Word || k === TokenKind.Abbreviation || k === TokenKind.Hashtag || k === TokenKind.Mention) && firstClass(i) === CharClass.Lower;
  };
  /** A one-letter capital word, maybe with marks: an initial (`A`, `Đ`). */
  const isInitial = (i: number): boolean => {
    if (kind[i] !== TokenKind.Word || firstClass(i) !== CharClass.Upper) return false;
    for (let k = start[i]! + 1; k < end[i]!; k++) if (C[text.charCodeAt(k)] !== CharClass.Extend) return false;
    return true;
  };
  /** `1.` `a)` `II.` `IV)` at the start of a sentence: a list marker, not a sentence end. */
  const isMarker = (i: number): boolean => {
    const k = kind[i]!;
    if (k === TokenKind.Number) return len(i) <= 3 && firstClass(i) === CharClass.Digit;
    if (k === TokenKind.Word || k === TokenKind.Abbreviation) {
      if (len(i) === 1) return true;
      for (let p = start[i]!; p < end[i]!; p++) {
        const c = text.charCodeAt(p);
        if (c !== 0x49 && c !== 0x56 && c !== 0x58 && c !== 0x4c) return false; // I V X L
      }
      return len(i) <= 5;
    }
    return false;
  };
  /** Whether tokens `[first, i)` are only a list marker: `-`, `•`, `1.`, `a)`, `46\.`. */
  const onlyMarker = (first: number, i: number): boolean => {
    const n = i - first;
    if (n === 1) return kind[first] === TokenKind.Punctuation || kind[first] === TokenKind.Symbol ? len(first) === 1 : false;
    if (n < 2 || n > 3 || !isMarker(first)) return false;
    const last = firstCode(i - 1);
    if (last !== 0x2e && last !== 0x29) return false;
    return n === 2 || firstCode(first + 1) === 0x5c; // a Markdown escape: `46\.`
  };
  /**
   * Length of the line around `pos`, marks not counted (so NFD and NFC text wrap alike),
   * scanning backwards (`dir` -1, from `pos - 1`) or forwards (`dir` 1, from `pos`); stops
   * counting past `cap`.
   */
  const lineLength = (pos: number, dir: number, cap: number): number => {
    let length = 0;
    for (let k = dir < 0 ? pos - 1 : pos; k >= 0 && k < text.length; k += dir) {
      const c = text.charCodeAt(k);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) break;
      if (C[c] !== CharClass.Extend && ++length > cap) break;
    }
    return length;
  };
  /**
   * Whether the line that token `i` ends wraps into the next line (which starts at token
   * `i + 1`): it is as long as text wrapped at a fixed width, and the next line is not much
   * longer. A title over a paragraph written on one line is not wrapped text.
   */
  const wrapsIntoNext = (i: number): boolean => {
    const length = lineLength(end[i]!, -1, Infinity);
    if (length < WRAP_WIDTH) return false;
    return lineLength(start[i + 1]!, 1, length + WRAP_SLACK) <= length + WRAP_SLACK;
  };
  /** `1.` `a)` `IV.` `46\.` at token `i`: a list marker followed by its dot or bracket. */
  const startsListItem = (i: number): boolean => {
    if (!isMarker(i) || i + 1 >= count || !adjacent(i + 1)) return false;
    let c = firstCode(i + 1);
    if (c === 0x5c && i + 2 < count && adjacent(i + 2)) c = firstCode(i + 2);
    return c === 0x2e || c === 0x29;
  };
  /** A bullet, dash, table bar, heading hash or quote bar that starts a line of its own. */
  const isLineMarker = (i: number): boolean => {
    const k = kind[i]!;
    if (k !== TokenKind.Punctuation && k !== TokenKind.Symbol) return false;
    const c = firstCode(i);
    if (c === 0x2a) return len(i) === 1 && (i + 1 >= count || !adjacent(i + 1)); // `* item`, not `**bold**`
    return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2b || c === 0x7c || c === 0x23 || c === 0x3e || isBullet(c);
  };
  /** Whether a single line break before token `i` ends the sentence in 'auto' mode. */
  const lineStartsSentence = (i: number, first: number): boolean => {
    if (onlyMarker(first, i)) return false;
    if (isLowerStart(i)) {
      // `a) …` and `b. …` are list items even in lower case.
      if (len(i) === 1 && i + 1 < count && adjacent(i + 1) && (firstCode(i + 1) === 0x29 || firstCode(i + 1) === 0x2e)) return true;
      return false;
    }
    if (kind[i] === TokenKind.Punctuation && continuesSentence(firstCode(i))) return false;
    // Hard-wrapped prose breaks lines anywhere, also before a name or a number (`các xã
    // An\nThái`, `Đề án số\n387/ĐA-CP`): a long line that ends in a lower-case or Capitalized
    // word or a comma goes on. Short lines are headings and all-caps lines are titles; they
    // stand alone, and so do list items.
    if (!startsListItem(i) && !isLineMarker(i) && wrapsIntoNext(i - 1)) {
      const prev = i - 1;
      const k = kind[prev]!;
      if (k === TokenKind.Punctuation) return firstCode(prev) !== 0x2c;
      if (k !== TokenKind.Word) return true;
      return len(prev) > 1 && C[text.charCodeAt(start[prev]! + 1)] === CharClass.Upper;
    }
    return true;
  };
  const isUpperWord = (i: number): boolean =>
    (kind[i] === TokenKind.Word || kind[i] === TokenKind.Abbreviation) && firstClass(i) === CharClass.Upper;
  /**
   * A capitalized word that is no Vietnamese syllable (`Donald`, `Trump`, `Rowling`): beside
   * an initial it makes the initial part of a foreign name.
   */
  const isForeignName = (i: number): boolean => {
    if (i < 0 || i >= count || kind[i] !== TokenKind.Word || firstClass(i) !== CharClass.Upper || len(i) < 2) return false;
    const s = start[i]!;
    const e = end[i]!;
    // A syllable is at most 8 letters and 2 marks each in NFD; never normalize an unbounded run.
    if (e - s > 24) return true;
    let marks = false;
    for (let k = s; k < e; k++) if (C[text.charCodeAt(k)] === CharClass.Extend) marks = true;
    if (!marks) return analyzeRange(text, s, e) === Verdict.Invalid;
    const nfc = text.slice(s, e).normalize('NFC');
    return analyzeRange(nfc, 0, nfc.length) === Verdict.Invalid;
  };
  /** Lower-cased NFC text of token `i`, for short words only. */
  const lowerWord = (i: number): string => (len(i) > 12 ? '' : text.slice(start[i]!, end[i]!).normalize('NFC').toLowerCase());
  /** An abbreviation made only of single capitals with dots (`N.T.`, `J.K.`, `U.S.A.`). */
  const isInitialsChain = (i: number): boolean => {
    if (kind[i] !== TokenKind.Abbreviation) return false;
    let letters = 0;
    for (let k = start[i]!; k < end[i]!; k++) {
      const c = C[text.charCodeAt(k)];
      if (c === CharClass.Upper) {
        if (++letters > 1 && text.charCodeAt(k - 1) !== 0x2e && C[text.charCodeAt(k - 1)] !== CharClass.Extend) return false;
      } else if (c !== CharClass.Extend && text.charCodeAt(k) !== 0x2e) return false;
    }
    return letters > 0;
  };
  /** Whether token `i` is an initial written with its dot (`T.`, `T` `.`, `N.T.`). */
  const isDottedInitial = (i: number): boolean => {
    if (i >= count) return false;
    if (isInitialsChain(i)) return text.charCodeAt(end[i]! - 1) === 0x2e;
    return isInitial(i) && i + 1 < count && adjacent(i + 1) && firstCode(i + 1) === 0x2e && len(i + 1) === 1;
  };
  /** After a terminal mark and white space, whether token `i` starts a new sentence. */
  const startsAfterStop = (i: number): boolean => {
    if (isLowerStart(i)) return false;
    if (kind[i] !== TokenKind.Punctuation) return true;
    const c = firstCode(i);
    if (continuesSentence(c) || isTerminalCode(c)) return false;
    // `"Đi đâu?" - tôi hỏi.`: a dash before a lower-case word attributes the quote.
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && i + 1 < count && isLowerStart(i + 1)) return false;
    return true;
  };
  /**
   * A quote after a terminal mark and a space: curly closing quotes close; a straight quote
   * closes unless a word is glued to its right (`"Tôi`) or a capitalized word follows it.
   */
  const closesAfterSpace = (q: number): boolean => {
    if (kind[q] !== TokenKind.Punctuation || len(q) !== 1) return false;
    const c = firstCode(q);
    if (c === 0x201d || c === 0x2019 || c === 0xbb) return true;
    if (c !== 0x22) return false;
    if (q + 1 >= count) return true;
    if (adjacent(q + 1) || lineBreaks(text, end[q]!, start[q + 1]!) > 0) return false;
    return kind[q + 1] === TokenKind.Punctuation || isLowerStart(q + 1);
  };
  /** Whether the terminal token `t` (after the sentence's first token `first`) can end it. */
  const terminalEnds = (t: number, first: number): boolean => {
    if (kind[t] === TokenKind.Abbreviation) {
      // `Chị N.T. T. (SN 1984)`, `J.K. Rowling`: initials go on into more initials or a name.
      // Like a single initial, only before a capitalized word (`L.V.Đ. (45 tuổi)` goes on).
      if (isInitialsChain(t) && (!isUpperWord(t + 1) || isDottedInitial(t + 1) || isForeignName(t + 1))) return false;
      if (!abbreviationCanEnd(text, start[t]!, end[t]!)) return false;
      // `Co. Ltd.`: a suffix that may end a sentence goes on into another one.
      return !(t + 1 < count && kind[t + 1] === TokenKind.Abbreviation && abbreviationListedEnd(text, start[t + 1]!, end[t + 1]!));
    }
    const c = firstCode(t);
    // An ellipsis trails off inside a sentence (`làm cầu nối ... 500 liệt sĩ`) unless a
    // capitalized word or an opening quote or bracket follows it.
    if (c === 0x2026 || (c === 0x2e && len(t) > 1)) {
      const next = t + 1;
      if (next >= count) return true;
      const d = firstCode(next);
      return isUpperWord(next) || (kind[next] === TokenKind.Punctuation && (d === 0x22 || d === 0x201c || d === 0x2018 || d === 0xab || d === 0x28 || d === 0x5b));
    }
    if (c !== 0x2e) return true; // ! ? end sentences outright
    const prev = t - 1;
    if (prev < first || !adjacent(t)) return true;
    if (onlyMarker(first, t + 1)) return false; // `1. Nội dung`, `46\. Sắp xếp`
    // `Điều 1. Phạm vi điều chỉnh`, `Chương II. Quy định chung`: a numbered heading.
    if (prev === first + 1 && (kind[prev] === TokenKind.Number || isMarker(prev)) && HEADINGS.has(lowerWord(first))) {
      return false;
    }
    // A unit or letter in lower case (`cao 2,5 m.`) ends a sentence before a capitalized word,
    // not before a number (`h. 15 tuổi`).
    if (kind[prev] === TokenKind.Word && len(prev) === 1 && firstClass(prev) === CharClass.Lower) return isUpperWord(t + 1);
    if (isInitial(prev)) {
      // `J. K. Rowling`: an initial followed by another initial, or preceded by one, is part of
      // a name. `Nguyễn Văn A. Sau đó` and `chị H. Chị kể` end their sentences, but only before
      // a capitalized word (`chị H. (45 tuổi)` goes on).
      const next = t + 1;
      if (next < count && !isUpperWord(next)) return false;
      // An initial that opens the sentence or follows `(` `,` `;` `:` abbreviates a place
      // (`(Q. Tân Bình)`, `, P. Đông Hưng Thuận`), not the end of a name.
      if (prev === first || (kind[prev - 1] === TokenKind.Punctuation && isOpenerOrComma(firstCode(prev - 1)))) return false;
      // `Donald J. Trump`: a foreign name on either side makes the initial a middle one.
      if (isForeignName(prev - 1) || isForeignName(next)) return false;
      // `ở Q. Tân Phú`, `và H. Hóc Môn`: a unit letter after a word that is neither a name nor
      // a form of address (`chị H. Chị kể` ends) abbreviates a place.
      if (isAddressLetter(firstCode(prev)) && firstClass(prev - 1) !== CharClass.Upper && !PERSON_WORDS.has(lowerWord(prev - 1))) return false;
      if (next < count && isInitial(next) && next + 1 < count && adjacent(next + 1) && firstCode(next + 1) === 0x2e) return false;
      if (prev - 2 >= first && firstCode(prev - 1) === 0x2e && len(prev - 1) === 1 && isInitial(prev - 2)) return false;
    }
    return true;
  };
  const isTerminal = (i: number): boolean => {
    const k = kind[i]!;
    if (k === TokenKind.Punctuation) return isTerminalCode(firstCode(i));
    return k === TokenKind.Abbreviation && text.charCodeAt(end[i]! - 1) === 0x2e;
  };

  let first = 0;
  for (let i = 0; i < count; i++) {
    const k = kind[i]!;
    if (i > first) {
      // Most gaps are one space or nothing: no line break to read there.
      const gap = start[i]! - end[i - 1]!;
      const breaks = gap === 0 || (gap === 1 && text.charCodeAt(end[i - 1]!) === 0x20) ? 0 : lineBreaks(text, end[i - 1]!, start[i]!);
      if (
        breaks >= 2 ||
        (breaks === 1 && (mode === 'always' || (mode === 'auto' && lineStartsSentence(i, first)))) ||
        (k !== TokenKind.Word && isBullet(firstCode(i)))
      ) {
        emit(first, i - 1);
        first = i;
      }
    }
    if (k !== TokenKind.Punctuation && k !== TokenKind.Abbreviation) continue;
    if (!isTerminal(i)) continue;
    // Take along more terminal marks and closing quotes or brackets written right after it
    // (`."`, `?!)`), and emoji on the same line (`Vui quá! 😂`).
    let j = i;
    while (j + 1 < count) {
      const n = j + 1;
      if (adjacent(n) && kind[n] === TokenKind.Punctuation && (isCloser(firstCode(n)) || isTerminalCode(firstCode(n)))) j = n;
      else if (lineBreaks(text, end[j]!, start[n]!) === 0 && closesAfterSpace(n)) j = n;
      else if (kind[n] === TokenKind.Emoji && lineBreaks(text, end[j]!, start[n]!) === 0) j = n;
      else break;
    }
    const next = j + 1;
    if (next >= count) {
      i = j;
      continue;
    }
    // A line break after the mark is handled like a space here; the line-break rule above
    // then closes the sentence anyway when the next line starts one.
    let ends: boolean;
    if (adjacent(next)) {
      // No space (`hết.Sau`): only a full stop between a lower-case word and a capitalized one.
      // An abbreviation glued to a name (`J.Trump`, `P.Bến Nghé`, `Q.Bình Thạnh`) goes on.
      ends = i > first && kind[i] === TokenKind.Punctuation && kind[i - 1] === TokenKind.Word && C[text.charCodeAt(end[i - 1]! - 1)] === CharClass.Lower && kind[next] === TokenKind.Word && firstClass(next) === CharClass.Upper && terminalEnds(i, first);
    } else {
      ends = startsAfterStop(next) && terminalEnds(i, first);
    }
    if (ends) {
      emit(first, j);
      first = next;
    }
    i = j;
  }
  if (first < count) emit(first, count - 1);
}
