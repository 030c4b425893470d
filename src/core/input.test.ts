import { describe, expect, it } from 'vitest';
import { AlignmentBuilder, composeAlignments, identityAlignment } from './alignment.js';
import { VntextInputError } from './errors.js';
import { readInput } from './input.js';

describe('readInput', () => {
  it('accepts a string and a text with its own alignment', () => {
    expect(readInput('f', 'abc')).toEqual({ text: 'abc', alignment: null });
    const b = new AlignmentBuilder();
    b.edit(0, 2, 1);
    const alignment = b.finish(4); // 'ab' became one code unit: output length 3
    expect(readInput('f', { text: 'abc', alignment }).alignment).toBe(alignment);
  });

  it('gives no alignment to map through when the one given maps every offset to itself', () => {
    expect(readInput('f', { text: 'abc', alignment: identityAlignment(3) }).alignment).toBeNull();
    const both = composeAlignments(identityAlignment(3), identityAlignment(3));
    expect(readInput('f', { text: 'abc', alignment: both }).alignment).toBeNull();
  });

  it('rejects an alignment made for another text, saying why', () => {
    const b = new AlignmentBuilder();
    b.edit(0, 2, 1);
    const alignment = b.finish(10); // output length 9
    expect(() => readInput('tokenize', { text: 'abc', alignment })).toThrowError(VntextInputError);
    expect(() => readInput('tokenize', { text: 'abc', alignment })).toThrowError(/outputLength 9, text.length 3/);
  });

  it.each([null, 42, {}, { text: 'a' }, { text: 1, alignment: identityAlignment(1) }])('rejects %j', (input) => {
    expect(() => readInput('f', input)).toThrowError(VntextInputError);
  });
});
