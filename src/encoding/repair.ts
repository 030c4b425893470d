import { type Alignment, assertText, flag, identityAlignment, readOptions } from '../core/index.js';
import { VntextOptionError } from '../core/errors.js';
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { type Candidate, REPAIR_ENCODINGS } from './candidates.js';
import { C_ALPHA, C_MARK, C_NBSP, C_SUSPECT, charClass, lowClassTable } from './char-classes.js';
import { DAMAGED, SYMBOLS, cannotBeDamaged, classify } from './classify.js';
import type { DetectedEncoding } from './encodings.js';
import { repairDocument } from './repair-document.js';
import { type WordCursor, nextWord } from './scan.js';

/** Options of {@link repair}. */
export interface RepairOptions {
  /**
   * Encodings to look for. Default: all of them (`utf-8`, `vni`, `tcvn3`, `windows-1258`,
   * `viqr`, `viscii`, `vps`, `nfd`). Narrowing it makes repair faster and more conservative.
   */
  encodings?: readonly DetectedEncoding[];
  /** Restore the upper case TCVN3 loses, from sentence starts and all-caps neighbours. Default true. */
  inferCase?: boolean;
}

/** One repaired word. Offsets are into the string passed to {@link repair}. */
export interface RepairChange {
  readonly start: number;
  readonly end: number;
  /** `input.slice(start, end)`. */
  readonly original: string;
  /** What it became. */
  readonly text: string;
  /** The encoding the damaged word was written in. */
  readonly encoding: DetectedEncoding;
}

/** What {@link repair} returns. */
export interface RepairResult {
  /** The repaired text (the input itself when nothing needed repair). */
  readonly text: string;
  /** The repaired words, in input order. */
  readonly changes: readonly RepairChange[];
  /** Maps offsets of `text` back to the input. */
  readonly alignment: Alignment;
}

const FN = 'repair';
const KNOWN: readonly (keyof RepairOptions & string)[] = ['encodings', 'inferCase'];

/**
 * Repairs Vietnamese text damaged by legacy encodings, word by word: VNI-Windows, TCVN3
 * (ABC), VIQR, VISCII, VPS and Windows-1258 bytes shown as Windows-1252 or Latin-1, UTF-8 shown
 * as Windows-1252 (`Viá»‡t`), and decomposed Unicode. A word is changed only when it is not
 * Vietnamese as it stands and is Vietnamese once decoded; words that are valid either way
 * (TCVN3 `còng` = `cũng`) are decided by the document's dominant encoding and a syllable
 * bigram model. Valid Vietnamese, text without diacritics, English, other European languages,
 * URLs and e-mail addresses are left alone. Clean text returns the input string itself.
 *
 * @example
 * repair('Đại hội diễn ra treân địa bàn huyện.').text;
 * // 'Đại hội diễn ra trên địa bàn huyện.'
 * repair('Nguyeân taéc cuûa coâng ty').changes[0];
 * // { start: 0, end: 7, original: 'Nguyeân', text: 'Nguyên', encoding: 'vni' }
 */
export function repair(text: string, options?: RepairOptions): RepairResult {
  assertText(FN, text);
  const opts = readOptions<RepairOptions>(FN, options, KNOWN);
  const allowed = encodingMask(opts.encodings);
  const inferCase = flag(FN, 'inferCase', opts.inferCase, true);
  if (!hasDamage(text, allowed)) return unchanged(text);
  const r = repairDocument(text, allowed, inferCase);
  if (r.alignment === null) return unchanged(text);
  return { text: r.text, changes: r.changes, alignment: r.alignment };
}

function unchanged(text: string): RepairResult {
  return { text, changes: [], alignment: identityAlignment(text.length) };
}

