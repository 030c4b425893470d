import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize/index.js';
import { type Encoding, type MojibakeOptions, mojibake, repair } from './index.js';

// Issue 8, spans after repair: one change may hold several tokens (a quote and a word in one
// piece of UTF-8 mojibake, decomposed Unicode glued to punctuation). Decoding is per character,
// so each token of the repaired text maps back to exactly the input that became it.
const spansOf = (input: string): string[] => {
  const r = repair(input);
  return tokenize(r.text).map((t) => {
    const s = r.alignment.toInput(t.start, t.end);
    return input.slice(s.start, s.end);
  });
};

describe('repair keeps each token its own span', () => {
  it('maps a UTF-8 quote and the word after it apart', () => {
    // (Two changed characters that touch, `ề”`, are one edit while AlignmentBuilder merges
    // touching edits: their tokens share its span.)
    const input = mojibake('Ông nói “Tôi đi” rồi về.', 'utf-8');
    expect(repair(input).text).toBe('Ông nói “Tôi đi” rồi về.');
    expect(spansOf(input)).toEqual(['Ã”ng', 'nÃ³i', 'â€œ', 'TÃ´i', 'Ä‘i', 'â€\u009d', 'rá»“i', 'vá»\u0081', '.']);
  });

  it('maps decomposed words glued to punctuation apart', () => {
    expect(spansOf('Ha\u0300 No\u0323\u0302i.To\u0302i')).toEqual(['Ha\u0300', 'No\u0323\u0302i', '.', 'To\u0302i']);
  });

  it('maps a VNI word with a quote inside its change', () => {
    const input = '"Ngöôøi" daân';
    expect(repair(input).text).toBe('"Người" dân');
    expect(spansOf(input)).toEqual(['"', 'Ngöôøi', '"', 'daân']);
  });
});

const WORDS = ['Việt', 'Nam', 'người', 'dân', 'đã', 'đến', '“Tôi', 'về”', 'Hà', 'Nội.', '(thủ', 'đô)', 'năm', '2024,', 'giá', '5.000', 'đồng', '–', 'học…'];
const FORMS: [Encoding, MojibakeOptions][] = [
  ['utf-8', {}],
  ['vni', {}],
  ['tcvn3', {}],
  ['nfd', {}],
  ['windows-1258', {}],
];

describe('spans through repair (property)', () => {
  it('are in bounds, ordered and slice to text that holds them, with damage of any kind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.integer({ min: -1, max: FORMS.length - 1 })), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', '\n', ' \u00a0'),
        (words, sep) => {
          const input = words.map(([w, k]) => (k < 0 ? w : mojibake(w, FORMS[k]![0], FORMS[k]![1]))).join(sep);
          const r = repair(input);
          let lastStart = 0;
          for (const t of tokenize(r.text)) {
            const s = r.alignment.toInput(t.start, t.end);
            expect(s.start).toBeGreaterThanOrEqual(lastStart);
            expect(s.end).toBeLessThanOrEqual(input.length);
            expect(s.start).toBeLessThanOrEqual(s.end);
            lastStart = s.start;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
