// The fast check: one scan that stops at the first word that is not Vietnamese as it stands and
// has a Vietnamese reading (damage). Evidence first (issue 8): a page of valid words is clean
// whatever look-alikes it holds, so valid words never send it to the full pass. Clean prose
// costs a table lookup per character and a syllable check per distinct word with Latin-1 marks.
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import type { Candidate } from './candidates.js';
import { C_ALPHA, C_MARK, C_NBSP, C_SUSPECT, charClass, lowClassTable } from './char-classes.js';
import { DAMAGED, SYMBOLS, cannotBeDamaged, classified, classify } from './classify.js';
import { inLink } from './links.js';
import { type WordCursor, nextWord } from './scan.js';
import { sameRange } from './word-table.js';

const scratchCandidates: Candidate[] = [];

/** True when `text` holds a word the full pass may repair (in the encodings of `allowed`). */
export function hasDamage(text: string, allowed: number): boolean {
  const low = lowClassTable();
  let memo: WordMemo | null = null;
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  const n = text.length;
  let linkRunEnd = -1;
  let linkRunIsLink = false;
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
    if (memo === null && n > MEMO_MIN_TEXT) memo = new WordMemo(n);
    if ((cur.flags & (C_SUSPECT | C_MARK)) === 0 && cur.flags !== C_ALPHA) {
      // Memo values: a verdict, tagged; or (for words that are no syllable) what classify said.
      const known = memo === null ? -1 : memo.get(text, cur.start, cur.end);
      let v: number;
      if (known < 0) {
        v = isSyllable(text, cur.start, cur.end) ? SYLLABLE : NOT_SYLLABLE;
        if (memo !== null && v !== NOT_SYLLABLE) memo.set(v | VERDICT_TAG);
      } else {
        v = (known & VERDICT_TAG) !== 0 ? known & 3 : NOT_SYLLABLE;
      }
      if (v !== NOT_SYLLABLE) continue;
    }
    // Other words are classified, each distinct word once in long texts.
    let status: number;
    const known = memo === null ? -1 : memo.get(text, cur.start, cur.end);
    if (known >= 0) {
      status = known & 0xff;
    } else {
      status = classify(text, cur, allowed, scratchCandidates);
      if (scratchCandidates.length > 0) scratchCandidates.length = 0;
      const head = classified.coreStart - cur.start;
      const tail = cur.end - classified.coreEnd;
      if (memo !== null && head >= 0 && head < 256 && tail >= 0 && tail < 256) memo.set(status | (head << 8) | (tail << 16));
    }
    // Two or more symbols that read as a syllable (TCVN3 `®·` = đã) count as damage too.
    // Words in addresses and paths are never repaired, so they are no reason for the full pass.
    if (status === DAMAGED || (status === SYMBOLS && cur.end - cur.start >= 2)) {
      // The words of one address share its run: look at the run once.
      if (cur.start >= linkRunEnd) {
        let runStart = cur.start;
        while (runStart > 0 && !isSpaceCode(text.charCodeAt(runStart - 1))) runStart--;
        linkRunEnd = cur.end;
        while (linkRunEnd < n && !isSpaceCode(text.charCodeAt(linkRunEnd))) linkRunEnd++;
        // A run of up to 256 code units gives every word in it the same verdict.
        linkRunIsLink = linkRunEnd - runStart <= 256 && inLink(text, cur.start, cur.end);
      }
      if (!linkRunIsLink && !inLink(text, cur.start, cur.end)) return true;
    }
  }
  return false;
}

const isSyllable = (text: string, start: number, end: number): boolean => analyzeRange(text, start, end) === Verdict.Valid;

/** Verdicts of the fast check on a word of Latin-1 letters. */
const NOT_SYLLABLE = 0;
const SYLLABLE = 1;
/** Marks a remembered verdict, as against a remembered classification. */
const VERDICT_TAG = 1 << 24;

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

/** Texts shorter than this check each word directly; longer ones remember verdicts. */
const MEMO_MIN_TEXT = 4096;

/**
 * Remembers what the fast check found out about a word (see {@link hasDamage}), keyed by its
 * code units, for one call: an open-addressing table of (start, length, value) pointing into
 * the text itself, so no word is sliced out.
 */
class WordMemo {
  private readonly size: number;
  private readonly lengths: Int32Array; // 0: empty, else length + 1
  private readonly starts: Int32Array;
  private readonly values: Int32Array;
  private used = 0;
  /** The empty slot the last missed {@link get} would store into, or -1. */
  private pending = -1;
  private pendingStart = 0;
  private pendingLength = 0;

  /** Room for the distinct words of a text of `length` code units (a word takes 5 or more). */
  constructor(length: number) {
    let size = 1 << 10;
    while (size < length / 4 && size < 1 << 15) size <<= 1;
    this.size = size;
    this.lengths = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.values = new Int32Array(size);
  }

  /** The value stored for `text[start, end)`, or -1. */
  get(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const len = end - start;
    const mask = this.size - 1;
    this.pending = -1;
    for (let probe = 0, k = h & mask; probe < 8; probe++, k = (k + 1) & mask) {
      const l = this.lengths[k]!;
      if (l === 0) {
        if (this.used < this.size >> 1) {
          this.pending = k;
          this.pendingStart = start;
          this.pendingLength = len;
        }
        return -1;
      }
      if (l === len + 1 && sameRange(text, this.starts[k]!, start, len)) return this.values[k]!;
    }
    return -1;
  }

  /** Stores `value` for the word the last {@link get} missed. */
  set(value: number): void {
    const k = this.pending;
    if (k < 0) return;
    this.lengths[k] = this.pendingLength + 1;
    this.starts[k] = this.pendingStart;
    this.values[k] = value;
    this.used++;
    this.pending = -1;
  }
}
