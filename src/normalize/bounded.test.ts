import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, ENCODINGS, mojibake } from '../encoding/index.js';
import { prepare } from '../pipeline/index.js';
import { removeDiacritics } from '../syllable/index.js';
import { MAX_MARK_RUN, normalizeBounded } from './bounded.js';
import { normalize, normalizeAligned } from './index.js';

/** Longest run of combining marks (in code points) in `s`. */
function longestMarkRun(s: string): number {
  let longest = 0;
  for (const m of s.matchAll(/\p{M}+/gu)) longest = Math.max(longest, [...m[0]].length);
  return longest;
}

/**
 * Runs `call` with String#normalize watched and returns the longest run of marks it was
 * handed: sorting a run costs its length squared, so this is the operation count that has
 * to stay bounded for linear time (a count, not a timer).
 */
function longestRunNormalized(call: () => unknown): number {
  const original = String.prototype.normalize;
  let longest = 0;
  String.prototype.normalize = function (this: string, form?: string) {
    longest = Math.max(longest, longestMarkRun(String(this)));
    return original.call(this, form);
  };
  try {
    call();
  } finally {
    String.prototype.normalize = original;
  }
  return longest;
}

const HOSTILE = [
  'a' + '\u0301\u0323'.repeat(50_000),
  'Việt ' + 'e\u0302'.repeat(3) + '\u0301'.repeat(40_000) + ' Nam',
  'x' + '\u{1D165}\u{1D167}'.repeat(20_000),
  '\u0301'.repeat(60_000),
];

describe('normalizeBounded', () => {
  it('is String#normalize on text whose runs of marks are short', () => {
    const text = fc.string({ unit: 'binary', maxLength: 80 });
    fc.assert(
      fc.property(text, (s) => {
        if (longestMarkRun(s) > MAX_MARK_RUN) return;
        expect(normalizeBounded(s)).toBe(s.normalize('NFC'));
        expect(normalizeBounded(s, 'NFD')).toBe(s.normalize('NFD'));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a longer run as it is, with its base, and normalizes the rest', () => {
    const run = 'o' + '\u0302\u0301'.repeat(20);
    expect(normalizeBounded('Vie\u0302\u0323t ' + run + ' Nam')).toBe('Việt ' + run + ' Nam');
    expect(normalizeBounded(normalizeBounded(run + 'e\u0302'))).toBe(run + 'ê');
  });
});

describe('linear time on runs of combining marks', () => {
  const calls: [string, (s: string) => unknown][] = [
    ['normalize', (s) => normalize(s)],
    ['normalizeAligned', (s) => normalizeAligned(s)],
    ['prepare', (s) => prepare(s)],
    ['removeDiacritics', (s) => removeDiacritics(s)],
    ...ENCODINGS.map((e): [string, (s: string) => unknown] => [`encode ${e}`, (s) => encode(s, e)]),
    ...ENCODINGS.map((e): [string, (s: string) => unknown] => [`mojibake ${e}`, (s) => mojibake(s, e)]),
    ['decode nfd', (s) => decode(new TextEncoder().encode(s), 'nfd')],
    ['decode windows-1258', (s) => decode(encode(s, 'windows-1258-decomposed'), 'windows-1258')],
  ];

  it.each(calls)('%s never hands String#normalize more than 30 marks in a row', (_, call) => {
    for (const s of HOSTILE) expect(longestRunNormalized(() => call(s))).toBeLessThanOrEqual(MAX_MARK_RUN);
  });

  it('stays idempotent on such runs', () => {
    for (const s of HOSTILE) expect(normalize(normalize(s))).toBe(normalize(s));
  });
});
