// A const enum, so that the compiler writes these into `get` as literals instead of loads
// from the module context.
const enum Limit {
  /** Longest token, in UTF-16 code units, whose code units are the cache key. */
  MaxPacked = 7,
  /** Longest token the cache keeps at all; longer ones are rare and seldom repeat. */
  MaxCached = 24,
  /** Shortest text, in code units, worth a cache (see `TextCache.forText`). */
  CacheFrom = 1 << 18,
}

/**
 * For a token of length `L`, `UNIT_MASKS[3 * L + j]` keeps the code units of key int `j + 1`
 * (units `2j + 1` and `2j + 2`) that lie inside the token.
 */
const UNIT_MASKS = new Int32Array(3 * (Limit.MaxPacked + 1)).map((_, i) => {
  const length = Math.floor(i / 3);
  const unit = 2 * (i % 3) + 1;
  return (unit < length ? 0xffff : 0) | (unit + 1 < length ? 0xffff0000 : 0);
});

/**
 * Reuses the string of a token seen before in the same call. Prose repeats a few thousand
 * syllables and marks over and over, so on a long text most tokens find their text here
 * instead of allocating a new string: the tokens of 5 MB of prose keep 60 MB alive instead
 * of 79 MB, at the same speed. Direct-mapped tables, local to one call: no state is shared
 * between calls.
 *
 * Tokens of up to seven code units (every Vietnamese syllable in NFC) are keyed by the code
 * units themselves, packed into four ints: a lookup reads each code unit once and compares
 * integers, never the cached string. The keys live in an `Int32Array` and the strings in an
 * array beside it: raw int loads, where keys stored next to the string in one array (to
 * share its cache line) were tagged values, each load checked; on the bench prose that
 * layout made a lookup twice as slow (29 ms against 15 ms for 905,000 tokens, over a scan
 * of 25 ms). Longer tokens hash a few code units and compare against the cached string.
 */
export class TextCache {
  /** `k0, k1, k2, k3` per slot; see {@link TextCache.get} for the key. */
  private readonly keys: Int32Array;
  /** The text of each slot. */
  private readonly short: string[];
  private readonly shortMask: number;
  private readonly long: string[];
  private readonly longMask: number;

  /**
   * `size` (slots, a power of two) bounds the distinct short tokens kept at once. With 4096
   * (96 KB), 8% of lookups miss on the 1.1 MB administrative corpus in `shared/data`, where
   * an unbounded table would miss 5.3% (first occurrences).
   */
  constructor(size = 4096) {
    // Every key starts as zeros, which no real token has: the first int holds the length.
    this.keys = new Int32Array(size * 4);
    this.short = new Array<string>(size).fill('');
    this.shortMask = size - 1;
    const longSize = Math.max(1, size >>> 2);
    this.long = new Array<string>(longSize).fill('');
    this.longMask = longSize - 1;
  }

  /**
   * A cache for the tokens of `text`, or `null` when plain slices do better: on short texts
   * a slice (a bump allocation in the young generation) costs less than a lookup in a table
   * that is still cold, and few tokens repeat. Measured on prose: slicing is 25-70% faster
   * from 200 to 64,000 characters and no slower at 256,000; from about a megabyte on, both
   * run at the same speed and the cache saves a quarter of the memory the tokens hold.
   *
   * @example
   * const cache = TextCache.forText(article); // null for an article, a cache for a corpus
   */
  static forText(text: string): TextCache | null {
    return text.length >= Limit.CacheFrom ? new TextCache() : null;
  }

  /**
   * `text.slice(start, end)`, or an equal string returned before.
   *
   * @example
   * const cache = new TextCache();
   * cache.get('xã xã', 0, 2) === cache.get('xã xã', 3, 5); // true, one string
   */
  get(text: string, start: number, end: number): string {
    const length = end - start;
    const c0 = text.charCodeAt(start);
    // The engine keeps one string per Latin-1 character already.
    if (length === 1 && c0 < 0x100) return text[start]!;
    if (length > Limit.MaxPacked || start + Limit.MaxPacked > text.length) return this.getLong(text, start, end, length);
    return this.getPacked(text, start, end, length, c0);
  }

  // Split from `get` so that both stay small enough for the engine to inline into loops.
  private getPacked(text: string, start: number, end: number, length: number, c0: number): string {
    // Seven 16-bit code units and the length fill 128 bits exactly, so equal keys mean equal
    // strings. Always read seven units (the caller checked they exist) and mask off those
    // past the token: no branch on the length, which varies from token to token and would be
    // mispredicted.
    const m = length * 3;
    const k0 = c0 | (length << 16);
    const k1 = (text.charCodeAt(start + 1) | (text.charCodeAt(start + 2) << 16)) & UNIT_MASKS[m]!;
    const k2 = (text.charCodeAt(start + 3) | (text.charCodeAt(start + 4) << 16)) & UNIT_MASKS[m + 1]!;
    const k3 = (text.charCodeAt(start + 5) | (text.charCodeAt(start + 6) << 16)) & UNIT_MASKS[m + 2]!;
    const h = Math.imul(k0 ^ Math.imul(k1, 0x85ebca6b) ^ Math.imul(k2, 0xc2b2ae35) ^ Math.imul(k3, 0x27d4eb2f), 0x9e3779b1);
    const slot = (h >>> 16) & this.shortMask;
    const b = slot << 2;
    const keys = this.keys;
    if (keys[b] === k0 && keys[b + 1] === k1 && keys[b + 2] === k2 && keys[b + 3] === k3) return this.short[slot]!;
    return this.store(text.slice(start, end), slot, k0, k1, k2, k3);
  }

  private store(fresh: string, slot: number, k0: number, k1: number, k2: number, k3: number): string {
    const keys = this.keys;
    const b = slot << 2;
    keys[b] = k0;
    keys[b + 1] = k1;
    keys[b + 2] = k2;
    keys[b + 3] = k3;
    this.short[slot] = fresh;
    return fresh;
  }

  /** Tokens too long for a packed key, and short ones in the last code units of the text. */
  private getLong(text: string, start: number, end: number, length: number): string {
    if (length > Limit.MaxCached || length < 3) return text.slice(start, end);
    // Hash the ends and the first three code units: that tells words apart well enough, and
    // a collision only costs a fresh slice.
    let h = Math.imul(length ^ text.charCodeAt(start), 0x9e3779b1);
    h = Math.imul(h ^ text.charCodeAt(end - 1), 0x9e3779b1);
    h = Math.imul(h ^ text.charCodeAt(start + 1), 0x9e3779b1);
    h = Math.imul(h ^ text.charCodeAt(end - 2), 0x9e3779b1);
    h = Math.imul(h ^ text.charCodeAt(start + 2), 0x9e3779b1);
    const slot = (h >>> 17) & this.longMask;
    const cached = this.long[slot]!;
    if (cached.length === length) {
      let i = 0;
      while (i < length && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return cached;
    }
    const fresh = text.slice(start, end);
    this.long[slot] = fresh;
    return fresh;
  }
}
