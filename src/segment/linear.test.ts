// Long runs of combining marks: `String#normalize` takes quadratic time on them, so the
// segmenter composes long tokens cluster by cluster. At 300 KB a quadratic path takes minutes;
// these finish in well under a second, and the generous timeout only catches a regression.
import { describe, expect, it } from 'vitest';
import { countWords, segment, segmentJoined } from './index.js';
import { sentences } from '../tokenize/index.js';

const MARKS = 'a' + '\u0301\u0323'.repeat(150_000);
const CAPITAL_MARKS = 'A' + 'B\u0301\u0323'.repeat(100_000);

describe('segment on long runs of combining marks', () => {
  it.each([
    ['a letter and 300,000 marks', MARKS],
    ['capitals with two marks each, 300 KB', CAPITAL_MARKS],
    ['a sentence before a run of marks', `Ông A. Sau đó ${MARKS}`],
  ])('is linear on %s', (_name, input) => {
    const words = segment(input);
    expect(words.length).toBeGreaterThan(0);
    expect(words.at(-1)!.end).toBe(input.length);
    expect(countWords(input)).toBe(words.length);
    expect(segmentJoined(input).length).toBeGreaterThan(0);
    expect(sentences(input).at(-1)!.end).toBe(input.length);
  }, 20_000);
});
