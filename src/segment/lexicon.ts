// The word list as a trie over syllable ids. Syllables map to ids through an open-addressing
// table keyed by the two hashes from `keyOf`, so matching a run of input syllables never builds
// a string.
import { NumberReader, packNumber } from './packed-numbers.js';
import { keyOfLetters, keyOut } from './syllable-key.js';

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
 * A trie of words over syllable ids; node 0 is the root. The built-in word list is a packed
 * trie decoded straight into arrays (nodes in breadth-first order, so the children of a node
 * are consecutive nodes with their syllable ids sorted): a lookup scans or bisects a few
 * neighbouring ints and loading hashes nothing. Words added later (a user's dictionary) go to
 * an open-addressing table keyed by (parent, syllable id), three ints a node.
 *
 * @example
 * const trie = new WordTrie();
 * trie.addWord([3, 7], Entry.Word);
 * trie.isWord[trie.next(trie.next(0, 3), 7)]; // Entry.Word
 */
export class WordTrie {
  /** Packed part: the children of node `n < packedNodes` are nodes `first[n]` to `first[n + 1] - 1`. */
  private first: Int32Array = new Int32Array(2).fill(1);
  /** Packed part: the syllable id on the edge into each node. */
  private label: Int32Array = new Int32Array(1);
  private packedNodes = 1;
  /**
   * Added part: slots of three ints each (parent, syllable id, child), side by side so a probe
   * reads one cache line; child 0 marks a free slot.
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

  /** Children of the root by syllable id: the first step of every walk, without a search. */
  private roots: Int32Array = new Int32Array(1024);

  /** The node of the one-syllable prefix `syl` (`next(0, syl)`), or 0. */
  root(syl: number): number {
    return syl < this.roots.length ? this.roots[syl]! : 0;
  }

  /** 1 for each syllable id that follows another in some word: the others end a walk at once. */
  private follows: Uint8Array = new Uint8Array(1024);

  /** Child of `node` along syllable id `syl`, or 0 when there is none. */
  next(node: number, syl: number): number {
    if (node === 0) return this.root(syl);
    if (syl >= this.follows.length || this.follows[syl] === 0) return 0;
    if (node < this.packedNodes) {
      const label = this.label;
      // A bisection whose steps depend only on the list's length, not on the labels read: no
      // branch to mispredict (a sign mask picks the half).
      let lo = this.first[node]!;
      let len = this.first[node + 1]! - lo;
      if (len > 0) {
        while (len > 1) {
          const half = len >>> 1;
          lo += ((label[lo + half]! - syl - 1) >> 31) & half;
          len -= half;
        }
        if (label[lo] === syl) return lo;
      }
    }
    if (this.used === 0) return 0;
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
    if (node !== 0) this.follows = mark(this.follows, syl);
    if (node === 0) {
      this.roots = grown(this.roots, syl);
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

  /** An independent copy; the packed part, never written, is shared. */
  clone(): WordTrie {
    const t = new WordTrie(0);
    t.first = this.first;
    t.label = this.label;
    t.packedNodes = this.packedNodes;
    t.slots = this.slots.slice();
    t.roots = this.roots.slice();
    t.follows = this.follows.slice();
    t.mask = this.mask;
    t.used = this.used;
    t.isWord = this.isWord.slice();
    t.nodes = this.nodes;
    return t;
  }

  /**
   * A trie over the packed arrays (see {@link unpackLexicon}): `first` of length `nodes + 1`,
   * `label` and `isWord` of length `nodes`, nodes in breadth-first order; `roots` (the root's
   * children by syllable id) and `follows` (syllable ids on an edge below the root) sized past
   * the largest syllable id.
   */
  static packed(first: Int32Array, label: Int32Array, isWord: Uint8Array, roots: Int32Array, follows: Uint8Array): WordTrie {
    const t = new WordTrie(0);
    t.first = first;
    t.label = label;
    t.packedNodes = label.length;
    t.nodes = label.length;
    t.isWord = isWord;
    t.roots = roots;
    t.follows = follows;
    return t;
  }
}

/** `a`, or a copy at least `i + 1` long (doubling). */
function grown<T extends Uint8Array | Int32Array>(a: T, i: number): T {
  if (i < a.length) return a;
  let size = Math.max(16, a.length * 2);
  while (size <= i) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Sets `flags[i]` to 1, growing the array (by doubling) when `i` is past its end. */
function mark(flags: Uint8Array, i: number): Uint8Array {
  flags = grown(flags, i);
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
// spaces, a newline, then the trie with its nodes in breadth-first order as three streams, each
// ended by a newline: the number of nodes, then per node its number of children; per node
// after the root the syllable
// id on the edge into it, as the difference from the id of the sibling before it (children are
// sorted by id); per node its Entry bits. Numbers are written by `packNumber`. Decoding fills the trie's arrays in one pass, without
// hashing anything.

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
  // A plain trie of maps first, then numbered breadth first.
  interface Node {
    children: Map<number, Node>;
    flags: number;
  }
  const root: Node = { children: new Map(), flags: 0 };
  for (const { ids, flags } of entries) {
    let node = root;
    for (const id of ids) {
      let c = node.children.get(id);
      if (c === undefined) node.children.set(id, (c = { children: new Map(), flags: 0 }));
      node = c;
    }
    node.flags |= flags;
  }
  const order: Node[] = [root];
  let counts = '';
  let labels = '';
  let nodes = 0;
  let flags = '';
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const ids = [...node.children.keys()].sort((a, b) => a - b);
    nodes++;
    counts += packNumber(ids.length);
    flags += packNumber(node.flags);
    let prev = 0;
    for (const id of ids) {
      labels += packNumber(id - prev);
      prev = id;
      order.push(node.children.get(id)!);
    }
  }
  return `${syllables.join(' ')}\n${packNumber(nodes)}${counts}\n${labels}\n${flags}\n`;
}

let unpacked: { packed: string; lexicon: Lexicon } | null = null;

/**
 * Expands a packed lexicon (see {@link packLexicon}). The lexicon is never written (user words
 * go to copies), so the last one expanded is shared with the next caller of the same text.
 *
 * @example
 * const { syllables, trie } = unpackLexicon(PACKED_LEXICON);
 */
export function unpackLexicon(packed: string): Lexicon {
  if (unpacked !== null && unpacked.packed === packed) return unpacked.lexicon;
  const nl = packed.indexOf('\n');
  const syllables = new SyllableTable(8192);
  // Ids follow the packed order, so each syllable must get the next id even if two spellings
  // share a key (they cannot after generation, but the check keeps ids aligned regardless).
  const idOf: number[] = [0];
  for (let from = 0; from <= nl; ) {
    let to = packed.indexOf(' ', from);
    if (to < 0 || to > nl) to = nl;
    keyOfLetters(packed, from, to);
    idOf.push(syllables.add(keyOut.h1, keyOut.h2));
    from = to + 1;
  }
  // One reader over the three streams: the newlines between them are no digits.
  const numbers = new NumberReader(packed, nl + 1);
  const nodes = numbers.next();
  // Child counts to offsets: the children of node n are nodes first[n] to first[n + 1] - 1.
  const first = new Int32Array(nodes + 1);
  let next = 1;
  for (let n = 0; n < nodes; n++) {
    first[n] = next;
    next += numbers.next();
  }
  first[nodes] = next;
  // Labels, as differences between siblings, mapped to the table's ids.
  const label = new Int32Array(nodes);
  const roots = new Int32Array(idOf.length);
  const follows = new Uint8Array(idOf.length);
  for (let n = 0; n < nodes; n++) {
    let id = 0;
    const end = first[n + 1]!;
    for (let m = first[n]!; m < end; m++) {
      id += numbers.next();
      const syl = idOf[id]!;
      label[m] = syl;
      if (n === 0) roots[syl] = m;
      else follows[syl] = 1;
    }
  }
  const isWord = new Uint8Array(nodes);
  for (let n = 0; n < nodes; n++) isWord[n] = numbers.next();
  const lexicon = { syllables, trie: WordTrie.packed(first, label, isWord, roots, follows) };
  unpacked = { packed, lexicon };
  return lexicon;
}
