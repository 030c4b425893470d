// The distinct words a per-process cache remembers something about (fast-check.ts: verdicts;
// scan-words.ts: classifications and readings), found by their code units: the units in one
// pool, an open-addressing table of FNV-1a hashes (the scanner's own), no word sliced out to be
// a key. Bounded: when full it starts over, and its owner forgets what it kept per entry.

/** FNV-1a hash of `text[start, end)`, as the scanner computes it (scan.ts `nextWord`). */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Distinct words a cache remembers before it starts over (each table is sized by it). */
export const REMEMBERED_WORDS = 1 << 14;
/** Code units per remembered word, on average, that the pool has room for. */
const UNITS_PER_WORD = 8;

/** A per-process cache that holds for one set of allowed encodings. */
export interface ForEncodings {
  allowed: number;
  clear(): void;
}

/** `cache`, cleared first when it was filled for other allowed encodings. */
export function forEncodings<T extends ForEncodings>(cache: T, allowed: number): T {
  if (cache.allowed !== allowed) {
    cache.clear();
    cache.allowed = allowed;
  }
  return cache;
}

/**
 * The keys: an open-addressing table whose slots hold, side by side, the hash, the entry, where
 * the word's code units are in the pool and a value of the owner's ({@link value}): a lookup
 * reads one slot and the pool (a cache of tens of thousands of words misses the CPU's caches
 * once per array it reads, so nothing is kept in arrays of its own).
 */
export class WordKeys {
  /** Per slot: hash, entry + 1 (0: empty), pool offset << 8 | length, the owner's value. */
  private readonly slots: Int32Array;
  private readonly pool: Uint16Array;
  /** Entries in use; an owner keeps what it knows of entry `e` in its own arrays at `e`. */
  count = 0;
  private used = 0;
  /** The slot {@link find} found or {@link add} filled last. */
  private last = 0;

  /**
   * With `front`: a small direct-mapped table before the slots, per short word (see
   * {@link frontSlot}) its key, entry + 1 and slot, so the words met most are found without
   * reading the slots or the pool (each a miss of the CPU's caches in a large cache).
   */
  private readonly front: Int32Array | null;

  /** {@link REMEMBERED_WORDS} entries of at most `maxLength` (≤ 255) code units. */
  constructor(
    readonly maxLength: number,
    front = false,
  ) {
    this.slots = new Int32Array(REMEMBERED_WORDS * 2 * SLOT);
    this.pool = new Uint16Array(REMEMBERED_WORDS * UNITS_PER_WORD);
    this.front = front ? new Int32Array(FRONT_SLOTS * 4) : null;
  }

  clear(): void {
    this.slots.fill(0);
    this.front?.fill(0);
    this.count = 0;
    this.used = 0;
  }

  /** The entry of `text[start, end)` (hash `h`), or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    if (len > this.maxLength) return -1;
    const front = this.front;
    const fs = front === null ? -1 : frontSlot(text, start, end);
    if (fs >= 0 && front![fs] === frontLo && front![fs + 1] === frontHi && front![fs + 2] !== 0) {
      this.last = front![fs + 3]!;
      return front![fs + 2]! - 1;
    }
    const e = this.probe(text, start, end, h, len);
    if (fs >= 0 && e >= 0) this.remember(fs, e);
    return e;
  }

  /** Keeps entry `e` (slot {@link last}) in front slot `fs`, for the word {@link frontSlot} packed last. */
  private remember(fs: number, e: number): void {
    const front = this.front!;
    front[fs] = frontLo;
    front[fs + 1] = frontHi;
    front[fs + 2] = e + 1;
    front[fs + 3] = this.last;
  }

  private probe(text: string, start: number, end: number, h: number, len: number): number {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    const pool = this.pool;
    for (let k = (h * SLOT) & mask; ; k = (k + SLOT) & mask) {
      const v = slots[k + 1]!;
      if (v === 0) return -1;
      const where = slots[k + 2]!;
      if (slots[k] !== h || (where & 0xff) !== len) continue;
      const at = where >>> 8;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (pool[at + i] !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.last = k;
        return v - 1;
      }
    }
  }

  /**
   * Adds `text[start, end)` (hash `h`, not present) and returns its entry, or -1 when it is too
   * long to keep. Entry 0 after the first means the table started over (it was full).
   */
  add(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    if (len > this.maxLength) return -1;
    if (this.count >= REMEMBERED_WORDS || this.used + len > this.pool.length) this.clear();
    const slots = this.slots;
    const mask = slots.length - SLOT;
    let k = (h * SLOT) & mask;
    while (slots[k + 1] !== 0) k = (k + SLOT) & mask;
    const e = this.count++;
    const at = this.used;
    for (let i = 0; i < len; i++) this.pool[at + i] = text.charCodeAt(start + i);
    this.used += len;
    slots[k] = h;
    slots[k + 1] = e + 1;
    slots[k + 2] = (at << 8) | len;
    slots[k + 3] = 0;
    this.last = k;
    if (this.front !== null) {
      const fs = frontSlot(text, start, end);
      if (fs >= 0) this.remember(fs, e);
    }
    return e;
  }

  /** The owner's value of the entry {@link find} found or {@link add} added last (0 until set). */
  value(): number {
    return this.slots[this.last + 3]!;
  }

  /** Sets the owner's value of the entry {@link find} found or {@link add} added last. */
  setValue(v: number): void {
    this.slots[this.last + 3] = v;
  }
}

/** Int32s per slot of {@link WordKeys}. */
const SLOT = 4;

/** Code units a word may have to be kept in a front table (two 32-bit numbers hold them). */
const FRONT_LENGTH = 7;
/** A front table has 2^FRONT_BITS slots of 16 bytes (64 KB). */
const FRONT_BITS = 12;
export const FRONT_SLOTS = 1 << FRONT_BITS;

/** The key {@link frontSlot} packed last: the code units and the length. */
export let frontLo = 0;
export let frontHi = 0;

/**
 * The front-table slot (a multiple of 4, in Int32s) of `text[start, end)`, its key packed into
 * {@link frontLo} and {@link frontHi}; or -1 when the word cannot be kept in a front table
 * (longer than {@link FRONT_LENGTH}, or a code unit of 0x100 or more).
 */
export function frontSlot(text: string, start: number, end: number): number {
  const len = end - start;
  if (len > FRONT_LENGTH) return -1;
  let lo = 0;
  let hi = len << 24;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(start + i);
    if (c >= 0x100) return -1;
    if (i < 4) lo |= c << (i << 3);
    else hi |= c << ((i - 4) << 3);
  }
  frontLo = lo;
  frontHi = hi;
  return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - FRONT_BITS)) << 2;
}
