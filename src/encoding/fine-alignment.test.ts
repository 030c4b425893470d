import { describe, expect, it } from 'vitest';
import { AlignmentBuilder } from '../core/index.js';
import { tokenize } from '../tokenize/index.js';
import { mojibake } from './encode.js';
import type { DetectedEncoding } from './encodings.js';
import { characterGroups, recordChange } from './fine-alignment.js';
import { repair } from './repair.js';

const LONE_HIGH = '\ud800';

/** Records one change of `original` into `piece` (the whole string), as write.ts does. */
function alignmentOf(original: string, piece: string, encoding: DetectedEncoding) {
  const groups = characterGroups(original, piece, encoding);
  const builder = new AlignmentBuilder();
  recordChange(builder, original, 0, original.length, piece, groups);
  return { groups: groups === null ? null : Array.from(groups), alignment: builder.finish(original.length) };
}

describe('characterGroups and recordChange around surrogates', () => {
  // A lone high surrogate is one character, not the first half of a pair with the letter after
  // it: otherwise the letter's damaged form is looked up glued to the surrogate, the match
  // fails, and the whole change falls back to one coarse edit (or the letter is swallowed into
  // the surrogate's group).
  it.each([
    ['vni', `${LONE_HIGH}eâ`, `${LONE_HIGH}ê`, [1, 2]],
    ['nfd', `${LONE_HIGH}e\u0323\u0302`, `${LONE_HIGH}ệ`, [1, 3]],
    ['utf-8', `${mojibake('“', 'utf-8')}${LONE_HIGH}${mojibake('Vào', 'utf-8')}`, `“${LONE_HIGH}Vào`, [3, 1, 1, 2, 1]],
  ] as const)('a lone high surrogate followed by a letter is its own group (%s)', (encoding, original, piece, groups) => {
    const { groups: found, alignment } = alignmentOf(original, piece, encoding);
    expect(found).toEqual(groups);
    // Each output character maps to exactly the input it came from, in bounds and in order.
    let inputAt = 0;
    for (let k = 0; k < piece.length; k++) {
      const span = alignment.toInput(k, k + 1);
      expect(span).toEqual({ start: inputAt, end: inputAt + groups[k]! });
      inputAt = span.end;
    }
    expect(inputAt).toBe(original.length);
    expect(alignment.outputLength).toBe(piece.length);
  });

  it('a real surrogate pair stays one character (its low half has no group of its own)', () => {
    const { groups, alignment } = alignmentOf('\ud83d\ude00eâ', '\ud83d\ude00ê', 'vni');
    expect(groups).toEqual([2, 0, 2]);
    expect(alignment.toInput(2, 3)).toEqual({ start: 2, end: 4 });
  });
});

describe('repair around a lone high surrogate', () => {
  // Repair's scanner ends a word at any surrogate (class 0 in char-classes.ts), so the damaged
  // words on either side are repaired apart and the surrogate is copied: nothing is lost and
  // every span stays in bounds.
  it.each(['vni', 'utf-8', 'tcvn3'] as const)('keeps the surrogate, the spans in bounds and the text (%s)', (encoding) => {
    const damaged = mojibake('Hội nghị trên địa bàn', encoding);
    for (let i = 0; i <= damaged.length; i++) {
      const input = `${damaged.slice(0, i)}${LONE_HIGH}${damaged.slice(i)}`;
      const r = repair(input);
      expect(r.text.includes(LONE_HIGH)).toBe(true);
      // The output is the input with each change's original replaced by its text: nothing else
      // is lost or moved.
      let rebuilt = '';
      let at = 0;
      for (const c of r.changes) {
        expect(at <= c.start && c.start <= c.end && c.end <= input.length).toBe(true);
        expect(input.slice(c.start, c.end)).toBe(c.original);
        rebuilt += input.slice(at, c.start) + c.text;
        at = c.end;
      }
      expect(rebuilt + input.slice(at)).toBe(r.text);
      expect(r.changes.length).toBeGreaterThan(0);
      for (const t of tokenize({ text: r.text, alignment: r.alignment })) {
        expect(0 <= t.start && t.start <= t.end && t.end <= input.length).toBe(true);
      }
    }
  });
});
