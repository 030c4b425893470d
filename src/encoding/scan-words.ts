// The scan pass: every word of the document in a word table, each distinct word classified
// once (its status, its readings, what its shape says).
import { analyzeRange, Verdict } from '../syllable/analyze.js';
import type { Candidate } from './candidates.js';
import { isEdgePunctuation } from './char-classes.js';
import { cannotBeDamaged, classified, classify, DAMAGED, FOREIGN, KEEP_ASCII, KEEP_VI } from './classify.js';
import { allLoose, CP1258, type Doc, keepIdOf, NFD } from './document.js';
import { readingVerdict } from './language.js';
import { isLookAlike } from './look-alikes.js';
import { isSyllableRange } from './judge.js';
import { nextWord, type WordCursor } from './scan.js';
import { forEncodings, REMEMBERED_WORDS, WordKeys } from './word-keys.js';
import { endsWithClause, hasBackslash, isCurrencyReading, isForeignAscii, isLatin1Letter, onlyViqrTones, trailingSymbol, unmistakable } from './word-shapes.js';
import { ALL_LOOSE, CURRENCY, ENDS_CLAUSE, EVERY_STRICT_SHIFT, FIRST_NFD, FOREIGN_ASCII, HAS_BACKSLASH, LONE_LETTER, LOOK_ALIKE, NO_CANDIDATES, NO_ID, SEVERAL_STRICT, SOME_LOOSE, SOME_SHARED, STRICT_ENCODINGS, TRAILING_SYMBOL, TYPO_LIKE, UNMISTAKABLE, VERDICT_SHIFT, WEAK_VIQR, wordTables, WordTypes } from './word-table.js';

/**
 * Scans every word; classifies each distinct word once per call, or takes what an earlier call
 * found for it (see {@link TypeCache}).
 */
export function scanWords(text: string, allowed: number): Doc {
  const cache = typeCache(allowed);
  const { t, ty } = wordTables(text.length);
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  let pos = 0;
  while (nextWord(text, pos, cur)) {
    const start = cur.start;
    const end = cur.end;
    const h = cur.hash;
    let type = ty.find(text, start, end, h);
    if (type < 0) {
      type = ty.add(start, end, h);
      ty.flags[type] = cur.flags;
    }
    t.push(start, end, type, 0, t.count > 0 ? cur.gap : 0);
    pos = end;
  }
  // What the cache holds of each distinct word is read in loops of their own, after the scan:
  // it is shared between calls and scattered in memory, and the misses of the CPU's caches
  // (the key, then the entry's record and lists) overlap between words instead of waiting in
  // turn, as they would between the steps of the scan.
  const generation = cache.generation;
  for (let type = 0; type < ty.count; type++) {
    const start = ty.first[type]!;
    ty.entry[type] = cache.find(text, start, start + ty.length[type]!, ty.hash[type]!);
  }
  const scratch: Candidate[] = [];
  for (let type = 0; type < ty.count; type++) {
    const start = ty.first[type]!;
    const end = start + ty.length[type]!;
    const h = ty.hash[type]!;
    // The cache started over while this call added words: the entries found before are no
    // longer theirs (each word is found again, as it would have been after the restart).
    let e = generation === cache.generation ? ty.entry[type]! : cache.find(text, start, end, h);
    if (e >= 0) cache.fill(e, ty, type);
    else {
      cur.start = start;
      cur.end = end;
      cur.flags = ty.flags[type]!;
      cur.hash = h;
      classifyType(text, cur, allowed, ty, type, scratch);
      e = cache.add(text, start, end, h, ty, type);
    }
    ty.entry[type] = e;
  }
  for (let i = 0; i < t.count; i++) t.status[i] = ty.status[t.type[i]!]!;
  // The cache started over during the scan: the entries found before are no longer theirs, so
  // none is trusted (the words are found again by their code units).
  ty.generation = generation === cache.generation ? generation : -1;
  return { text, t, ty };
}

