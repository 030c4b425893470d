import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityAlignment } from '../core/alignment.js';
import { countTokens, scanTokens, sentences, tokenIterator, tokenKindName, tokenize } from './index.js';

/** White space as the tokenizer defines it: Unicode White_Space plus ZWSP and U+FEFF. */
const GAP = /^[\s\u0085\u200B\uFEFF]*$/u;

/** Pieces that exercise every recognizer, glued together in random order. */
const PIECES = [
  ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00A0', '\u200B', '\uFEFF', '\u200D', '\u200C', '\u00AD', '\uFE0F', '\u20E3',
  '.', '..', '...', '…', ',', ';', ':', '!', '?', '"', '“', '”', "'", '’', '(', ')', '[', ']', '-', '–', '/', '\\', '@', '#', '%', '+', '_', '*', '•',
  '0', '1', '2', '9', '00', '09', '12', '2023', '1.250', ',50', '0912', '345', '678', '84', '024', '1900',
  'h', 'g', 'a', 'A', 'vn', 'com', 'www.', 'http://', 'https://', '.vn', '.com', 'x', 'TP.', 'TP', 'HCM', 'Th.S', 'v.v.', 'e.g.', 'PGS.', 'TS.',
  'ngày', 'sáng', 'Nguyễn', 'Văn', 'HTX', 'UBND', 'NGHỊ', 'Đ', 'đ', 'ư', 'Ư', 'Ấn', 'e\u0301', 'A\u0302\u0301', '\u0301', '\u0323',
  '😂', '👍', '🏽', '👨‍👩‍👧', '🇻', '🇳', '❤', '©', '東京', '𝐀', 'Москва', '\u0000', '\u0001', '\u007F', '\uE000', '\uFFFF',
];

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const anyText = fc.string({ unit, maxLength: 60 });

const WORDS = [
  'Nguyễn', 'Văn', 'Ấn', 'người', 'Việt', 'hợp', 'tác', 'xã', 'thuỷ', 'khoẻ', 'ĐẮK', 'LẮK', 'HÀ', 'NỘI', 'UBND', 'HTX',
  'Th.S', 'TP.', 'Tp.HCM', 'v.v.', 'ngày', 'tháng', 'năm', '23/10/2023', '2.270', '3,8', '7h30', '16:20', '0912 345 678',
  'baolangson.vn', 'a.b@x.vn', 'Ê-đê', "R'Lấp", 'ông', 'bà', 'A.', 'H.', '.', ',', '!', '?', '...', '"', '(', ')', '-', '😂', '\n',
];
const vietnameseText = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));

function checkTokens(text: string): void {
  const tokens = tokenize(text);
  let last = 0;
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    // Tokens plus the gaps rebuild the input, and the gaps hold nothing but white space.
    expect(text.slice(last, t.start)).toMatch(GAP);
    expect(t.text[0]).not.toMatch(GAP);
    last = t.end;
  }
  expect(text.slice(last)).toMatch(GAP);
}

describe('tokenize properties', () => {
  it('never throws, and spans are in bounds, ordered, disjoint and slice to their text', () => {
    fc.assert(fc.property(anyText, (text) => checkTokens(text)), { numRuns: 3000 });
  });

  it('covers every non-space code unit of Vietnamese-like text', () => {
    fc.assert(fc.property(vietnameseText, (text) => checkTokens(text)), { numRuns: 1000 });
  });

  it('gives the same tokens through every API', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        const table = scanTokens(text);
        expect(table.count).toBe(tokens.length);
        expect(countTokens(text)).toBe(tokens.length);
        expect([...tokenIterator(text)]).toEqual(tokens);
        expect(tokenize({ text, alignment: identityAlignment(text.length) })).toEqual(tokens);
        tokens.forEach((t, i) => {
          expect([table.start[i], table.end[i], tokenKindName(table.kind[i]!)]).toEqual([t.start, t.end, t.kind]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives NFD and NFC Vietnamese text the same tokens', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const nfc = tokenize(text.normalize('NFC'));
        const nfd = tokenize(text.normalize('NFD'));
        expect(nfd.length).toBe(nfc.length);
        expect(nfd.map((t) => `${t.text.normalize('NFC')}:${t.kind}`)).toEqual(nfc.map((t) => `${t.text}:${t.kind}`));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sentences properties', () => {
  const check = (text: string): void => {
    const tokens = tokenize(text);
    const spans = sentences(text);
    let last = 0;
    let k = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      // Trimmed: a sentence starts and ends with a token.
      expect(tokens[k]!.start).toBe(s.start);
      while (k < tokens.length && tokens[k]!.end <= s.end) k++;
      expect(tokens[k - 1]!.end).toBe(s.end);
      last = s.end;
    }
    // Every token is in a sentence.
    expect(k).toBe(tokens.length);
  };

  it('split NFD and NFC Vietnamese text alike', () => {
    const lines = fc.array(vietnameseText, { maxLength: 6 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(lines, (text) => {
        const nfc = sentences(text.normalize('NFC')).map((s) => s.text);
        const nfd = sentences(text.normalize('NFD')).map((s) => s.text.normalize('NFC'));
        expect(nfd).toEqual(nfc);
      }),
      { numRuns: 500 },
    );
  });

  it('cover every token with ordered, trimmed spans', () => {
    fc.assert(fc.property(anyText, check), { numRuns: 2000 });
    fc.assert(fc.property(vietnameseText, check), { numRuns: 1000 });
  });
});

describe('linear time on long runs', () => {
  // A quadratic scan of these 1 MB inputs would run for minutes and hit the test timeout.
  it.each([
    ['digits', '1'],
    ['digits and dots', '1.'],
    ['digits and commas', '1,'],
    ['digits and slashes', '1/'],
    ['digits and hyphens', '1-'],
    ['digits and colons', '1:'],
    ['zeros and spaces', '0 '],
    ['bracketed zeros', '(0'],
    ['letters and dots', 'a.'],
    ['capitals and dots', 'A.'],
    ['abbreviations', 'TP.'],
    ['letters and hyphens', 'a-'],
    ['letters and at signs', 'a@'],
    ['e-mail local parts', 'a.b@'],
    ['dots', '.'],
    ['hyphens', '-'],
    ['schemes', 'http://'],
    ['hosts', 'www.a'],
    ['hashtags', '#a_'],
    ['mentions', '@a.'],
    ['combining marks', '\u0301'],
    ['emoji joiners', '👍🏽\u200D'],
    ['lone surrogates', '\uD800'],
  ])('%s', (_name, piece) => {
    const text = piece.repeat(Math.ceil(1_000_000 / piece.length));
    const table = scanTokens(text);
    let covered = 0;
    for (let i = 0; i < table.count; i++) covered += table.end[i]! - table.start[i]!;
    const spaces = text.length - text.replace(/[\s\u200B\uFEFF]/gu, '').length;
    expect(covered).toBe(text.length - spaces);
    expect(sentences(text).length).toBeGreaterThan(0);
  });

  it('handles a 10 MB line', () => {
    const text = 'Hợp tác xã 2.270 thành viên, ngày 23/10/2023; xem baolangson.vn. '.repeat(160_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(countTokens(text)).toBe(160_000 * 13);
  });
});
