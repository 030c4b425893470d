// Recording a changed word in an alignment at the grain of characters. Composition, tone
// moves, look-alikes and invisible characters all act per character (a base with its marks),
// so when a word and its replacement have the same number of characters, character k of the
// output came from character k of the input: each gets its own edit, and a token that covers
// part of the word (`quá` before an emoji glued to it, `Nội` before a glued `.`) maps to
// exactly its own input.
import type { AlignmentBuilder } from '../core/alignment.js';
import { markLength, markTable } from './bounded.js';

/** Offsets (relative to `start`) where each character of `s[start, end)` begins, then its length. */
function characterStarts(s: string, start: number, end: number, cls: Uint8Array): number[] {
  const starts: number[] = [];
  let i = start;
  while (i < end) {
    starts.push(i - start);
    const c = s.charCodeAt(i);
    const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    let m: number;
    while (i < end && (m = markLength(s, i, cls)) > 0 && i + m <= end) i += m;
  }
  starts.push(end - start);
  return starts;
}

function sameText(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/**
 * Records that `input[start, end)` became `out`: unchanged characters at either end are left
 * out, and when the middles have as many characters each, every changed character is its own
 * edit (neighbouring ones of equal length share one, which maps one to one inside).
 */
export function recordEdit(builder: AlignmentBuilder, input: string, start: number, end: number, out: string): void {
  const cls = markTable();
  const a = characterStarts(input, start, end, cls);
  const b = characterStarts(out, 0, out.length, cls);
  const na = a.length - 1;
  const nb = b.length - 1;
  let p = 0;
  while (p < na && p < nb && sameText(input, start + a[p]!, start + a[p + 1]!, out, b[p]!, b[p + 1]!)) p++;
  let q = 0;
  while (
    q < na - p &&
    q < nb - p &&
    sameText(input, start + a[na - q - 1]!, start + a[na - q]!, out, b[nb - q - 1]!, b[nb - q]!)
  ) {
    q++;
  }
  if (na - p - q !== nb - p - q) {
    builder.edit(start + a[p]!, start + a[na - q]!, b[nb - q]! - b[p]!);
    return;
  }
  // Pending edit: input [ps, pe) became `pl` code units; extended while lengths keep equal.
  let ps = -1;
  let pe = -1;
  let pl = 0;
  for (let k = p; k < na - q; k++) {
    const is = start + a[k]!;
    const ie = start + a[k + 1]!;
    const ol = b[k + 1]! - b[k]!;
    if (sameText(input, is, ie, out, b[k]!, b[k + 1]!)) continue;
    if (ps >= 0 && pe === is && pe - ps === pl && ie - is === ol) {
      pe = ie;
      pl += ol;
      continue;
    }
    if (ps >= 0) builder.edit(ps, pe, pl);
    ps = is;
    pe = ie;
    pl = ol;
  }
  if (ps >= 0) builder.edit(ps, pe, pl);
}