/** `text[s, e)` has an eth (`Ð` U+00D0, `ð` U+00F0) and is a syllable with it read as `Đ`/`đ`. */
function isSyllableWithEth(text: string, s: number, e: number): boolean {
  const word = text.slice(s, e);
  if (!/[\u00d0\u00f0]/.test(word)) return false;
  const w = word.replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111');
  return isSyllableRange(w, 0, w.length);
}

function classifyType(text: string, cur: WordCursor, allowed: number, ty: WordTypes, type: number, scratch: Candidate[]): void {
  const { start, end, flags } = cur;
  let status: number;
  if (cannotBeDamaged(flags)) {
    // Punctuation the scanner took in as a VIQR mark (`sụ.`, `gì?`) is no part of the syllable.
    let s = start;
    let e = end;
    while (s < e && isEdgePunctuation(text.charCodeAt(s))) s++;
    while (e > s && isEdgePunctuation(text.charCodeAt(e - 1))) e--;
    // A look-alike eth for đ (`Ðồng`) is still a Vietnamese word: normalize makes it `Đồng`.
    // Counted as foreign, it would stop repair of its damaged neighbours (`treân Ðồng`).
    status = s < e && (isSyllableRange(text, s, e) || isSyllableWithEth(text, s, e)) ? KEEP_VI : FOREIGN;
    classified.coreStart = status === KEEP_VI ? s : start;
    classified.coreEnd = status === KEEP_VI ? e : end;
  } else {
    status = classify(text, cur, allowed, scratch);
  }
  const coreStart = classified.coreStart;
  const coreEnd = classified.coreEnd;
  let bits = 0;
  if (status === KEEP_ASCII && isForeignAscii(text, coreStart, coreEnd)) bits |= FOREIGN_ASCII;
  if (hasBackslash(text, start, end)) bits |= HAS_BACKSLASH;
  if (status === DAMAGED && scratch.length > 0 && allLoose(scratch)) {
    bits |= ALL_LOOSE;
    if (scratch.some(isCurrencyReading)) bits |= CURRENCY;
  }
  if (status === DAMAGED && unmistakable(text, coreStart, coreEnd)) bits |= UNMISTAKABLE;
  else if (status === DAMAGED && coreEnd - coreStart === 1 && isLatin1Letter(text.charCodeAt(coreStart))) bits |= LONE_LETTER;
  else if (status === DAMAGED && trailingSymbol(text, coreStart, coreEnd)) bits |= LONE_LETTER | TRAILING_SYMBOL;
  if (endsWithClause(text, coreEnd, end)) bits |= ENDS_CLAUSE;
  if (status === DAMAGED && scratch.length > 0) {
    // Windows-1258 writes the tone as a second vowel-like byte (`hoòc` is học): no typo.
    if (analyzeRange(text, coreStart, coreEnd) === Verdict.ImpossibleTone && !scratch.some((c) => (c.encs & (1 << CP1258)) !== 0)) bits |= TYPO_LIKE;
    else if (onlyViqrTones(text, start, end, scratch)) bits |= WEAK_VIQR;
  }
  ty.status[type] = status;
  ty.flags[type] = flags;
  ty.bits[type] = bits;
  ty.coreStart[type] = coreStart - start;
  ty.coreEnd[type] = coreEnd - start;
  if (scratch.length > 0) {
    ty.setReadings(type, scratch.slice());
    ty.summary[type] = readingSummary(text, coreStart, scratch);
    scratch.length = 0;
  }
  if (status === KEEP_VI && isLookAlike(text, coreStart, coreEnd)) ty.summary[type]! |= LOOK_ALIKE;
}

/** {@link WordTypes.summary} of a word with readings `cands`, its syllable starting at `text[coreStart]`. */
function readingSummary(text: string, coreStart: number, cands: readonly Candidate[]): number {
  let summary = 0;
  let every = STRICT_ENCODINGS;
  let strict = 0;
  for (const c of cands) {
    if (c.loose) summary |= SOME_LOOSE;
    else {
      summary |= c.encs;
      every &= c.encs;
      strict++;
    }
    if ((c.encs & (c.encs - 1)) !== 0) summary |= SOME_SHARED;
  }
  if (strict >= 2) summary |= SEVERAL_STRICT;
  summary |= every << EVERY_STRICT_SHIFT;
  if (cands[0]!.enc === NFD) summary |= FIRST_NFD;
  return summary | (readingVerdict(text, coreStart, cands) << VERDICT_SHIFT);
}

