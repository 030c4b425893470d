// The word list as a trie over syllable ids. Syllables map to ids through an open-addressing
// table keyed by the two hashes from `keyOf`, so matching a run of input syllables never builds
// a string.
import { keyOf, keyOut } from './syllable-key.js';

/**
 * Longest word (in syllables) the matcher follows; longer lexicon entries are ignored.
 *
 * @example
 * if (ids.length > MAX_WORD_SYLLABLES) return; // would never match
 */
export const MAX_WORD_SYLLABLES = 12;

/**
 * Syllable key → id (1-based; 0 means not in the lexicon), open addressing over the two hashes
 * of `keyOf`.
 *
 * @example
 * const t = new SyllableTable();
 * keyOf('xã', 0, 2);
 * const id = t.add(keyOut.h1, keyOut.h2); // 1; t.get(keyOut.h1, keyOut.h2) === 1
 */
export class SyllableTable {
  /** Slots of three ints each (h1, h2, id), side by side so a probe reads one cache line. */
  private slots: Int32Array;
  private mask: number;
  /** Number of syllables stored. */
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  /** Id of the syllable whose key is (h1, h2), or 0. */
  get(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let p = h1 & mask;
    for (;;) {
      const q = p * 3;
      const id = slots[q + 2]!;
      if (id === 0) return 0;
      if (slots[q] === h1 && slots[q + 1] === h2) return id;
      p = (p + 1) & mask;
    }
  }

  /** Id of the syllable, adding it if new. */
  add(h1: number, h2: number): number {
    const found = this.get(h1, h2);
    if (found !== 0) return found;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const id = ++this.size;
    this.insert(h1, h2, id);
    return id;
  }

  private insert(h1: number, h2: number, id: number): void {
    let p = h1 & this.mask;
    while (this.slots[p * 3 + 2] !== 0) p = (p + 1) & this.mask;
    this.slots[p * 3] = h1;
    this.slots[p * 3 + 1] = h2;
    this.slots[p * 3 + 2] = id;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    for (let q = 0; q < old.length; q += 3) if (old[q + 2] !== 0) this.insert(old[q]!, old[q + 1]!, old[q + 2]!);
  }

  /** An independent copy, so a configuration can add syllables without touching the default. */
  clone(): SyllableTable {
    const t = new SyllableTable(0);
    t.slots = this.slots.slice();
    t.mask = this.mask;
    t.size = this.size;
    return t;
  }
}

/**
 * A trie of words over syllable ids; node 0 is the root. Children live in one open-addressing
 * table keyed by (parent, syllable id), so a node costs three ints.
 *
 * @example
 * const trie = new WordTrie();
 * trie.addWord([3, 7], Entry.Word);
 * trie.isWord[trie.next(trie.next(0, 3), 7)]; // Entry.Word
 */
