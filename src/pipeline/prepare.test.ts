import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mojibake } from '../encoding/encode.js';
import { normalize } from '../normalize/index.js';
import type { Encoding } from '../encoding/encodings.js';
import { segment } from '../segment/index.js';
import { allSyllables } from '../syllable/enumerate.js';
import { sentences, tokenize } from '../tokenize/index.js';
import { prepare } from './index.js';

const SYLLABLES = allSyllables();
const CAPITALIZED = ['Hà', 'Nội', 'Việt', 'Nam', 'Tôi', 'Hòa', 'Bình', 'Nguyễn', 'Đà', 'Nẵng', 'Thuỷ', 'Hoà', 'HÀ', 'NỘI'];
const GLUE = [' ', ' ', ' ', ', ', '. ', '.', ',', '\n', '  ', '\u00a0', '"', '“', '”', '(', ') ', '...', ' - ', '😀', '\u200b'];
const DAMAGE: readonly Encoding[] = ['nfd', 'utf-8', 'vni', 'tcvn3', 'viqr', 'unicomp'];

/** A word, sometimes damaged: NFD, or mojibake in a legacy encoding (as repair meets it). */
const word = fc.tuple(
  fc.oneof(fc.constantFrom(...SYLLABLES), fc.constantFrom(...CAPITALIZED)),
  fc.nat(9),
  fc.constantFrom(...DAMAGE),
).map(([w, roll, enc]) => (roll < 3 ? mojibake(w, enc) : w));

/** Prose of such words glued by spaces and punctuation, and the odd whole NFD sentence. */
const damagedProse = fc
  .tuple(fc.array(fc.tuple(word, fc.constantFrom(...GLUE)), { maxLength: 25 }), fc.boolean())
  .map(([parts, nfd]) => {
    const s = parts.map(([w, g]) => w + g).join('');
    return nfd ? s.normalize('NFD') : s;
  });

/** Spans in bounds, each starting where the last ended or later. */
function expectOrderedSpans(spans: readonly { start: number; end: number }[], length: number): void {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
    last = s.end;
  }
}

describe('prepare', () => {
  it.each([
    ['Ha\u0300\u00a0No\u0323\u0302i', ['Hà', 'Nội'], ['Ha\u0300', 'No\u0323\u0302i']],
    ['qua\u0301\u{1F600}', ['quá', '\u{1F600}'], ['qua\u0301', '\u{1F600}']],
    ['Ha\u0300 No\u0323\u0302i.To\u0302i', ['Hà', 'Nội', '.', 'Tôi'], ['Ha\u0300', 'No\u0323\u0302i', '.', 'To\u0302i']],
    ['\u00e2\u20ac\u0153V\u00c3\u00a0o', ['\u201c', 'Vào'], ['\u00e2\u20ac\u0153', 'V\u00c3\u00a0o']],
  ])('gives each token of %j its own span in the input', (input, texts, originals) => {
    const tokens = tokenize(prepare(input));
    expect(tokens.map((t) => t.text)).toEqual(texts);
    expect(tokens.map((t) => input.slice(t.start, t.end))).toEqual(originals);
  });

  it('maps each word of a respaced line to its own text', () => {
    const input = 'Hoà  Bình ,Hà Nội';
    const tokens = tokenize(prepare(input, { normalize: { spacing: true } }));
    expect(tokens.map((t) => [t.text, input.slice(t.start, t.end)])).toEqual([
      ['Hòa', 'Hoà'],
      ['Bình', 'Bình'],
      [',', ','],
      ['Hà', 'Hà'],
      ['Nội', 'Nội'],
    ]);
  });

  it('keeps every token, sentence and word span of damaged text in the input, ordered and apart', () => {
    fc.assert(
      fc.property(damagedProse, (s) => {
        const p = prepare(s);
        expect(p.alignment.inputLength).toBe(s.length);
        expect(p.alignment.outputLength).toBe(p.text.length);
        expectOrderedSpans(tokenize(p), s.length);
        expectOrderedSpans(sentences(p), s.length);
        expectOrderedSpans(segment(p), s.length);
        expectOrderedSpans(p.repairs, s.length);
        expectOrderedSpans(p.normalizations, s.length);
        for (const c of p.normalizations) expect(s.slice(c.start, c.end)).toBe(c.original);
      }),
      { numRuns: 300 },
    );
  });

  it('maps each token of decomposed words to exactly the input it came from', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYLLABLES, ...CAPITALIZED), { minLength: 1, maxLength: 20 }), (words) => {
        const input = words.join(' ').normalize('NFD');
        for (const t of tokenize(prepare(input))) expect(normalize(input.slice(t.start, t.end))).toBe(t.text);
      }),
      { numRuns: 100 },
    );
  });
});
