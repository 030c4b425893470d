// The words of a damaged document as structs of typed arrays. A 1 MB page has 200,000 words
// but only a few thousand distinct ones, so what a word *is* (its status, its readings, its
// model ids) lives once per distinct word in {@link WordTypes}, and each occurrence in
// {@link WordTable} only says where it is, which distinct word it is, and what was decided.
import type { Candidate } from './candidates.js';
import { GAP_LINE, GAP_SPACES } from './scan.js';

/** Bits of {@link WordTable.bits}; the first two are the scanner's gap before the word. */
export const JOINED = GAP_SPACES; // only spaces between this word and the previous one
export const NEW_LINE = GAP_LINE; // a line break between this word and the previous one
export const LINKED = 4; // part of a URL, e-mail address or path: never repaired
export const VIETNAMESE = 8; // among Vietnamese words (see rejectOutsideVietnamese)
export const FIXED = 16; // read as the currency sign after an amount: not weighed again in context

/** Bits of {@link WordTypes.bits}. */
export const FOREIGN_ASCII = 1; // ASCII letters that are no syllable and no abbreviation (`ligger`)
export const HAS_BACKSLASH = 2; // a `\` inside the word (VIQR written with RFC 1456 escapes)
export const ALTERNATIVES_DONE = 4; // readings of the valid word were looked for
export const ENDS_CLAUSE = 8; // as it stands, ends with clause punctuation (`chi.`)
export const ALL_LOOSE = 16; // damaged, but every reading is no syllable (`Ærøskøbing`)
export const UNMISTAKABLE = 32; // damaged in a way no word of any language is written (`quáº­n`, `c¸c`, `quËn`)
export const CURRENCY = 64; // all its readings are loose, one of them `đ` alone (the currency sign after an amount)
export const TRAILING_SYMBOL = 256; // damaged, but ASCII letters and one symbol (`m²`, `c¸`): weighed like a letter alone
export const LONE_LETTER = 128; // damaged, but one Latin-1 letter alone (`ñ`, `ø`, `µ`): as weak as a symbol alone
export const TYPO_LIKE = 512; // damaged, but as it stands only its tone is impossible (`môt`, `tôt`): a typo unless the text shows its encoding
export const WEAK_VIQR = 1024; // damaged only in VIQR, by tone characters alone (`co'`, `Sa'`, `la``): read only where the text shows VIQR

/**
 * Bits of {@link WordTypes.summary}: what the readings the scan found say, kept per distinct word
 * so the passes need not visit the reading objects (shared between calls, they are scattered in
 * memory). The low 8 bits are the encodings of the readings that are syllables.
 */
export const STRICT_ENCODINGS = 0xff;
export const FIRST_NFD = 1 << 8; // the readings are decomposed Unicode's
export const SOME_LOOSE = 1 << 9; // some reading is no syllable
export const SOME_SHARED = 1 << 10; // some reading is given by several encodings
/** The language pass's verdict on the readings (see `readingVerdict` in language.ts), 0 when none. */
export const VERDICT_SHIFT = 11;
export const SEVERAL_STRICT = 1 << 13; // two or more readings are syllables
export const LOOK_ALIKE = 1 << 14; // valid as it stands, and a look-alike (see look-alikes.ts)
/** From this bit: the encodings every syllable reading is given by (8 bits). */
export const EVERY_STRICT_SHIFT = 16;

/** Id of a syllable not yet looked up in the bigram model. */
export const NO_ID = -2;
export const NO_CANDIDATES: Candidate[] = [];

const grow32 = (a: Int32Array, n: number): Int32Array => {
  const b = new Int32Array(n);
  b.set(a);
  return b;
};
const grow16 = (a: Uint16Array, n: number): Uint16Array => {
  const b = new Uint16Array(n);
  b.set(a);
  return b;
};
const grow8 = (a: Uint8Array, n: number): Uint8Array => {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
};

/** Occurrences, in text order. */
export class WordTable {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  /** Index into {@link WordTypes}. */
  type: Int32Array;
  /** Starts as the type's status; links, foreign neighbours and deferral change it per occurrence. */
  status: Uint8Array;
  bits: Uint8Array;
  /** Chosen reading: -1 the word as it stands, else an index into its readings. */
  choice: Int8Array;

  constructor(capacity: number) {
    const n = Math.max(64, capacity);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.type = new Int32Array(n);
    this.status = new Uint8Array(n);
    this.bits = new Uint8Array(n);
    this.choice = new Int8Array(n);
  }

  /** Empties the table for another call, with room for `capacity` words (see {@link wordTables}). */
  reset(capacity: number): void {
    this.count = 0;
    if (capacity > this.start.length) Object.assign(this, new WordTable(capacity));
  }

  push(start: number, end: number, type: number, status: number, bits: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.type[i] = type;
    this.status[i] = status;
    this.bits[i] = bits;
    this.choice[i] = -1;
  }

  private grow(): void {
    const n = this.start.length * 2;
    this.start = grow32(this.start, n);
    this.end = grow32(this.end, n);
    this.type = grow32(this.type, n);
    this.status = grow8(this.status, n);
    this.bits = grow8(this.bits, n);
    const choice = new Int8Array(n);
    choice.set(this.choice);
    this.choice = choice;
  }
}

/**
 * Distinct words of one call, found by their code units through an open-addressing table that
 * points into the text itself (no word is sliced out to be a key).
 */