export class WordTrie {
  /**
   * Slots of three ints each (parent, syllable id, child), side by side so a probe reads one
   * cache line; child 0 marks a free slot.
   */
  private slots: Int32Array;
  private mask: number;
  private used = 0;
  /** {@link Entry} bits of the entries that end at a node (0: none). */
  isWord: Uint8Array;
  /** Number of nodes, root included. */
  nodes = 1;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    this.isWord = new Uint8Array(capacity + 1);
  }

  /** Children of the root by syllable id: the first step of every walk, without hashing. */
  private roots: Int32Array = new Int32Array(1024);

  /** The node of the one-syllable prefix `syl` (`next(0, syl)`), or 0. */
  root(syl: number): number {
    return syl < this.roots.length ? this.roots[syl]! : 0;
  }

  /** 1 for each node that has a child: most walks end at a leaf, without a probe. */
  private parentOf: Uint8Array = new Uint8Array(1024);
  /** 1 for each syllable id that follows another in some word: the others end a walk at once. */
  private follows: Uint8Array = new Uint8Array(1024);

  /** Child of `node` along syllable id `syl`, or 0 when there is none. */
  next(node: number, syl: number): number {
    if (node === 0) return this.root(syl);
    if (node >= this.parentOf.length || this.parentOf[node] === 0 || syl >= this.follows.length || this.follows[syl] === 0) return 0;
    const slots = this.slots;
    const mask = this.mask;
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(syl, 0x85ebca6b);
    h ^= h >>> 15;
    let p = h & mask;
    for (;;) {
      const q = p * 3;
      const c = slots[q + 2]!;
      if (c === 0) return 0;
      if (slots[q] === node && slots[q + 1] === syl) return c;
      p = (p + 1) & mask;
    }
  }

  /** Adds a word given as syllable ids (each > 0) with its {@link Entry} bits. */
  addWord(syls: ArrayLike<number>, flags: number): void {
    let node = 0;
    for (let i = 0; i < syls.length; i++) node = this.child(node, syls[i]!);
    this.isWord[node] |= flags;
  }

  /** The child of `node` along `syl`, created if missing. */
  child(node: number, syl: number): number {
    let c = this.next(node, syl);
    if (c === 0) {
      if ((this.used + 1) * 2 > this.mask + 1) this.grow();
      c = this.nodes++;
      if (c >= this.isWord.length) {
        const w = new Uint8Array(this.isWord.length * 2);
        w.set(this.isWord);
        this.isWord = w;
      }
      this.insert(node, syl, c);
    }
    return c;
  }

  private insert(node: number, syl: number, c: number): void {
    if (node !== 0) {
      this.parentOf = mark(this.parentOf, node);
      this.follows = mark(this.follows, syl);
    }
    if (node === 0) {
      if (syl >= this.roots.length) {
        let size = this.roots.length * 2;
        while (size <= syl) size *= 2;
        const r = new Int32Array(size);
        r.set(this.roots);
        this.roots = r;
      }
      this.roots[syl] = c;
    }
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(syl, 0x85ebca6b);
    h ^= h >>> 15;
    let p = h & this.mask;
    while (this.slots[p * 3 + 2] !== 0) p = (p + 1) & this.mask;
    this.slots[p * 3] = node;
    this.slots[p * 3 + 1] = syl;
    this.slots[p * 3 + 2] = c;
    this.used++;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    this.used = 0;
    for (let q = 0; q < old.length; q += 3) if (old[q + 2] !== 0) this.insert(old[q]!, old[q + 1]!, old[q + 2]!);
  }

  /** An independent copy. */
  clone(): WordTrie {
    const t = new WordTrie(0);
    t.slots = this.slots.slice();
    t.roots = this.roots.slice();
    t.parentOf = this.parentOf.slice();
    t.follows = this.follows.slice();
    t.mask = this.mask;
    t.used = this.used;
    t.isWord = this.isWord.slice();
    t.nodes = this.nodes;
    return t;
  }
}

/** Sets `flags[i]` to 1, growing the array (by doubling) when `i` is past its end. */
function mark(flags: Uint8Array, i: number): Uint8Array {
  if (i >= flags.length) {
    let size = flags.length * 2;
    while (size <= i) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(flags);
    flags = grown;
  }
  flags[i] = 1;
  return flags;
}

/**
 * A syllable table with the trie of words over it.
 *
 * @example
 * const lexicon: Lexicon = unpackLexicon(PACKED_LEXICON);
 */
export interface Lexicon {
  readonly syllables: SyllableTable;
  readonly trie: WordTrie;
}


/**
 * Bits of `WordTrie.isWord`: what kind of entry ends at a node.
 *
 * @example
 * const isPlace = (trie.isWord[node]! & Entry.Place) !== 0;
 */
export const enum Entry {
  /** A common word (VnVocab). */
  Word = 1,
  /** A place name (administrative units). */
  Place = 2,
  /** A two-syllable given name (middle + given). */
  GivenName = 4,
  /** A surname (one syllable). */
  Surname = 8,
  /** A syllable that occurs in given names. */
  NameSyllable = 16,
  /** A country's name (`Mỹ`, `Triều Tiên`): no feature reads it; a rule splits after it. */
  Country = 32,
}

/**
 * The {@link Entry} bits the model's features see: {@link Entry.Country} only drives a rule,
 * so adding it changes no feature.
 *
 * @example
 * const flags = trie.isWord[node]! & FEATURE_ENTRY_BITS;
 */
export const FEATURE_ENTRY_BITS = 31;

