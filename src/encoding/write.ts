// The write pass: the output string, the change objects (shared between occurrences of a word)
// and the alignment, per character where a change may hold several tokens.
import { AlignmentBuilder } from '../core/index.js';
import type { Candidate } from './candidates.js';
import { candidateWordCase, CASE_AS_IS, CASE_NEIGHBOURS, CASE_NEIGHBOURS_SENTENCE, CASE_SENTENCE, CASE_UPPER, caseModeOf, startsSentence, VARIANT_AS_IS, VARIANT_CAPITAL, VARIANT_UPPER, variantText, wordCaseOf } from './case-inference.js';
import { isEdgePunctuation } from './char-classes.js';
import type { Doc, DocumentResult } from './document.js';
import { characterGroups, mayHoldTokens, recordChange } from './fine-alignment.js';
import type { RepairChange } from './types.js';
import { JOINED } from './word-table.js';
import { S_OUTPUT, scratchUint16 } from './scratch.js';

export function build(d: Doc, inferCase: boolean): DocumentResult {
  const { text, t, ty } = d;
  const n = t.count;
  // The chosen readings and their pieces are shared between calls, scattered in memory: read
  // first in a loop that does nothing else, their cache misses overlap instead of waiting in turn
  // in the loop below.
  let decided = 0;
  let units = 0;
  for (let i = 0; i < n; i++) {
    const k = t.choice[i]!;
    if (k < 0) continue;
    decided++;
    const piece = ty.candidates[t.type[i]!]![k]!.piece;
    if (piece !== null) units += piece.length;
  }
  if (decided === 0) return { text, changes: [], alignment: null };
  // The changes, as input spans and the pieces that replace them. With many of them, the
  // output is written into one code-unit buffer as they are found (read back from the change
  // objects later, they are no longer in the cache); with few, slices are joined at the end.
  const changes: RepairChange[] = [];
  let asIsCase: Int8Array | null = null;
  let out = decided * 64 > text.length ? scratchUint16(S_OUTPUT, Math.max(text.length, units) + 16) : null;
  let m = 0;
  let copied = 0;
  const builder = new AlignmentBuilder(decided);
  for (let i = 0; i < n; i++) {
    const k = t.choice[i]!;
    if (k < 0) continue;
    const type = t.type[i]!;
    const c = ty.candidates[type]![k]!;
    let variant = VARIANT_AS_IS;
    if (inferCase && c.caseless !== null) {
      if (asIsCase === null) asIsCase = new Int8Array(ty.count).fill(-1);
      variant = variantFor(d, i, c, asIsCase);
    }
    let piece: string;
    let groups: Int32Array | null | undefined;
    if (variant === VARIANT_AS_IS && c.piece !== null) {
      // The common case, read from the reading itself (its arrays are one more step away).
      if (!c.pieceChanges) continue;
      piece = c.piece;
      groups = c.group;
    } else {
      const cached = c.pieces === null ? null : c.pieces[variant];
      piece = cached == null ? pieceOf(d, type, c, variant) : cached;
      if (piece === c.original) continue;
      groups = c.groups === null ? undefined : c.groups[variant];
    }
    const a = t.start[i]! + c.trimHead;
    const b = t.end[i]! - c.trimTail;
    // A piece with punctuation inside may hold several tokens: record it per character (null:
    // one edit, also remembered for the pieces that cannot).
    if (groups === undefined) {
      groups = mayHoldTokens(piece) ? characterGroups(c.original!, piece, c.encoding) : null;
      (c.groups ??= [undefined, undefined, undefined])[variant] = groups;
      if (variant === VARIANT_AS_IS) c.group = groups;
    }
    recordChange(builder, text, a, b, piece, groups);
    changes.push({ start: a, end: b, original: c.original!, text: piece, encoding: c.encoding });
    if (out !== null) {
      const need = m + (a - copied) + piece.length;
      if (need > out.length) {
        const grown = new Uint16Array(Math.max(out.length * 2, need + 16));
        grown.set(out.subarray(0, m));
        out = grown;
      }
      for (let p = copied; p < a; p++) out[m++] = text.charCodeAt(p);
      for (let p = 0; p < piece.length; p++) out[m++] = piece.charCodeAt(p);
      copied = b;
    }
  }
  if (changes.length === 0) return { text, changes, alignment: null };
  // A few changes in a long text: join slices. Many: the code units written above.
  let result: string;
  if (changes.length * 64 <= text.length) result = writeSparse(text, changes);
  else if (out !== null) result = codeUnitsToString(out, m, text) + text.slice(copied);
  else result = writeDense(text, changes);
  return { text: result, changes, alignment: builder.finish(text.length) };
}

