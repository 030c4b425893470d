import type { Span } from './span.js';

/**
 * Maps offsets of a transformed string (the output of `repair` or `normalize`) back to the
 * string the caller passed in. Everything downstream reports spans through one of these, so
 * offsets always point into the caller's original text.
 *
 * @example
 * const r = repair('Nguyeân taéc');  // r.text: 'Nguyên tắc'
 * r.alignment.toInput(0, 6);         // { start: 0, end: 7 }: 'Nguyên' was 'Nguyeân'
 * r.alignment.toInput(7, 10);        // { start: 8, end: 12 }: 'tắc' was 'taéc'
 */
export interface Alignment {
  /** Length of the input string. */
  readonly inputLength: number;
  /** Length of the output string. */
  readonly outputLength: number;
  /** Input offset where a span that starts at output offset `offset` starts. */
  toInputStart(offset: number): number;
  /** Input offset where a span that ends at output offset `offset` ends. */
  toInputEnd(offset: number): number;
  /** Maps an output span `[start, end)` to the input span that produced it. */
  toInput(start: number, end: number): Span;
}

/**
 * An alignment stored as its edits: sorted, non-overlapping regions where input
 * `[inStart, inEnd)` became output `[outStart, outEnd)`. Between edits, text is copied as is,
 * so the mapping is a shift. Inside an edit whose two sides have the same length (a moved
 * tone mark, a replaced look-alike) offsets map one to one; inside any other edit a span
 * start maps to the edit's input start and a span end to its input end.
 */
export class EditAlignment implements Alignment {
  readonly inputLength: number;
  readonly outputLength: number;
  /** Flat quadruples: inStart, inEnd, outStart, outEnd. */
  private readonly edits: Int32Array;
  private readonly count: number;

  /** @internal Use {@link AlignmentBuilder} or {@link identityAlignment}. */
  constructor(inputLength: number, outputLength: number, edits: Int32Array) {
    this.inputLength = inputLength;
    this.outputLength = outputLength;
    this.edits = edits;
    this.count = edits.length >> 2;
  }

  /** Number of edited regions. */
  get editCount(): number {
    return this.count;
  }

  /** @internal The edits, for {@link SpanMapper}: read, never write. */
  get editData(): Int32Array {
    return this.edits;
  }