// Packed format (written by scripts/generate-lexicon.ts): syllables in id order separated by
// spaces, a newline, then entries as front-coded id sequences. Each entry is one number saying
// how many leading syllables it shares with the previous entry, the remaining ids, `.`, and its
// Entry bits. Numbers are base-32 with a self-delimiting last digit, so the stream needs no
// other separators.
const DIGITS = '0123456789abcdefghijklmnopqrstuv';
const LAST_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';
/** Ends the ids of an entry in the packed stream. */
const END = '.';

/** Encodes non-negative integers for {@link unpackLexicon}. */
function packNumber(n: number): string {
  let s = LAST_DIGITS[n & 31]!;
  n >>>= 5;
  while (n > 0) {
    s = DIGITS[n & 31]! + s;
    n >>>= 5;
  }
  return s;
}

/**
 * One lexicon entry for {@link packLexicon}: syllable ids and its {@link Entry} bits.
 *
 * @example
 * const e: PackEntry = { ids: [12, 4], flags: Entry.Word | Entry.Place };
 */
export interface PackEntry {
  readonly ids: readonly number[];
  readonly flags: number;
}

/**
 * Packs a lexicon: `syllables` in id order (id = index + 1) and the entries over them.
 *
 * @example
 * packLexicon(['hợp', 'tác', 'xã'], [{ ids: [1, 2, 3], flags: Entry.Word }]);
 */
export function packLexicon(syllables: readonly string[], entries: readonly PackEntry[]): string {
  const sorted = [...entries].sort((x, y) => {
    const a = x.ids;
    const b = y.ids;
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  });
  const parts: string[] = [];
  let prev: readonly number[] = [];
  for (const { ids, flags } of sorted) {
    let shared = 0;
    while (shared < ids.length - 1 && shared < prev.length && prev[shared] === ids[shared]) shared++;
    let s = packNumber(shared);
    for (let i = shared; i < ids.length; i++) s += packNumber(ids[i]!);
    parts.push(s + END + packNumber(flags));
    prev = ids;
  }
  return syllables.join(' ') + '\n' + parts.join('');
}

let DIGIT_VALUE: Int8Array | null = null;

/**
 * Expands a packed lexicon (see {@link packLexicon}).
 *
 * @example
 * const { syllables, trie } = unpackLexicon(PACKED_LEXICON);
 */
export function unpackLexicon(packed: string): Lexicon {
  if (DIGIT_VALUE === null) {
    const v = new Int8Array(128).fill(-1);
    for (let i = 0; i < 32; i++) {
      v[DIGITS.charCodeAt(i)] = i;
      v[LAST_DIGITS.charCodeAt(i)] = 32 + i;
    }
    DIGIT_VALUE = v;
  }
  const dv = DIGIT_VALUE;
  const nl = packed.indexOf('\n');
  const sylText = packed.slice(0, nl);
  const syllables = new SyllableTable(8192);
  let from = 0;
  // Ids follow the packed order, so each syllable must get the next id even if two spellings
  // share a key (they cannot after generation, but the check keeps ids aligned regardless).
  const idOf: number[] = [0];
  while (from <= sylText.length) {
    let to = sylText.indexOf(' ', from);
    if (to < 0) to = sylText.length;
    keyOf(sylText, from, to);
    idOf.push(syllables.add(keyOut.h1, keyOut.h2));
    from = to + 1;
  }
  const trie = new WordTrie(65536);
  const word: number[] = [];
  // path[d]: the node of the first d + 1 syllables of the entry before; an entry that shares
  // `shared` syllables with it starts from path[shared - 1] instead of the root.
  const path: number[] = [];
  let shared = 0;
  let p = nl + 1;
  const n = packed.length;
  // 0: next number is the shared count, 1: ids, 2: flags.
  let state = 0;
  let value = 0;
  while (p < n) {
    const c = packed.charCodeAt(p++);
    if (c === 46 /* . */) {
      state = 2;
      continue;
    }
    const d = dv[c]!;
    if (d < 32) {
      value = value * 32 + d;
      continue;
    }
    value = value * 32 + (d - 32);
    if (state === 0) {
      word.length = value;
      shared = value;
      state = 1;
    } else if (state === 1) word.push(idOf[value]!);
    else {
      let node = shared > 0 ? path[shared - 1]! : 0;
      for (let d = shared; d < word.length; d++) {
        node = trie.child(node, word[d]!);
        path[d] = node;
      }
      trie.isWord[node] |= value;
      state = 0;
    }
    value = 0;
  }
  return { syllables, trie };
}
