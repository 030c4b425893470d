import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlignmentBuilder, type Alignment, SpanMapper, composeAlignments, identityAlignment, simplestAlignment } from './alignment.js';

/** Random edits: where, how many code units, and the replacement. */
const rawEdits = fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 8 });

/** Applies random edits to a string and returns the output with its alignment. */
const edited = fc
  .tuple(fc.string({ maxLength: 40 }), rawEdits)
  .map(([input, raw]) => applyEdits(input, raw));

/** Two stages of edits, the second over the first's output, as `prepare` composes them. */
const twoStages = fc.tuple(edited, rawEdits).map(([inner, raw]) => {
  const outer = applyEdits(inner.out, raw);
  return { out: outer.out, alignment: composeAlignments(outer.alignment, inner.alignment) };
});

/** `input` with `raw` applied (overlapping edits skipped), the output's alignment, and the kept runs. */
function applyEdits(input: string, raw: [number, number, string][]) {
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
}

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

/** Ordered spans over `[0, length]`: what tokens, words and sentences look like. */
const orderedSpans = (length: number, cuts: number[]): [number, number][] => {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) spans.push([points[i]!, points[i + 1]!]);
  return spans;
};

describe('SpanMapper', () => {
  it('maps ordered spans exactly as toInput does', () => {
    fc.assert(
      fc.property(edited, fc.array(fc.nat(), { maxLength: 30 }), ({ out, alignment }, cuts) => {
        const m = new SpanMapper(alignment);
        for (const [s, e] of orderedSpans(out.length, cuts)) {
          m.map(s, e);
          expect({ start: m.start, end: m.end }).toEqual(alignment.toInput(s, e));
        }
      }),
    );
  });

  it('maps spans in any order, and empty or reversed ones, as toInput does', () => {
    fc.assert(
      fc.property(edited, fc.array(fc.tuple(fc.integer({ min: -2, max: 50 }), fc.integer({ min: -2, max: 50 })), { maxLength: 20 }), ({ alignment }, spans) => {
        const m = new SpanMapper(alignment);
        for (const [s, e] of spans) {
          m.map(s, e);
          expect({ start: m.start, end: m.end }).toEqual(alignment.toInput(s, e));
        }
      }),
    );
  });

  it('maps spans over a composition of two stages, in order or not, as its toInput does', () => {
    fc.assert(
      fc.property(twoStages, fc.array(fc.nat(), { maxLength: 30 }), fc.array(fc.tuple(fc.integer({ min: -2, max: 50 }), fc.integer({ min: -2, max: 50 })), { maxLength: 10 }), ({ out, alignment }, cuts, spans) => {
        const m = new SpanMapper(alignment);
        for (const [s, e] of [...orderedSpans(out.length, cuts), ...spans]) {
          m.map(s, e);
          expect({ start: m.start, end: m.end }).toEqual(alignment.toInput(s, e));
        }
      }),
    );
  });

  it('maps through any other alignment with its toInput', () => {
    const both = composeAlignments(identityAlignment(5), identityAlignment(5));
    const custom: Alignment = { ...both, toInput: () => ({ start: 1, end: 2 }) };
    const m = new SpanMapper(custom);
    m.map(0, 5);
    expect([m.start, m.end]).toEqual([1, 2]);
  });
});

describe('simplestAlignment', () => {
  it('is null for the identity and for a composition of identities', () => {
    expect(simplestAlignment(identityAlignment(4))).toBeNull();
    expect(simplestAlignment(composeAlignments(identityAlignment(4), identityAlignment(4)))).toBeNull();
  });

  it('looks through a composition with the identity on either side, mapping every offset the same', () => {
    fc.assert(
      fc.property(edited, ({ input, out, alignment }) => {
        const sides = [composeAlignments(alignment, identityAlignment(input.length)), composeAlignments(identityAlignment(out.length), alignment)];
        for (const both of sides) {
          const s = simplestAlignment(both);
          if (alignment.editCount === 0) expect(s).toBeNull();
          else expect(s).toBe(alignment);
          for (let i = 0; i <= out.length; i++) {
            for (let j = i; j <= out.length; j++) expect(both.toInput(i, j)).toEqual(alignment.toInput(i, j));
          }
        }
      }),
    );
  });

  it('keeps a composition of two real alignments as it is', () => {
    const first = new AlignmentBuilder();
    first.edit(0, 5, 4);
    const second = new AlignmentBuilder();
    second.edit(5, 6, 2);
    const both = composeAlignments(second.finish(6), first.finish(7));
    expect(simplestAlignment(both)).toBe(both);
  });
});