/** The case variant of reading `c` for occurrence `i` (TCVN3 loses case; see case-inference.ts). */
function variantFor(d: Doc, i: number, c: Candidate, asIsCase: Int8Array): number {
  switch (caseModeOf(c)) {
    case CASE_AS_IS:
      return VARIANT_AS_IS;
    case CASE_UPPER:
      return VARIANT_UPPER;
    case CASE_SENTENCE:
      return startsSentence(d.text, d.t.start[i]!) ? VARIANT_CAPITAL : VARIANT_AS_IS;
    case CASE_NEIGHBOURS:
      return neighboursAllCaps(d, i, asIsCase) ? VARIANT_UPPER : VARIANT_AS_IS;
    case CASE_NEIGHBOURS_SENTENCE:
      if (neighboursAllCaps(d, i, asIsCase)) return VARIANT_UPPER;
      return startsSentence(d.text, d.t.start[i]!) ? VARIANT_CAPITAL : VARIANT_AS_IS;
    default:
      return VARIANT_AS_IS;
  }
}

/** True when reading `c` of word `i` is lower case, or a capital where one fits. */
export function capitalFits(d: Doc, i: number, c: Candidate, asIsCase: Int8Array): boolean {
  const ch = c.text[c.coreStart];
  if (ch === undefined || ch === ch.toLowerCase()) return true;
  return startsSentence(d.text, d.t.start[i]!) || neighboursAllCaps(d, i, asIsCase) || isInitial(d, i, c);
}

/**
 * A capital letter alone with a full stop, in a name (`Nguyễn Đ. Thắng`, VNI `Ñ.`, TCVN3 `§.`):
 * an initial, when a capitalized word is next to it on its line.
 */
function isInitial(d: Doc, i: number, c: Candidate): boolean {
  const { text, t } = d;
  if (c.coreEnd - c.coreStart !== 1 || text.charCodeAt(t.end[i]! - 1) !== 0x2e) return false;
  const capitalized = (j: number): boolean => {
    if (j < 0 || j >= t.count) return false;
    const ch = text[t.start[j]!]!;
    return ch !== ch.toLowerCase();
  };
  return (i + 1 < t.count && (t.bits[i + 1]! & JOINED) !== 0 && capitalized(i + 1)) || ((t.bits[i]! & JOINED) !== 0 && capitalized(i - 1));
}

/** True when the nearest words on each side (that exist) are written in capitals. */
function neighboursAllCaps(d: Doc, i: number, asIsCase: Int8Array): boolean {
  let votes = 0;
  let seen = 0;
  for (let m = 0; m < 4; m++) {
    const j = m === 0 ? i - 1 : m === 1 ? i + 1 : m === 2 ? i - 2 : i + 2;
    if (j < 0 || j >= d.t.count) continue;
    const verdict = wordCase(d, j, asIsCase);
    if (verdict === 0) continue;
    seen++;
    if (verdict === 2) votes++;
    if (seen === 2) break;
  }
  return seen > 0 && votes === seen;
}