function encodingMask(list: unknown): number {
  if (list === undefined) return (1 << REPAIR_ENCODINGS.length) - 1;
  const expected = `an array of ${REPAIR_ENCODINGS.map((e) => `'${e}'`).join(', ')}`;
  if (!Array.isArray(list)) throw new VntextOptionError(FN, 'encodings', expected, list);
  let mask = 0;
  for (const e of list) {
    const i = REPAIR_ENCODINGS.indexOf(e as DetectedEncoding);
    if (i < 0) throw new VntextOptionError(FN, 'encodings', expected, e);
    mask |= 1 << i;
  }
  return mask;
}

// ---------------------------------------------------------------------------------------------
// The fast check: one scan that stops at the first word with a Vietnamese reading it does not
// have as it stands. Clean prose costs a table lookup per character and a syllable check per
// word with diacritics.

const scratchCandidates: Candidate[] = [];

function hasDamage(text: string, allowed: number): boolean {
  const low = lowClassTable();
  let memo: VerdictMemo | null = null;
  const cur: WordCursor = { start: 0, end: 0, flags: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 0x300 ? low[c]! : charClass(c);
    if (k === 0 || k === C_MARK || k === C_NBSP) {
      i++;
      continue;
    }
    // The scanner's word, inlined for the common case; a no-break space hands over to it.
    let flags = k;
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      const kd = d < 0x300 ? low[d]! : charClass(d);
      if (kd === 0 || kd === C_NBSP) break;
      flags |= kd;
    }
    if (j < n && text.charCodeAt(j) === 0xa0) {
      nextWord(text, i, cur);
    } else {
      cur.start = i;
      cur.end = j;
      cur.flags = flags;
    }
    i = cur.end;
    if (cannotBeDamaged(cur.flags)) continue;
    // Most remaining words are Vietnamese with only Latin-1 letters (`không`, `là`): one
    // syllable check, remembered per distinct word in long texts.
    if ((cur.flags & (C_SUSPECT | C_MARK)) === 0 && cur.flags !== C_ALPHA) {
      if (memo === null && n > MEMO_MIN_TEXT) memo = new VerdictMemo();
      const ok = memo === null ? isSyllableStrict(text, cur.start, cur.end) : memo.strict(text, cur.start, cur.end);
      if (ok) continue;
    }
    const status = classify(text, cur, allowed, scratchCandidates);
    if (scratchCandidates.length > 0) scratchCandidates.length = 0;
    // Two or more symbols that read as a syllable (TCVN3 `®·` = đã) count as damage too.
    if (status === DAMAGED || (status === SYMBOLS && cur.end - cur.start >= 2)) return true;
  }
  return false;
}

const isSyllableStrict = (text: string, start: number, end: number): boolean => analyzeRange(text, start, end) === Verdict.Valid;

/** Texts shorter than this check each word directly; longer ones remember verdicts. */
const MEMO_MIN_TEXT = 4096;

/**
 * Remembers whether a word is a syllable with its mark in place, keyed by its code units, for
 * one call: a table of (hash, start, length, verdict) pointing into the text itself, so no
 * word is sliced out.
 */
class VerdictMemo {
  private readonly slots = new Int32Array(1 << 15);
  private readonly starts = new Int32Array(1 << 15);
  private readonly mask = (1 << 15) - 1;
  private used = 0;

  strict(text: string, start: number, end: number): boolean {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    // slot value: 0 empty, else (len << 2 | verdict + 1) with the hash's high bits checked via starts.
    for (let probe = 0, k = h & this.mask; probe < 8; probe++, k = (k + 1) & this.mask) {
      const v = this.slots[k]!;
      if (v === 0) {
        const ok = isSyllableStrict(text, start, end);
        if (this.used < (this.mask >> 1)) {
          this.slots[k] = (len << 2) | (ok ? 2 : 1);
          this.starts[k] = start;
          this.used++;
        }
        return ok;
      }
      if (v >> 2 === len && sameRange(text, this.starts[k]!, start, len)) return (v & 3) === 2;
    }
    return isSyllableStrict(text, start, end);
  }
}

function sameRange(text: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}