export class WordTypes {
  count = 0;
  /** Where the word first occurs, and its length. */
  first: Int32Array = new Int32Array(256);
  length: Int32Array = new Int32Array(256);
  hash: Int32Array = new Int32Array(256);
  status: Uint8Array = new Uint8Array(256);
  flags: Uint8Array = new Uint8Array(256);
  bits: Uint16Array = new Uint16Array(256);
  /** The syllable inside the word, relative to its start. */
  coreStart: Int32Array = new Int32Array(256);
  coreEnd: Int32Array = new Int32Array(256);
  /** Bigram-model id of the word as it stands ({@link NO_ID} until needed). */
  keepId: Int32Array = new Int32Array(256).fill(NO_ID);
  /**
   * Readings: of a damaged word, what classify found (narrowed once the document's encodings
   * are known); of a valid word, its readings in the document's encodings. Replaced, never
   * mutated.
   */
  candidates: Candidate[][] = [];
  /** The encodings that give the first of {@link candidates} (-1 until asked; see {@link readingEncs}). */
  firstEncs: Int32Array = new Int32Array(256);
  /** What the readings found by the scan say ({@link STRICT_ENCODINGS} …; 0 for a word without any), and {@link LOOK_ALIKE}. */
  summary: Int32Array = new Int32Array(256);
  /** The word's entry in the per-process cache of scan-words.ts (-1: none), valid in its {@link generation}. */
  entry: Int32Array = new Int32Array(256);
  generation = -1;

  private slots = new Int32Array(1024);
  private mask = 1023;

  /** The type of `text[start, end)` with hash `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    const slots = this.slots;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const v = slots[k]!;
      if (v === 0) return -1;
      const t = v - 1;
      if (this.hash[t] === h && this.length[t] === len && sameRange(text, this.first[t]!, start, len)) return t;
    }
  }

  /** Replaces the readings of type `type` (never changed in place: they may be shared). */
  setReadings(type: number, readings: Candidate[]): void {
    this.candidates[type] = readings;
    this.firstEncs[type] = -1;
  }

  /**
   * The encodings that give reading `k` of type `type`. The first reading's are kept per distinct
   * word: most occurrences take it, and the passes that count encodings per occurrence read a
   * number instead of the reading (shared between calls, it is scattered in memory).
   */
  readingEncs(type: number, k: number): number {
    if (k !== 0) return this.candidates[type]![k]!.encs;
    let encs = this.firstEncs[type]!;
    if (encs < 0) encs = this.firstEncs[type] = this.candidates[type]![0]!.encs;
    return encs;
  }

  /** Empties the table for another call (see {@link wordTables}). */
  reset(): void {
    this.count = 0;
    this.candidates.length = 0;
    this.slots.fill(0);
    this.generation = -1;
  }

  /** Adds a new type (its fields are filled in by the caller) and returns it. */
  add(start: number, end: number, h: number): number {
    if (this.count === this.first.length) this.grow();
    const t = this.count++;
    this.first[t] = start;
    this.length[t] = end - start;
    this.hash[t] = h;
    // A table used before holds the last call's values: these two are not always filled in.
    this.keepId[t] = NO_ID;
    this.summary[t] = 0;
    this.firstEncs[t] = -1;
    this.candidates.push(NO_CANDIDATES);
    if (this.count * 2 > this.mask) this.rehash();
    else this.place(t);
    return t;
  }

  private place(t: number): void {
    const slots = this.slots;
    let k = this.hash[t]! & this.mask;
    while (slots[k] !== 0) k = (k + 1) & this.mask;
    slots[k] = t + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let t = 0; t < this.count; t++) this.place(t);
  }

  private grow(): void {
    const n = this.first.length * 2;
    this.first = grow32(this.first, n);
    this.length = grow32(this.length, n);
    this.hash = grow32(this.hash, n);
    this.coreStart = grow32(this.coreStart, n);
    this.coreEnd = grow32(this.coreEnd, n);
    const keep = new Int32Array(n).fill(NO_ID);
    keep.set(this.keepId);
    this.keepId = keep;
    this.status = grow8(this.status, n);
    this.flags = grow8(this.flags, n);
    this.bits = grow16(this.bits, n);
    this.entry = grow32(this.entry, n);
    this.summary = grow32(this.summary, n);
    this.firstEncs = grow32(this.firstEncs, n);
  }
}

export function sameRange(text: string, a: number, b: number, len: number): boolean {
  if (a === b) return true;
  for (let i = 0; i < len; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/**
 * Tables sized for documents up to this many words are kept for the next call (one call at a time
 * uses them: repair does not call itself); a longer document gets tables of its own, so what is
 * kept stays small.
 */
const KEPT_WORDS = 1 << 16;
const KEPT_TYPES = 1 << 14;

let kept: { t: WordTable; ty: WordTypes } | null = null;

/**
 * An empty word table and type table for a document of `text.length` code units: the ones the
 * last call used when it was small enough, else new ones. Nothing in them outlives the call that
 * fills them (the results hold no reference to them).
 */
export function wordTables(length: number): { t: WordTable; ty: WordTypes } {
  // About one word in five code units of prose: room for all of them at once.
  const capacity = Math.max(64, length >> 2);
  if (capacity > KEPT_WORDS) return { t: new WordTable(capacity), ty: new WordTypes() };
  if (kept === null || kept.ty.count > KEPT_TYPES) kept = { t: new WordTable(capacity), ty: new WordTypes() };
  else {
    kept.t.reset(capacity);
    kept.ty.reset();
  }
  return kept;
}