function wordCase(d: Doc, j: number, asIsCase: Int8Array): number {
  const { t, ty } = d;
  const type = t.type[j]!;
  const k = t.choice[j]!;
  if (k >= 0) return candidateWordCase(ty.candidates[type]![k]!);
  let v = asIsCase[type]!;
  if (v < 0) {
    const s = ty.first[type]!;
    v = asIsCase[type] = wordCaseOf(d.text.slice(s, s + ty.length[type]!), null);
  }
  return v;
}

/**
 * The change for reading `c` of a word of type `type` in a case variant: the piece of output
 * and the input span it replaces (punctuation that reads the same at the edges is left out).
 * Cached on the reading, so every occurrence of a word shares the same strings.
 */
function pieceOf(d: Doc, type: number, c: Candidate, variant: number): string {
  if (c.trimHead < 0) {
    const text = d.text;
    const start = d.ty.first[type]!;
    let a = start;
    let b = start + d.ty.length[type]!;
    const s = c.text;
    let ra = 0;
    let rb = s.length;
    while (a < b && ra < rb && text.charCodeAt(a) === s.charCodeAt(ra) && isEdgePunctuation(text.charCodeAt(a))) {
      a++;
      ra++;
    }
    while (b > a && rb > ra && text.charCodeAt(b - 1) === s.charCodeAt(rb - 1) && isEdgePunctuation(text.charCodeAt(b - 1))) {
      b--;
      rb--;
    }
    c.trimHead = ra;
    c.trimTail = s.length - rb;
    c.original = text.slice(a, b);
    c.pieces = [null, null, null];
  }
  let piece = c.pieces![variant];
  if (piece == null) {
    const s = variantText(c, variant);
    piece = c.pieces![variant] = c.trimHead === 0 && c.trimTail === 0 ? s : s.slice(c.trimHead, s.length - c.trimTail);
    if (variant === VARIANT_AS_IS) {
      c.piece = piece;
      c.pieceChanges = piece !== c.original;
    }
  }
  return piece;
}

/** Code units per `String.fromCharCode` call when the output is written from a buffer. */
const CHUNK = 8192;

let utf16: { decode(input: Uint16Array): string } | null | undefined;

/**
 * The string of `buf[0, n)`. A native UTF-16 decoder is several times faster than
 * `String.fromCharCode`, but it replaces lone surrogates, so it is used only when the input
 * (the only source of surrogates in the output) has none.
 */
function codeUnitsToString(buf: Uint16Array, n: number, input: string): string {
  if (utf16 === undefined) utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
  const wellFormed = (input as { isWellFormed?: () => boolean }).isWellFormed;
  if (utf16 !== null && typeof wellFormed === 'function' && wellFormed.call(input)) return utf16.decode(buf.subarray(0, n));
  let s = '';
  for (let p = 0; p < n; p += CHUNK) s += String.fromCharCode.apply(null, buf.subarray(p, Math.min(n, p + CHUNK)) as unknown as number[]);
  return s;
}

function writeSparse(text: string, changes: RepairChange[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (let x = 0; x < changes.length; x++) {
    const ch = changes[x]!;
    parts.push(text.slice(copied, ch.start), ch.text);
    copied = ch.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The output written into one code-unit buffer (repairs never lengthen a word). */
function writeDense(text: string, changes: RepairChange[]): string {
  let out = new Uint16Array(text.length + 16);
  let n = 0;
  let copied = 0;
  for (let x = 0; x < changes.length; x++) {
    const ch = changes[x]!;
    const piece = ch.text;
    const need = n + (ch.start - copied) + piece.length;
    if (need > out.length) {
      const grown = new Uint16Array(Math.max(out.length * 2, need + 16));
      grown.set(out.subarray(0, n));
      out = grown;
    }
    for (let p = copied; p < ch.start; p++) out[n++] = text.charCodeAt(p);
    for (let p = 0; p < piece.length; p++) out[n++] = piece.charCodeAt(p);
    copied = ch.end;
  }
  return codeUnitsToString(out, n, text) + text.slice(copied);
}
