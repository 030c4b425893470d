// Bad input never crashes and never loses text: every public function accepts any string
// (lone surrogates, controls, no letters, huge inputs) and returns spans inside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from '../src/index.js';

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom('\ud800', '\udc00', '\u0000', '\u0301', '\u200b', '\ufeff', '.', ',', '/', '-', '9', ' ', '\n', 'Đ', 'ð', 'ơ', 'a', '@', ':'), { maxLength: 200 }).map((a) => a.join('')),
);

function expectSpans(input: string, spans: readonly { start: number; end: number }[]): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    last = s.start;
  }
}

describe('any string', () => {
  it('goes through every stage without an exception, with spans in bounds', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        v.normalize(s);
        v.repair(s);
        v.parseSyllable(s);
        v.removeDiacritics(s);
        const clean = v.prepare(s);
        for (const input of [s, clean]) {
          expectSpans(s, v.tokenize(input));
          expectSpans(s, v.sentences(input));
          expectSpans(s, v.segment(input));
          v.segmentJoined(input);
          v.countTokens(input);
          v.countWords(input);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every character of the input in some token or gap', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const covered = new Uint8Array(s.length);
        for (const t of v.tokenize(s)) covered.fill(1, t.start, t.end);
        for (let i = 0; i < s.length; i++) if (!covered[i]) expect(/\s|\u200b|\ufeff/u.test(s[i]!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles 50 MB in one call to the streaming stages', () => {
    const unit = 'Hội nghị HTX ngày 23/10/2023 tại Thanh Hoá, 2.270 thành viên. ';
    const big = unit.repeat(Math.ceil(50e6 / unit.length));
    expect(v.normalize(big).length).toBe(big.length);
    expect(v.repair(big).changes.length).toBe(0);
    expect(v.countTokens(big)).toBe(v.countTokens(unit) * (big.length / unit.length));
  });

  it('handles a 10 MB line without spaces, and 1 MB runs of digits, dots and marks', () => {
    for (const s of ['a'.repeat(10e6), '9'.repeat(1e6), '.'.repeat(1e6), '\u0301'.repeat(1e6), '9.'.repeat(5e5), 'a@'.repeat(5e5)]) {
      expect(v.countTokens(s)).toBeGreaterThan(0);
      expect(v.normalize(s).length).toBeGreaterThan(0);
      expect(v.countWords(s)).toBeGreaterThan(0);
      expect(v.repair(s).text.length).toBe(s.length);
    }
  });
});
