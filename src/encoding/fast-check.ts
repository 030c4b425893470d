// The fast check: one scan that stops at the first word that is not Vietnamese as it stands and
// has a Vietnamese reading (damage). Evidence first (issue 8): a page of valid words is clean
// whatever look-alikes it holds, so valid words never send it to the full pass. Clean prose
// costs a table lookup per character and, per distinct word with Latin-1 marks, a syllable
// check remembered for the process (a bounded cache of verdicts: the same word gets the same
// verdict in every call, so it changes no output and keeps nothing a caller can see).
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { type Candidate, REPAIR_ENCODINGS } from './candidates.js';
import { C_ALPHA, C_COMB, C_MARK, C_NBSP, C_SUSPECT, C_VI, classTable } from './char-classes.js';
import { DAMAGED, SYMBOLS, cannotBeDamaged, classified, classify } from './classify.js';
import { inLink } from './links.js';
import { type WordCursor, nextWord } from './scan.js';
import { forEncodings, FRONT_SLOTS, frontHi, frontLo, frontSlot, WordKeys, wordHash } from './word-keys.js';

const scratchCandidates: Candidate[] = [];

/** True when `text` holds a word the full pass may repair (in the encodings of `allowed`). */
export function hasDamage(text: string, allowed: number): boolean {
  const table = classTable();
  const cache = verdictCache(allowed);
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  const n = text.length;
  let linkRunEnd = -1;
  let linkRunIsLink = false;
  const hot = hotTable();
  let from = 0;
  while (nextHotWord(text, from, table, hot, cur)) {
    // A no-break space after it: the scanner decides whether it belongs to the word.
    if (cur.end < n && text.charCodeAt(cur.end) === 0xa0) nextWord(text, cur.start, cur);
    from = cur.end;
    if (cannotBeDamaged(cur.flags)) continue;
    // ASCII letters are VIQR damage only with `dd` in them (đ).
    if (cur.flags === C_ALPHA && !hasDd(text, cur.start, cur.end)) continue;
    // Short words of Latin-1 code units (most of them: `là`, `các`, `không`) are looked up
    // first in a small table of their own, whose keys are the code units themselves.
    const slot = frontSlot(text, cur.start, cur.end);
    const lo = frontLo;
    const hi = frontHi;
    let status = slot < 0 ? -1 : cache.frontValue(slot, lo, hi);
    if (status < 0) {
      status = verdictOf(text, cur, allowed, cache);
      if (slot >= 0) cache.setFront(slot, lo, hi, status);
    }
    if (status === SYLLABLE) continue;
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

/**
 * What classify says of the word, except that damage the full pass reads only beside other
 * damage is no reason to run it: readings that are all no syllable (loanwords `ôtô`, names
 * `Chrlâng`: read only in a page plainly in their encoding) and typos with an impossible tone
 * (`môt`, `VIÊT`: read only where their line shows a word damaged the plain way), see
 * decide-damaged.ts and evidence.ts. Such a page has another damaged word, which the scan finds.
 */
/**
 * The next word at or after `from` worth a look, read as the scanner reads it (its no-break
 * space aside): words of ASCII letters (without `dd`) and words with a Vietnamese letter outside
 * Latin-1 are clean whatever they are, so the scan skips straight to the next character that
 * can make a word suspect (see {@link hotTable}) and backs up to its word's start. A small
 * function of its own: V8 keeps this loop tight.
 */
function nextHotWord(text: string, from: number, table: Uint8Array, hot: Uint8Array, found: WordCursor): boolean {
  const n = text.length;
  let i = from;
  for (;;) {
    let h = 0;
    while (i < n && (h = hot[text.charCodeAt(i)]!) === 0) i++;
    if (i >= n) return false;
    // `d` matters only as VIQR `dd`: a lone one makes no word worth a look by itself.
    if (h === HOT_D && (i + 1 >= n || (text.charCodeAt(i + 1) | 0x20) !== 0x64)) {
      i++;
      continue;
    }
    while (i > from && table[text.charCodeAt(i - 1)] !== 0) i--;
    let k = table[text.charCodeAt(i)]!;
    while (k === 0 || k === C_MARK || k === C_NBSP) {
      if (++i >= n) return false;
      k = table[text.charCodeAt(i)]!;
    }
    let flags = k;
    let j = i + 1;
    for (; j < n; j++) {
      const kd = table[text.charCodeAt(j)]!;
      if (kd === 0 || kd === C_NBSP) break;
      flags |= kd;
    }
    // Most Vietnamese words have a letter no legacy byte encoding shows (ă đ ơ ư ạ …).
    if ((flags & C_VI) !== 0 && (flags & C_COMB) === 0 && (j >= n || text.charCodeAt(j) !== 0xa0)) {
      i = from = j;
      continue;
    }
    found.start = i;
    found.end = j;
    found.flags = flags;
    return true;
  }
}

/** The verdict of the word at `cur`: remembered in `cache`, or found now (and remembered). */
function verdictOf(text: string, cur: WordCursor, allowed: number, cache: VerdictCache): number {
  const cached = cache.get(text, cur.start, cur.end);
  if (cached >= 0) return cached;
  // Vietnamese with only Latin-1 letters (`không`, `là`): one syllable check.
  const status =
    (cur.flags & (C_SUSPECT | C_MARK)) === 0 && cur.flags !== C_ALPHA && isSyllable(text, cur.start, cur.end) ? SYLLABLE : classifyWord(text, cur, allowed);
  cache.set(status);
  return status;
}

function classifyWord(text: string, cur: WordCursor, allowed: number): number {
  let status = classify(text, cur, allowed, scratchCandidates);
  if (status === DAMAGED && scratchCandidates.length > 0 && scratchCandidates[0]!.enc !== NFD) {
    let loose = true;
    let cp1258 = false;
    for (const c of scratchCandidates) {
      if (!c.loose) loose = false;
      if ((c.encs & CP1258_BIT) !== 0) cp1258 = true;
    }
    if (loose || (!cp1258 && analyzeRange(text, classified.coreStart, classified.coreEnd) === Verdict.ImpossibleTone)) status = BESIDE_DAMAGE;
  }
  if (scratchCandidates.length > 0) scratchCandidates.length = 0;
  return status;
}

/** A status of the fast check's own: damage read only beside other damage. */
const BESIDE_DAMAGE = 0x200;
const NFD = REPAIR_ENCODINGS.indexOf('nfd');
const CP1258_BIT = 1 << REPAIR_ENCODINGS.indexOf('windows-1258');

let hot: Uint8Array | null = null;
/** The hot table's mark for `d` and `D`, hot only before another one. */
const HOT_D = 2;

/**
 * 1 for the characters that can make a word worth a look: Latin-1 letters, legacy-byte
 * characters, combining marks, VIQR mark characters, the no-break space, and `d` (VIQR `dd`,
 * {@link HOT_D}: hot only before another `d`).
 */
function hotTable(): Uint8Array {
  if (hot !== null) return hot;
  const table = classTable();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = table[c] === 0 || table[c] === C_ALPHA || table[c] === C_VI ? 0 : 1;
  t[0x64] = t[0x44] = HOT_D;
  return (hot = t);
}

const isSyllable = (text: string, start: number, end: number): boolean => analyzeRange(text, start, end) === Verdict.Valid;

/** `dd` or `DD` (either case) somewhere in `text[start, end)`. */
function hasDd(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if ((text.charCodeAt(i) | 0x20) === 0x64 && (text.charCodeAt(i - 1) | 0x20) === 0x64) return true;
  return false;
}

/** A cached verdict: the word is a syllable as it stands (statuses are 1–9). */
const SYLLABLE = 0x100;

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

/** Words longer than this are not cached (no syllable is; damage of one seldom repeats). */
const MAX_CACHED = 24;

/**
 * What the fast check found out about each distinct word, for the process: a verdict per word
 * of {@link WordKeys}, kept in its slot. Bounded: when full it starts over. One per encoding mask (a call with
 * other `encodings` clears it).
 */
class VerdictCache {
  allowed = -1;
  private readonly keys = new WordKeys(MAX_CACHED);
  private pendingStart = 0;
  private pendingEnd = 0;
  private pendingHash = 0;
  private pendingText: string | null = null;

  /**
   * The front table (see {@link frontSlot}): per slot a short word's key and its verdict + 1
   * (0: empty). Direct-mapped: a word that lands on a taken slot replaces its word.
   */
  private readonly front = new Int32Array(FRONT_SLOTS * 4);

  clear(): void {
    this.keys.clear();
    this.front.fill(0);
    this.pendingText = null;
  }

  /** The verdict in front slot `slot` for the word of key `lo`, `hi` (see {@link frontSlot}), or -1. */
  frontValue(slot: number, lo: number, hi: number): number {
    const f = this.front;
    return f[slot] === lo && f[slot + 1] === hi ? f[slot + 2]! - 1 : -1;
  }

  /** Keeps `value` in front slot `slot` for the word of key `lo`, `hi`. */
  setFront(slot: number, lo: number, hi: number, value: number): void {
    const f = this.front;
    f[slot] = lo;
    f[slot + 1] = hi;
    f[slot + 2] = value + 1;
  }

  /** The verdict stored for `text[start, end)`, or -1 (then {@link set} stores one for it). */
  get(text: string, start: number, end: number): number {
    const h = wordHash(text, start, end);
    const e = this.keys.find(text, start, end, h);
    if (e >= 0) {
      this.pendingText = null;
      return this.keys.value();
    }
    this.pendingText = text;
    this.pendingStart = start;
    this.pendingEnd = end;
    this.pendingHash = h;
    return -1;
  }

  /** Stores `value` for the word the last {@link get} missed. */
  set(value: number): void {
    const text = this.pendingText;
    if (text === null) return;
    this.pendingText = null;
    if (this.keys.add(text, this.pendingStart, this.pendingEnd, this.pendingHash) >= 0) this.keys.setValue(value);
  }
}

let cache: VerdictCache | null = null;

const verdictCache = (allowed: number): VerdictCache => forEncodings((cache ??= new VerdictCache()), allowed);
