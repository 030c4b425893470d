import { type Alignment, assertText, composeAlignments, flag, identityAlignment, readOptions } from '../core/index.js';
import { type PunctuationRepair, repairUtf8Punctuation } from './utf8-punctuation.js';
import { VntextOptionError } from '../core/errors.js';
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { type Candidate, REPAIR_ENCODINGS } from './candidates.js';
import { C_ALPHA, C_MARK, C_NBSP, C_SUSPECT, charClass, lowClassTable } from './char-classes.js';
import { DAMAGED, KEEP_ASCII, KEEP_VI, SYMBOLS, cannotBeDamaged, classified, classify } from './classify.js';
import { isEdgePunctuation } from './char-classes.js';
import { LOOK_ALIKE_ENCODINGS, LOOK_ALIKE_RATE, isLookAlike, lookAlikeCaseAllows } from './look-alikes.js';
import { BOUNDARY, bigramLogProb, syllableId } from './ngram-model.js';
import type { DetectedEncoding } from './encodings.js';
import { inLink, repairDocument, viqrTrailingTone } from './repair-document.js';
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
  const punctuation = (allowed & UTF8_BIT) !== 0 ? repairUtf8Punctuation(text) : null;
  if (punctuation !== null) return afterPunctuation(text, punctuation, allowed, inferCase);
  if (!hasDamage(text, allowed)) return unchanged(text);
  const r = repairDocument(text, allowed, inferCase);
  if (r.alignment === null) return unchanged(text);
  return { text: r.text, changes: r.changes, alignment: r.alignment };
}

const UTF8_BIT = 1 << REPAIR_ENCODINGS.indexOf('utf-8');

/**
 * The words repaired after UTF-8 punctuation was (see utf8-punctuation.ts): their changes and
 * alignment are mapped back through the punctuation's, and a punctuation change inside a
 * repaired word becomes part of that word's change.
 */