/** Words longer than this are not remembered (damage of one seldom repeats). */
const MAX_REMEMBERED = 32;

/**
 * Int32s per entry of {@link TypeCache}'s record: status and bits, syllable core, model id,
 * reading summary, the encoding masks a valid word was found to have no readings in (four of 8
 * bits; a page asks one or two), and which plain readings its lists hold. Eight, so a record is
 * one aligned 32-byte line.
 */
const RECORD = 8;

/** Lists per entry of {@link TypeCache} (see its `lists`): four, so they share a cache line. */
const LISTS = 4;

/**
 * What {@link classifyType} found for each distinct word, for the process: a word's status,
 * shape bits, syllable core and readings depend on its code units and the allowed encodings
 * alone, so a later call takes them instead of decoding the word again (real news has tens of
 * thousands of distinct words, and services call once per article). The reading objects are
 * shared between calls: their caches (model id, case, pieces) are functions of the reading and
 * its word, the encoding a page credits one to is set again by every page before it is read
 * (`credit`, which also drops the alignment groups made with another encoding), and no list of
 * readings is changed in place. Bounded: when full it starts over; a call with other `encodings`
 * clears it. Changes no output (word-cache.test.ts). What is kept of an entry sits side by side
 * in one record (a lookup misses the CPU's caches once per array it reads).
 */
class TypeCache {
  allowed = -1;
  /** Counts the times the keys started over: an entry number holds only within one generation. */
  generation = 0;
  private readonly keys = new WordKeys(MAX_REMEMBERED, true);
  /**
   * Per entry: status | shape bits << 8, syllable core start | end << 8 (words are short), the
   * bigram model's id of a valid word as it stands ({@link NO_ID} for other words), and what its
   * readings say ({@link WordTypes.summary}).
   */
  private readonly record = new Int32Array(REMEMBERED_WORDS * RECORD);
  /**
   * Per entry, {@link LISTS} side by side (one cache line, read once per call): its readings, the
   * syllable readings and the loose ones among them (see {@link splitLoose}, null until split), and
   * the readings a page plainly in one encoding keeps (see {@link plainReadings}: the record says
   * for which encoding, of which list, and whether some are shared).
   */
  private readonly lists: (Candidate[] | null)[] = [];
  /** Readings of a valid word (decide-valid.ts) per encoding mask they were asked in, a few masks each. */
  private readonly alternatives: (Alternatives[] | null)[] = [];
  private alternativeCount = 0;

  clear(): void {
    this.keys.clear();
    this.forget();
  }

  /** Drops what was kept per entry (the keys started over). */
  private forget(): void {
    this.generation++;
    this.lists.length = 0;
    this.alternatives.length = 0;
    this.alternativeCount = 0;
  }

  /** The entry of `text[start, end)` (FNV-1a hash `h`), or -1. */
  find(text: string, start: number, end: number, h: number): number {
    return this.keys.find(text, start, end, h);
  }

  /** Fills type `type` of `ty` from entry `e`. */
  fill(e: number, ty: WordTypes, type: number): void {
    const record = this.record;
    const at = e * RECORD;
    const statusBits = record[at]!;
    ty.status[type] = statusBits & 0xff;
    ty.bits[type] = statusBits >>> 8;
    const core = record[at + 1]!;
    ty.coreStart[type] = core & 0xff;
    ty.coreEnd[type] = core >>> 8;
    ty.keepId[type] = record[at + 2]!;
    ty.summary[type] = record[at + 3]!;
    const r = this.lists[e * LISTS];
    if (r !== null && r !== undefined) ty.setReadings(type, r);
  }