  /** Index of the last edit whose outStart is `< offset` (strict) or `<= offset`, or -1. */
  private lastEditBefore(offset: number, inclusive: boolean): number {
    const e = this.edits;
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const outStart = e[mid * 4 + 2]!;
      if (outStart < offset || (inclusive && outStart === offset)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  toInputStart(offset: number): number {
    const p = clamp(offset, this.outputLength);
    return throughEdit(this.edits, this.lastEditBefore(p, true), p, true);
  }

  toInputEnd(offset: number): number {
    const p = clamp(offset, this.outputLength);
    return throughEdit(this.edits, this.lastEditBefore(p, false), p, false);
  }

  toInput(start: number, end: number): Span {
    const s = this.toInputStart(start);
    const e = end <= start ? s : this.toInputEnd(end);
    return { start: s, end: Math.max(s, e) };
  }
}

function clamp(offset: number, length: number): number {
  return offset < 0 ? 0 : offset > length ? length : offset;
}

/**
 * Maps output offset `p` through edit `k` of `e` (the last edit before `p`, or -1 for none):
 * a shift after the edit; one to one inside an edit that keeps the length; otherwise the
 * edit's input start for a span start, its input end for a span end.
 */
function throughEdit(e: Int32Array, k: number, p: number, isStart: boolean): number {
  if (k < 0) return p;
  const b = k * 4;
  const inStart = e[b]!;
  const inEnd = e[b + 1]!;
  const outStart = e[b + 2]!;
  const outEnd = e[b + 3]!;
  if (p < outEnd) return inEnd - inStart === outEnd - outStart ? inStart + (p - outStart) : isStart ? inStart : inEnd;
  return inEnd + (p - outEnd);
}

/** No edits: shared by every identity alignment (nothing can be written to an empty array). */
const NO_EDITS = new Int32Array(0);

/** The alignment of a string to itself. */
export function identityAlignment(length: number): Alignment {
  return new EditAlignment(length, length, NO_EDITS);
}

/**
 * Records edits while a transformation walks its input left to right, and builds the
 * {@link EditAlignment}. Text between edits is assumed to be copied unchanged.
 *
 * @example
 * const b = new AlignmentBuilder();
 * b.edit(3, 5, 1); // input [3,5) became one output code unit
 * const a = b.finish(10); // outputLength 9
 */
export class AlignmentBuilder {
  private buf: Int32Array;
  private n = 0;
  private lastInEnd = 0;
  private lastOutEnd = 0;

  /** `capacity`: how many edits to make room for before the buffer has to grow. */
  constructor(capacity = 16) {
    this.buf = new Int32Array(4 * Math.max(1, capacity));
  }

  /** Number of edits recorded so far. */
  get size(): number {
    return this.n >> 2;
  }

  /**
   * Input `[inStart, inEnd)` became `outLength` code units of output. Edits must come in
   * input order and not overlap. Edits that touch stay apart (`Hà` + a no-break space +
   * `Nội` are three edits), so each token over them maps to its own input span; a caller
   * that wants one region records one edit.
   */
  edit(inStart: number, inEnd: number, outLength: number): void {
    if (inStart < this.lastInEnd || inEnd < inStart || outLength < 0) {
      throw new RangeError(`AlignmentBuilder.edit: edits must be ordered and non-overlapping (${inStart}, ${inEnd})`);
    }
    const outStart = this.lastOutEnd + (inStart - this.lastInEnd);
    const outEnd = outStart + outLength;
    if (inEnd - inStart === outLength && outLength === 0) return;
    if (this.n + 4 > this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    const g = this.buf;
    g[this.n] = inStart;
    g[this.n + 1] = inEnd;
    g[this.n + 2] = outStart;
    g[this.n + 3] = outEnd;
    this.n += 4;
    this.lastInEnd = inEnd;
    this.lastOutEnd = outEnd;
  }

  /** Builds the alignment for an input of `inputLength` code units. */
  finish(inputLength: number): EditAlignment {
    const outputLength = this.lastOutEnd + (inputLength - this.lastInEnd);
    // Mostly full (sized up front for edits that rarely merge): the buffer itself, not a copy.
    const edits = this.n * 4 >= this.buf.length * 3 ? this.buf.subarray(0, this.n) : this.buf.slice(0, this.n);
    return new EditAlignment(inputLength, outputLength, edits);
  }
}

/**
 * Chains two alignments: `outer` maps the final output to an intermediate string, `inner`
 * maps that intermediate string to the caller's input (e.g. normalize after repair).
 */
export function composeAlignments(outer: Alignment, inner: Alignment): Alignment {
  const a: Alignment = {
    inputLength: inner.inputLength,
    outputLength: outer.outputLength,
    toInputStart: (offset) => inner.toInputStart(outer.toInputStart(offset)),
    toInputEnd: (offset) => inner.toInputEnd(outer.toInputEnd(offset)),
    toInput(start, end) {
      const mid = outer.toInput(start, end);
      return inner.toInput(mid.start, mid.end);
    },
  };
  // Clean text through `prepare`: repair changed nothing (and often normalize neither). The
  // object stays as it was (callers may hold its methods); the stages look through it.
  if (outer.inputLength === inner.outputLength) {
    const o = simplestAlignment(outer);
    const i = simplestAlignment(inner);
    if (i === null) looksThrough.set(a, o);
    else if (o === null && outer.outputLength === outer.inputLength) looksThrough.set(a, i);
  }
  stagesOf.set(a, [outer, inner]);
  return a;
}

/** The two alignments each composition was made of (outer, inner), for {@link SpanMapper}. */
const stagesOf = new WeakMap<Alignment, readonly [Alignment, Alignment]>();

/** Composed alignments that map every offset as a simpler one does (null: the identity). */
const looksThrough = new WeakMap<Alignment, Alignment | null>();

/**
 * @internal The alignment that maps offsets exactly as `a` does at the least cost, or null
 * when `a` maps every offset in `[0, outputLength]` to itself: an {@link EditAlignment}
 * without edits, or a composition one side of which is the identity. The stages after
 * normalization (`tokenize`, `segment`, `sentences`) read their input through this, so clean
 * text from `prepare` costs them no mapping at all.
 *
 * @example
 * simplestAlignment(identityAlignment(5)); // null
 */
export function simplestAlignment(a: Alignment): Alignment | null {
  if (a instanceof EditAlignment) return a.editCount === 0 ? null : a;
  const s = looksThrough.get(a);
  return s === undefined ? a : s;
}

/**
 * @internal Maps spans that come in order (starts never decrease, nor do ends), as tokens,
 * words and sentences do, with the result of `alignment.toInput(start, end)` in
 * {@link SpanMapper.start} and {@link SpanMapper.end}: no object per span, and over an
 * {@link EditAlignment} a cursor that moves forward instead of a binary search per offset;
 * over a composition (`prepare`'s, when repair and normalization both changed the text) one
 * such mapper per stage. Out-of-order spans are mapped too, by restarting the cursor.
 *
 * @example
 * const m = new SpanMapper(alignment);
 * m.map(3, 7); // m.start, m.end: alignment.toInput(3, 7)
 */
export class SpanMapper {
  start = 0;
  end = 0;
  private readonly alignment: Alignment;
  private readonly edits: Int32Array | null;
  private readonly count: number;
  private readonly outputLength: number;
  /** Last edit with outStart `<=` the last start offset / `<` the last end offset, or -1. */
  private ks = -1;
  private ke = -1;
  private lastStart = 0;
  private lastEnd = 0;
  /** Over a composition: mappers of its stages, the outer one first; null otherwise. */
  private readonly outer: SpanMapper | null = null;
  private readonly inner: SpanMapper | null = null;

  constructor(alignment: Alignment) {
    this.alignment = alignment;
    this.outputLength = alignment.outputLength;
    if (alignment instanceof EditAlignment) {
      this.edits = alignment.editData;
      this.count = alignment.editCount;
    } else {
      this.edits = null;
      this.count = 0;
      const stages = stagesOf.get(alignment);
      if (stages !== undefined) {
        this.outer = new SpanMapper(stages[0]);
        this.inner = new SpanMapper(stages[1]);
      }
    }
  }

  /** Maps the output span `[start, end)`; reads the result from `start` and `end`. */
  map(start: number, end: number): void {
    const e = this.edits;
    if (e === null) {
      const { outer, inner } = this;
      if (outer !== null && inner !== null) {
        // `toInput` of a composition: the inner stage's span of the outer stage's.
        outer.map(start, end);
        inner.map(outer.start, outer.end);
        this.start = inner.start;
        this.end = inner.end;
        return;
      }
      const span = this.alignment.toInput(start, end);
      this.start = span.start;
      this.end = span.end;
      return;
    }
    const s = this.mapStart(e, clamp(start, this.outputLength));
    const t = end <= start ? s : this.mapEnd(e, clamp(end, this.outputLength));
    this.start = s;
    this.end = t > s ? t : s;
  }

  /** {@link EditAlignment.toInputStart}, the edit found by moving the cursor forward. */
  private mapStart(e: Int32Array, p: number): number {
    let k = p < this.lastStart ? -1 : this.ks;
    while (k + 1 < this.count && e[(k + 1) * 4 + 2]! <= p) k++;
    this.ks = k;
    this.lastStart = p;
    return throughEdit(e, k, p, true);
  }

  /** {@link EditAlignment.toInputEnd}, likewise. */
  private mapEnd(e: Int32Array, p: number): number {
    let k = p < this.lastEnd ? -1 : this.ke;
    while (k + 1 < this.count && e[(k + 1) * 4 + 2]! < p) k++;
    this.ke = k;
    this.lastEnd = p;
    return throughEdit(e, k, p, false);
  }
}