function afterPunctuation(input: string, p: PunctuationRepair, allowed: number, inferCase: boolean): RepairResult {
  const r = hasDamage(p.text, allowed) ? repairDocument(p.text, allowed, inferCase) : null;
  if (r === null || r.alignment === null) return { text: p.text, changes: p.changes, alignment: p.alignment };
  const changes: RepairChange[] = [];
  let k = 0;
  for (const c of r.changes) {
    const start = p.alignment.toInputStart(c.start);
    const end = p.alignment.toInputEnd(c.end);
    while (k < p.changes.length && p.changes[k]!.end <= start) changes.push(p.changes[k++]!);
    while (k < p.changes.length && p.changes[k]!.start < end) k++;
    changes.push({ start, end, original: input.slice(start, end), text: c.text, encoding: c.encoding });
  }
  while (k < p.changes.length) changes.push(p.changes[k++]!);
  return { text: r.text, changes, alignment: composeAlignments(r.alignment, p.alignment) };
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
  let memo: WordMemo | null = null;
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  const n = text.length;
  let prevStart = -1;
  let prevEnd = -1;
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
    const wordStart = prevStart;
    const wordEnd = prevEnd;
    prevStart = cur.start;
    prevEnd = cur.end;
    if (cannotBeDamaged(cur.flags)) continue;
    // Most remaining words are Vietnamese with only Latin-1 letters (`không`, `là`): one
    // syllable check, remembered per distinct word in long texts. A few of them are also
    // legacy damage (`cã` is TCVN3 có) and are weighed in context.
    if (memo === null && n > MEMO_MIN_TEXT) memo = new WordMemo(n);
    if ((cur.flags & (C_SUSPECT | C_MARK)) === 0 && cur.flags !== C_ALPHA) {
      // Memo values: a verdict, tagged; or (for words that are no syllable) what classify said.
      const known = memo === null ? -1 : memo.get(text, cur.start, cur.end);
      let v: number;
      if (known < 0) {
        v = wordVerdict(text, cur.start, cur.end);
        if (memo !== null && v !== NOT_SYLLABLE) memo.set(v | VERDICT_TAG);
      } else {
        v = (known & VERDICT_TAG) !== 0 ? known & 3 : NOT_SYLLABLE;
      }
      // Evidence first: a valid word is read otherwise only where a damaged word shows an
      // encoding, so a page of valid words is clean whatever look-alikes it holds.
      if (v !== NOT_SYLLABLE) continue;
    }
    // Other words are classified, each distinct word once in long texts: the status and where
    // its syllable lies are remembered.
    let status: number;
    let coreStart: number;
    let coreEnd: number;
    const known = memo === null ? -1 : memo.get(text, cur.start, cur.end);
    if (known >= 0) {
      status = known & 0xff;
      coreStart = cur.start + ((known >> 8) & 0xff);
      coreEnd = cur.end - ((known >> 16) & 0xff);
    } else {
      status = classify(text, cur, allowed, scratchCandidates);
      if (scratchCandidates.length > 0) scratchCandidates.length = 0;
      coreStart = classified.coreStart;
      coreEnd = classified.coreEnd;
      const head = coreStart - cur.start;
      const tail = cur.end - coreEnd;
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

const isSyllableStrict = (text: string, start: number, end: number): boolean => analyzeRange(text, start, end) === Verdict.Valid;

/** Verdicts of the fast check on a word of Latin-1 letters. */
const NOT_SYLLABLE = 0;
const SYLLABLE = 1;
const LOOK_ALIKE = 2;
/** Marks a remembered verdict, as against a remembered classification. */
const VERDICT_TAG = 1 << 24;

function wordVerdict(text: string, start: number, end: number): number {
  if (!isSyllableStrict(text, start, end)) return NOT_SYLLABLE;
  return isLookAlike(text, start, end) ? LOOK_ALIKE : SYLLABLE;
}

const lookAlikeCursor: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
const LOOK_ALIKE_ODDS = Math.log(LOOK_ALIKE_RATE) - Math.log(1 - LOOK_ALIKE_RATE);
/** The document pass's rate for a VIQR tone character followed by a lower-case word (viqrRate). */
const TONE_BEFORE_LOWER_ODDS = Math.log(0.9) - Math.log(0.1);
const VIQR_BIT = 1 << REPAIR_ENCODINGS.indexOf('viqr');

/** After the word at `end`: spaces, then a lower-case letter or a digit. */
function lowerFollows(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  if (j === end || j >= text.length) return false;
  const c = text.charCodeAt(j);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  const ch = text[j]!;
  return ch !== ch.toUpperCase();
}

/**
 * True when a look-alike (the word at `cur`, syllable `[coreStart, coreEnd)`) reads better
 * as damage than as itself between its neighbours as they stand, by the margin the document
 * pass asks of a page with no other damage: then the page needs that pass.
 */
function lookAlikeRead(
  text: string,
  cur: WordCursor,
  coreStart: number,
  coreEnd: number,
  prevStart: number,
  prevEnd: number,
  weak: number,
  logOdds: number,
): boolean {
  if (weak === 0 || !lookAlikeCaseAllows(text, coreStart)) return false;
  classify(text, cur, weak, scratchCandidates, weak);
  if (scratchCandidates.length === 0) return false;
  const prev = prevEnd >= 0 && onlySpaces(text, prevEnd, cur.start) ? neighbourId(text, prevStart, prevEnd) : BOUNDARY;
  let next = BOUNDARY;
  if (nextWord(text, cur.end, lookAlikeCursor) && onlySpaces(text, cur.end, lookAlikeCursor.start)) {
    next = neighbourId(text, lookAlikeCursor.start, lookAlikeCursor.end);
  }
  const keep = syllableId(text.slice(coreStart, coreEnd));
  const keepEnds = coreEnd < cur.end && isClausePunctuation(text.charCodeAt(coreEnd));
  const base = bigramLogProb(prev, keep) + bigramLogProb(keep, keepEnds ? BOUNDARY : next);
  let read = false;
  for (const c of scratchCandidates) {
    if (c.loose) continue;
    const id = syllableId(c.text.slice(c.coreStart, c.coreEnd));
    // A reading that keeps a `.` as punctuation still ends the clause.
    const after = c.endsClause ? BOUNDARY : next;
    if (logOdds + bigramLogProb(prev, id) + bigramLogProb(id, after) > base) read = true;
  }
  scratchCandidates.length = 0;
  return read;
}

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

const isClausePunctuation = (c: number): boolean => c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2c || c === 0x3b || c === 0x3a;

/** The model id of a neighbouring word, or a clause break when it is no syllable or ends one. */
function neighbourId(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isEdgePunctuation(text.charCodeAt(e - 1))) e--;
  if (e === start || e !== end || analyzeRange(text, start, e) === Verdict.Invalid) return BOUNDARY;
  return syllableId(text.slice(start, e));
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

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

function sameRange(text: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}
