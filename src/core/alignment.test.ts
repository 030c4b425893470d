import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlignmentBuilder, composeAlignments, identityAlignment } from './alignment.js';

/** Applies random edits to a string and returns the output with its alignment. */
const edited = fc
  .tuple(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 8 }))
  .map(([input, raw]) => {
    const edits = raw
      .map(([at, len, text]) => ({ start: at % (input.length + 1), len, text }))
      .sort((a, b) => a.start - b.start);
    const b = new AlignmentBuilder();
    let out = '';
    let pos = 0;
    const kept: { inStart: number; outStart: number; length: number }[] = [];
    for (const e of edits) {
      if (e.start < pos) continue;
      const end = Math.min(input.length, e.start + e.len);
      kept.push({ inStart: pos, outStart: out.length, length: e.start - pos });
      out += input.slice(pos, e.start) + e.text;
      b.edit(e.start, end, e.text.length);
      pos = end;
    }
    kept.push({ inStart: pos, outStart: out.length, length: input.length - pos });
    out += input.slice(pos);
    return { input, out, alignment: b.finish(input.length), kept };
  });

describe('EditAlignment', () => {
  it('maps untouched text one to one', () => {
    fc.assert(
      fc.property(edited, ({ input, out, alignment, kept }) => {
        expect(alignment.outputLength).toBe(out.length);
        for (const k of kept) {
          for (let i = 0; i < k.length; i++) {
            const span = alignment.toInput(k.outStart + i, k.outStart + i + 1);
            expect(input.slice(span.start, span.end)).toBe(out[k.outStart + i]);
          }
        }
      }),
    );
  });

  it('keeps every mapped span in bounds and ordered', () => {
    fc.assert(
      fc.property(edited, fc.nat(), fc.nat(), ({ input, out, alignment }, a, b) => {
        const s = Math.min(a, b) % (out.length + 1);
        const e = Math.max(s, Math.max(a, b) % (out.length + 1));
        const span = alignment.toInput(s, e);
        expect(0 <= span.start && span.start <= span.end && span.end <= input.length).toBe(true);
        if (e < out.length) expect(alignment.toInput(e, e + 1).start).toBeGreaterThanOrEqual(span.start);
      }),
    );
  });

  it('maps a replaced word to the whole original word', () => {
    const b = new AlignmentBuilder();
    b.edit(4, 9, 4); // 'treân' (5) → 'trên' (4) in 'lên treân đó'
    const a = b.finish('lên treân đó'.length);
    expect(a.toInput(4, 8)).toEqual({ start: 4, end: 9 });
    expect(a.toInput(9, 11)).toEqual({ start: 10, end: 12 });
  });

  it('maps one to one inside an edit that keeps the length', () => {
    const b = new AlignmentBuilder();
    b.edit(0, 3, 3); // 'hoà' → 'hòa'
    expect(b.finish(7).toInput(1, 2)).toEqual({ start: 1, end: 2 });
  });

  it('keeps touching edits apart, so each maps to its own input', () => {
    // 'Ha\u0300\u00a0No\u0323\u0302i' → 'Hà Nội': three edits side by side.
    const b = new AlignmentBuilder();
    b.edit(0, 3, 2);
    b.edit(3, 4, 1);
    b.edit(4, 9, 3);
    const a = b.finish(9);
    expect(a.editCount).toBe(3);
    expect(a.toInput(0, 2)).toEqual({ start: 0, end: 3 });
    expect(a.toInput(3, 6)).toEqual({ start: 4, end: 9 });
  });

  it('rejects edits out of order', () => {
    const b = new AlignmentBuilder();
    b.edit(5, 6, 1);
    expect(() => b.edit(2, 3, 1)).toThrowError(RangeError);
  });

  it('composes two stages back to the first input', () => {
    const first = new AlignmentBuilder();
    first.edit(0, 5, 4); // stage 1: 'treân x' → 'trên x'
    const second = new AlignmentBuilder();
    second.edit(5, 6, 2); // stage 2: 'trên x' → 'trên yy'
    const both = composeAlignments(second.finish(6), first.finish(7));
    expect(both.toInput(5, 7)).toEqual({ start: 6, end: 7 });
    expect(both.toInput(0, 4)).toEqual({ start: 0, end: 5 });
    expect(composeAlignments(identityAlignment(3), identityAlignment(3)).toInput(1, 2)).toEqual({ start: 1, end: 2 });
  });
});
