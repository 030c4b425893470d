import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSyllables } from '../syllable/enumerate.js';
import { decode, encode, ENCODINGS, mojibake } from './index.js';

const SYLLABLES = allSyllables();
const CAPS = SYLLABLES.slice(0, 3000).map((s) => s.toUpperCase());
/** Printable ASCII, VIQR's mark characters included, between Vietnamese words. */
const ASCII = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 3 });
const NON_LETTER = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)).filter((c) => !/[a-z]/i.test(c)),
  minLength: 1,
  maxLength: 3,
});
// One tone per word: VIQR reads a second tone mark in a word as punctuation (`Nội.`).
const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...SYLLABLES), fc.constantFrom(...CAPS), ASCII), NON_LETTER), { maxLength: 20 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('encode and decode', () => {
  it.each([
    ['Hà Nội(thủ đô)'],
    ['ai^ ui^ y^ i( e( o( u( a+ o*'],
    ["Nội' Hiếu. đi? ủa~"],
    ['add dd đđ a\\b'],
  ])('round-trip %j through VIQR', (s) => {
    expect(decode(encode(s, 'viqr'), 'viqr')).toBe(s);
  });

  it('round-trips any Vietnamese text with ASCII punctuation through VIQR', () => {
    fc.assert(fc.property(text, (s) => decode(encode(s, 'viqr'), 'viqr') === s), { numRuns: 500 });
  });

  it('round-trips through every encoding that holds Vietnamese', () => {
    const byteForms = ENCODINGS.filter((e) => e !== 'viqr');
    fc.assert(
      fc.property(text, fc.constantFrom(...byteForms), (s, e) => {
        // TCVN3 writes toned capitals with the lower-case code, as .VnTime fonts expect.
        if (e === 'tcvn3') expect(decode(encode(s, e), e).toLowerCase()).toBe(s.toLowerCase());
        else expect(decode(encode(s, e), e)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the marks of letters outside Vietnamese in unicomp (ṍ stays ṍ)', () => {
    for (const s of ['ṍ', 'ǘ', 'Ṍ', 'ḗ', 'Việt ṍ']) {
      expect(decode(encode(s, 'unicomp'), 'unicomp')).toBe(s);
      expect(mojibake(s, 'unicomp').normalize('NFC')).toBe(s);
    }
    expect(mojibake('Việt', 'unicomp')).toBe('Viê\u0323t');
  });

  it('exports a list of encodings no caller can change', () => {
    expect(Object.isFrozen(ENCODINGS)).toBe(true);
    expect(() => {
      (ENCODINGS as string[]).length = 0;
    }).toThrow(TypeError);
    expect(encode('trên', 'vni')).toEqual(Uint8Array.of(0x74, 0x72, 0x65, 0xe2, 0x6e));
  });
});
