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

export class WordKeys {
  private readonly slots: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly hashes: Int32Array;
  private readonly pool: Uint16Array;
  /** Entries in use; an owner keeps what it knows of entry `e` in its own arrays at `e`. */
  count = 0;
  private used = 0;

  /** {@link REMEMBERED_WORDS} entries of at most `maxLength` (≤ 255) code units. */
  constructor(readonly maxLength: number) {
    const words = REMEMBERED_WORDS;
    this.slots = new Int32Array(words * 2);
    this.starts = new Int32Array(words);
    this.lengths = new Uint8Array(words);
    this.hashes = new Int32Array(words);
    this.pool = new Uint16Array(words * UNITS_PER_WORD);
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.used = 0;
  }

  /** The entry of `text[start, end)` (hash `h`), or -1. */
  find(text: string, start: number, end: number, h: number): number {
    const len = end - start;
    if (len > this.maxLength) return -1;
    const mask = this.slots.length - 1;
    const pool = this.pool;
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const v = this.slots[k]!;
      if (v === 0) return -1;
      const e = v - 1;
      if (this.hashes[e] !== h || this.lengths[e] !== len) continue;
      const at = this.starts[e]!;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (pool[at + i] !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return e;
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
    const mask = this.slots.length - 1;
    let k = h & mask;
    while (this.slots[k] !== 0) k = (k + 1) & mask;
    const e = this.count++;
    const at = this.used;
    for (let i = 0; i < len; i++) this.pool[at + i] = text.charCodeAt(start + i);
    this.used += len;
    this.starts[e] = at;
    this.lengths[e] = len;
    this.hashes[e] = h;
    this.slots[k] = e + 1;
    return e;
  }
}