  /** Remembers what type `type` of `ty` (the word `text[start, end)`, hash `h`) was found to be; returns its entry or -1. */
  add(text: string, start: number, end: number, h: number, ty: WordTypes, type: number): number {
    const e = this.keys.add(text, start, end, h);
    if (e < 0) return -1;
    if (e === 0) this.forget();
    const record = this.record;
    const at = e * RECORD;
    const status = ty.status[type]!;
    record[at] = status | (ty.bits[type]! << 8);
    record[at + 1] = ty.coreStart[type]! | (ty.coreEnd[type]! << 8);
    record[at + 2] = status === KEEP_VI || status === KEEP_ASCII ? keepIdOf(text, start + ty.coreStart[type]!, start + ty.coreEnd[type]!) : NO_ID;
    record[at + 3] = ty.summary[type]!;
    record[at + 4] = 0;
    record[at + 5] = 0;
    const r = ty.candidates[type]!;
    const lists = this.lists;
    const l = e * LISTS;
    lists[l] = r.length > 0 ? r : null;
    lists[l + 1] = lists[l + 2] = lists[l + 3] = null;
    this.alternatives[e] = null;
    return e;
  }

  /**
   * Sets the readings `cands` of type `type` of `ty` (entry `e`) to their syllable readings and
   * `aside[type]` to the loose ones, as an earlier call split them; false when `cands` are not
   * the entry's readings.
   */
  splitLoose(e: number, cands: Candidate[], ty: WordTypes, type: number, aside: (Candidate[] | undefined)[]): boolean {
    if (e < 0) return false;
    const lists = this.lists;
    const l = e * LISTS;
    if (lists[l] !== cands) return false;
    let strict = lists[l + 1];
    if (strict === null || strict === undefined) {
      strict = lists[l + 1] = cands.filter((c) => !c.loose);
      lists[l + 2] = cands.filter((c) => c.loose);
    }
    ty.setReadings(type, strict);
    aside[type] = lists[l + 2]!;
    return true;
  }

  /** Fills {@link plainFound} for entry `e` (-1: none), remembered when `cands` are the entry's readings or their syllable readings. */
  plainReadings(e: number, cands: Candidate[], enc: number): void {
    const lists = this.lists;
    const l = e * LISTS;
    const of = e < 0 ? 0 : lists[l] === cands ? PLAIN_OF_READINGS : lists[l + 1] === cands ? PLAIN_OF_STRICT : 0;
    if (of === 0) return plainReadingsOf(cands, enc);
    const at = e * RECORD + 5;
    const known = this.record[at]!;
    if ((known & ~PLAIN_SHARED) === (of | (enc + 1))) {
      plainFound.kept = lists[l + 3]!;
      plainFound.shared = (known & PLAIN_SHARED) !== 0;
      return;
    }
    plainReadingsOf(cands, enc);
    lists[l + 3] = plainFound.kept;
    this.record[at] = of | (enc + 1) | (plainFound.shared ? PLAIN_SHARED : 0);
  }

  /** The readings in the encodings of `mask` remembered for entry `e` (-1: none), or null. */
  takeAlternatives(e: number, mask: number): Alternatives | null {
    if (e < 0) return null;
    // Most valid words have no readings: the record says so without the lists.
    const none = this.record[e * RECORD + 4]!;
    if ((none & 0xff) === mask || ((none >>> 8) & 0xff) === mask || ((none >>> 16) & 0xff) === mask || none >>> 24 === mask) return NO_ALTERNATIVES;
    const known = this.alternatives[e];
    if (known === null || known === undefined) return null;
    for (const a of known) if (a.mask === mask) return a;
    return null;
  }

  /** Remembers `readings`, a valid word's readings (entry `e`, -1: none) in the encodings of `readings.mask`. */
  rememberAlternatives(e: number, readings: Alternatives): void {
    if (e < 0) return;
    if (readings.strict.length === 0 && readings.mask <= 0xff) {
      const at = e * RECORD + 4;
      this.record[at] = (this.record[at]! << 8) | readings.mask;
      return;
    }
    if (this.alternativeCount >= REMEMBERED_ALTERNATIVES) {
      this.alternatives.fill(null);
      this.alternativeCount = 0;
    }
    this.alternativeCount++;
    const known = this.alternatives[e];
    if (known === null || known === undefined) this.alternatives[e] = [readings];
    else if (known.length < MASKS_PER_WORD) known.push(readings);
    else known[readings.mask % MASKS_PER_WORD] = readings;
  }

