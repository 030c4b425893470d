import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, createSegmenter, segment, segmentJoined, segmentTable } from './index.js';
import { sentences } from '../tokenize/index.js';

/** White space as the tokenizer defines it: Unicode White_Space plus ZWSP and U+FEFF. */
const GAP = /^[\s\u0085\u200B\uFEFF]*$/u;

const SYLLABLES = [
  'hợp', 'tác', 'xã', 'nông', 'nghiệp', 'Lê', 'Hồng', 'Phong', 'thuỷ', 'thủy', 'điện', 'Hoà', 'Bình', 'HỢP', 'TÁC', 'XÃ',
  'người', 'dân', 'Việt', 'Nam', 'ông', 'H.', 'A.', 'TP.', 'HCM', 'UBND', '2.270', '3,5%', '23/10/2023', '16:20',
  'https://example.vn', 'a@b.vn', '.', ',', '...', '?', '(', ')', '"', '-', '😂', '東京', 'Москва', 'e\u0301', '\u0301',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', ''];

const prose = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SPACES)), { maxLength: 50 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const anything = fc.string({ unit: 'binary', maxLength: 80 });
const loneSurrogates = fc
  .array(fc.oneof(fc.constantFrom('hợp', ' ', 'tác'), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), {
    maxLength: 30,
  })
  .map((p) => p.join(''));

/** Spans are in bounds, ordered and slice to their text; words plus gaps rebuild the input. */
function checkWords(text: string): void {
  const result = segment(text);
  let rebuilt = '';
  let last = 0;
  for (const w of result) {
    expect(w.start).toBeGreaterThanOrEqual(last);
    expect(w.end).toBeGreaterThan(w.start);
    expect(w.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(w.start, w.end)).toBe(w.text);
    const gap = text.slice(last, w.start);
    expect(gap).toMatch(GAP);
    rebuilt += gap + w.text;
    last = w.end;
  }
  expect(text.slice(last)).toMatch(GAP);
  rebuilt += text.slice(last);
  expect(rebuilt).toBe(text);
  expect(countWords(text)).toBe(result.length);
}

describe('segment properties', () => {
  it.each([
    ['Vietnamese-like text', prose],
    ['any string', anything],
    ['text with lone surrogates', loneSurrogates],
  ])('keeps spans in bounds and ordered, and words plus gaps rebuild the input, for %s', (_name, arb) => {
    fc.assert(fc.property(arb, checkWords), { numRuns: 300 });
  });

  it('gives the same words for a text whether it is segmented alone or inside a longer text', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const alone = segment(text).map((w) => w.text);
        const inside = segment(`${text}\n\nMột câu khác.`).map((w) => w.text);
        expect(inside.slice(0, alone.length)).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('never joins more than what segmentJoined shows as one token', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const joined = segmentJoined(text);
        expect(joined === '' ? 0 : joined.split(' ').length).toBe(segment(text).length);
      }),
      { numRuns: 200 },
    );
  });

  it('handles a very long line in one call', () => {
    const line = 'hợp tác xã nông nghiệp có 2.270 thành viên, '.repeat(50_000);
    const result = segment(line);
    expect(result.length).toBeGreaterThanOrEqual(250_000);
    expect(result[result.length - 1]!.end).toBe(line.trimEnd().length);
  });

  it('handles long runs of punctuation and digits', () => {
    expect(countWords('.'.repeat(100_000))).toBeGreaterThan(0);
    expect(countWords('1'.repeat(100_000))).toBe(1);
    expect(countWords('a '.repeat(100_000))).toBeGreaterThan(0);
  });

  it('gives a segmenter with a dictionary the same guarantees', () => {
    const seg = createSegmenter({ dictionary: ['hợp tác', 'Lê Hồng'] });
    fc.assert(
      fc.property(prose, (text) => {
        let last = 0;
        for (const w of seg.segment(text)) {
          expect(w.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(w.start, w.end)).toBe(w.text);
          last = w.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('segment and sentences', () => {
  const WORDS = ['Anh', 'chị', 'Hà', 'Nội', 'Q.', 'P.', 'v.v.', 'N.T.', 'J.', 'Trump', 'Mỹ', 'Co.', 'Ltd.', 'A', '.', ' ', 'Sau', 'đó', '2,5', 'm', 'hợp', 'tác', 'xã', 'TP.', 'HCM', '!', '"', '\n'];
  const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' ').replace(/ ([.!])/g, '$1'));

  it('never makes a word across a sentence boundary, and the typed-array tier agrees', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bounds = sentences(t).flatMap((s) => [s.start, s.end]);
        const words = segment(t);
        for (const w of words) for (const b of bounds) expect(b <= w.start || b >= w.end).toBe(true);
        const table = segmentTable(t);
        expect(Array.from(table.end.subarray(0, table.count))).toEqual(words.map((w) => w.end));
      }),
      { numRuns: 300 },
    );
  });
});