  /** The entry of type `type` of `ty` (the word `text[start, end)`, hash `h`), or -1. */
  entryOf(ty: WordTypes, type: number, text: string, start: number, end: number, h: number): number {
    return ty.generation === this.generation ? ty.entry[type]! : this.find(text, start, end, h);
  }
}

/**
 * Encoding masks a valid word's readings are remembered for (pages show different encodings:
 * 27 masks over the bench's mixed pages), and how many such lists in all before they are
 * dropped.
 */
const MASKS_PER_WORD = 16;
const REMEMBERED_ALTERNATIVES = 1 << 15;

/** No readings (in whatever encodings were asked: the caller knows its mask). */
const NO_ALTERNATIVES: Alternatives = { mask: 0, strict: [], shared: false };

/** A valid word's syllable readings in the encodings of `mask` (decide-valid.ts); shared, never changed. */
export interface Alternatives {
  readonly mask: number;
  readonly strict: Candidate[];
  /** Some of them are given by several encodings (the page credits them to one). */
  readonly shared: boolean;
}

/**
 * The readings of a valid word (`classify` with `alternatives`) in the encodings of `mask`, as an
 * earlier call found them, or null. The cache is the one {@link scanWords} filled for the same
 * allowed encodings in this call; `type` is the word's type in `ty`, `text[start, end)` one
 * occurrence of it.
 */
export function takeAlternatives(ty: WordTypes, type: number, text: string, start: number, end: number, mask: number): Alternatives | null {
  return cache === null ? null : cache.takeAlternatives(cache.entryOf(ty, type, text, start, end, ty.hash[type]!), mask);
}

/**
 * Sets the readings `cands` of type `type` of `ty` to their syllables and `aside[type]` to the
 * rest (loose readings), shared with an earlier call that split them when they are the readings
 * the cache holds for the word.
 */
export function splitLoose(ty: WordTypes, type: number, cands: Candidate[], aside: (Candidate[] | undefined)[]): void {
  const e = cache !== null && ty.generation === cache.generation ? ty.entry[type]! : -1;
  if (cache !== null && cache.splitLoose(e, cands, ty, type, aside)) return;
  ty.setReadings(type, cands.filter((c) => !c.loose));
  aside[type] = cands.filter((c) => c.loose);
}

/**
 * What {@link plainReadings} found: the readings given by the encoding asked (`kept`), and
 * whether some of them are given by others too (`shared`). Filled anew by each call of it; the
 * lists are shared, never changed.
 */
export const plainFound = { kept: NO_CANDIDATES, shared: false };

/** Bits of a {@link TypeCache} record's plain-readings word (after the encoding + 1 in its low byte). */
const PLAIN_OF_READINGS = 0x100;
const PLAIN_OF_STRICT = 0x200;
const PLAIN_SHARED = 0x400;

function plainReadingsOf(cands: Candidate[], enc: number): void {
  const kept = cands.filter((c) => (c.encs & (1 << enc)) !== 0);
  plainFound.kept = kept;
  plainFound.shared = kept.some((c) => (c.encs & (c.encs - 1)) !== 0);
}

/**
 * Fills {@link plainFound} with the readings `cands` of type `type` of `ty` that encoding `enc` gives
 * (evidence.ts `keepPlainEncoding`), as an earlier call found them when they are the readings the
 * cache holds for the word (or their syllables).
 */
export function plainReadings(ty: WordTypes, type: number, cands: Candidate[], enc: number): void {
  const e = cache !== null && ty.generation === cache.generation ? ty.entry[type]! : -1;
  if (cache === null) plainReadingsOf(cands, enc);
  else cache.plainReadings(e, cands, enc);
}

/** Remembers what {@link takeAlternatives} did not have. */
export function rememberAlternatives(ty: WordTypes, type: number, text: string, start: number, end: number, readings: Alternatives): void {
  if (cache !== null) cache.rememberAlternatives(cache.entryOf(ty, type, text, start, end, ty.hash[type]!), readings);
}

let cache: TypeCache | null = null;

const typeCache = (allowed: number): TypeCache => forEncodings((cache ??= new TypeCache()), allowed);
