// The Vietnamese rhymes (everything after the onset), as written: the vowel letters, split
// into glide + nucleus + semivowel coda, the consonant codas each can take, and which vowel
// letter carries the tone mark in each style. This is the orthography's definition, stated
// once; the parser, the composer and normalization all read it.

/** One vowel sequence and what may follow it. */
export interface VowelSequence {
  /** The vowel letters as written, toneless lower case (`oa`, `ươ`, `uyê`). */
  readonly seq: string;
  readonly glide: '' | 'o' | 'u';
  readonly nucleus: string;
  /** `i`, `y`, `o` or `u` when the sequence ends in a semivowel, else ''. */
  readonly semivowel: string;
  /** Whether the sequence can end the syllable (no consonant coda). */
  readonly open: boolean;
  /** Consonant codas it can take. */
  readonly codas: readonly string[];
  /** Index in `seq` of the toned letter: open syllable, classic style. */
  readonly toneOpenClassic: number;
  /** Index in `seq` of the toned letter: open syllable, modern style. */
  readonly toneOpenModern: number;
  /** Index in `seq` of the toned letter when a consonant coda follows. */
  readonly toneClosed: number;
}

const ALL = 'c ch m n ng nh p t';
const NO_CH_NH = 'c m n ng p t';

// seq glide nucleus semivowel open codas toneOpenClassic toneOpenModern toneClosed
// open is '-' when the sequence may end the syllable; codas '' when none.
const SPEC: readonly (readonly [string, string, string, string, '-' | '', string, number, number, number])[] = [
  ['a', '', 'a', '', '-', ALL, 0, 0, 0],
  ['ă', '', 'ă', '', '', NO_CH_NH, 0, 0, 0],
  ['â', '', 'â', '', '', NO_CH_NH, 0, 0, 0],
  ['e', '', 'e', '', '-', NO_CH_NH, 0, 0, 0],
  ['ê', '', 'ê', '', '-', 'ch m n nh p t', 0, 0, 0],
  ['i', '', 'i', '', '-', 'ch m n nh p t', 0, 0, 0],
  ['y', '', 'y', '', '-', '', 0, 0, 0],
  ['o', '', 'o', '', '-', NO_CH_NH, 0, 0, 0],
  ['oo', '', 'oo', '', '', 'c ng', 1, 1, 1],
  ['ô', '', 'ô', '', '-', NO_CH_NH, 0, 0, 0],
  ['ơ', '', 'ơ', '', '-', 'm n p t', 0, 0, 0],
  ['u', '', 'u', '', '-', NO_CH_NH, 0, 0, 0],
  ['ư', '', 'ư', '', '-', 'c m n ng t', 0, 0, 0],
  ['ia', '', 'ia', '', '-', '', 0, 0, 0],
  ['iê', '', 'iê', '', '', NO_CH_NH, 1, 1, 1],
  ['yê', '', 'yê', '', '', 'm n ng t', 1, 1, 1],
  ['ua', '', 'ua', '', '-', '', 0, 0, 0],
  ['uô', '', 'uô', '', '', 'c m n ng t', 1, 1, 1],
  ['ưa', '', 'ưa', '', '-', '', 0, 0, 0],
  ['ươ', '', 'ươ', '', '', NO_CH_NH, 1, 1, 1],
  // nucleus + semivowel coda
  ['ai', '', 'a', 'i', '-', '', 0, 0, 0],
  ['ao', '', 'a', 'o', '-', '', 0, 0, 0],
  ['au', '', 'a', 'u', '-', '', 0, 0, 0],
  ['ay', '', 'a', 'y', '-', '', 0, 0, 0],
  ['âu', '', 'â', 'u', '-', '', 0, 0, 0],
  ['ây', '', 'â', 'y', '-', '', 0, 0, 0],
  ['eo', '', 'e', 'o', '-', '', 0, 0, 0],
  ['êu', '', 'ê', 'u', '-', '', 0, 0, 0],
  ['iu', '', 'i', 'u', '-', '', 0, 0, 0],
  ['oi', '', 'o', 'i', '-', '', 0, 0, 0],
  ['ôi', '', 'ô', 'i', '-', '', 0, 0, 0],
  ['ơi', '', 'ơ', 'i', '-', '', 0, 0, 0],
  ['ui', '', 'u', 'i', '-', '', 0, 0, 0],
  ['ưi', '', 'ư', 'i', '-', '', 0, 0, 0],
  ['ưu', '', 'ư', 'u', '-', '', 0, 0, 0],
  ['iêu', '', 'iê', 'u', '-', '', 1, 1, 1],
  ['yêu', '', 'yê', 'u', '-', '', 1, 1, 1],
  ['uôi', '', 'uô', 'i', '-', '', 1, 1, 1],
  ['ươi', '', 'ươ', 'i', '-', '', 1, 1, 1],
  ['ươu', '', 'ươ', 'u', '-', '', 1, 1, 1],
  // glide o
  ['oa', 'o', 'a', '', '-', 'c ch n ng nh p t', 0, 1, 1],
  ['oă', 'o', 'ă', '', '', 'c m n ng t', 1, 1, 1],
  ['oe', 'o', 'e', '', '-', 'n t', 0, 1, 1],
  ['oai', 'o', 'a', 'i', '-', '', 1, 1, 1],
  ['oay', 'o', 'a', 'y', '-', '', 1, 1, 1],
  ['oao', 'o', 'a', 'o', '-', '', 1, 1, 1],
  ['oeo', 'o', 'e', 'o', '-', '', 1, 1, 1],
  // glide u
  ['uâ', 'u', 'â', '', '', 'n ng t', 1, 1, 1],
  ['uây', 'u', 'â', 'y', '-', '', 1, 1, 1],
  ['uê', 'u', 'ê', '', '-', 'ch nh', 1, 1, 1],
  ['uơ', 'u', 'ơ', '', '-', '', 1, 1, 1],
  ['uy', 'u', 'y', '', '-', 'ch n nh t', 0, 1, 1],
  ['uya', 'u', 'ya', '', '-', '', 1, 1, 1],
  ['uyu', 'u', 'y', 'u', '-', '', 1, 1, 1],
  ['uyê', 'u', 'yê', '', '', 'n t', 2, 2, 2],
];

/** Extra rhymes after the onset `qu`, whose `u` is the glide: `quýt`, `quỳnh`, `quých`. */
const QU_ONLY: readonly (readonly [string, string])[] = [['y', 'ch n nh t']];

/** A complete rhyme: vowel sequence + consonant coda (possibly empty). */
export interface Rhyme {
  readonly vowels: VowelSequence;
  readonly coda: string;
  /** Index in the rhyme of the toned letter, for each style. */
  readonly toneClassic: number;
  readonly toneModern: number;
  /** Coda is a stop (c, ch, p, t): only sắc and nặng tones are possible. */
  readonly stop: boolean;
  /** Allowed only after `qu`. */
  readonly quOnly: boolean;
}

// The trie is flat: node n's child for letter slot k is next[n * SLOTS + k] (0 = none), so a
// lookup is a few typed-array reads. Slots are the letters a rhyme can contain.
const RHYME_LETTERS = 'aăâeêioôơuưycghmnpt'.normalize('NFC');
const SLOTS = RHYME_LETTERS.length;

interface FlatTrie {
  /** Letter code → slot + 1 (0: not a rhyme letter). */
  readonly slot: Uint8Array;
  next: Int32Array;
  size: number;
  readonly rhymes: (Rhyme | null)[];
  readonly quRhymes: (Rhyme | null)[];
}

let trie: FlatTrie | null = null;
let sequences: VowelSequence[] | null = null;

function insert(t: FlatTrie, key: string, rhyme: Rhyme): void {
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const k = t.slot[key.charCodeAt(i)]! - 1;
    if (k < 0) throw new Error(`rhyme letter outside the table: ${key}`);
    let child = t.next[n * SLOTS + k]!;
    if (child === 0) {
      child = t.size++;
      if ((child + 1) * SLOTS > t.next.length) {
        const grown = new Int32Array(t.next.length * 2);
        grown.set(t.next);
        t.next = grown;
      }
      t.next[n * SLOTS + k] = child;
      t.rhymes.push(null);
      t.quRhymes.push(null);
    }
    n = child;
  }
  if (rhyme.quOnly) t.quRhymes[n] = rhyme;
  else t.rhymes[n] = rhyme;
}

function makeSequence(row: (typeof SPEC)[number]): VowelSequence {
  const [seq, glide, nucleus, semivowel, open, codas, toc, tom, tc] = row;
  return {
    seq: seq.normalize('NFC'),
    glide: glide as '' | 'o' | 'u',
    nucleus: nucleus.normalize('NFC'),
    semivowel,
    open: open === '-',
    codas: codas === '' ? [] : codas.split(' '),
    toneOpenClassic: toc,
    toneOpenModern: tom,
    toneClosed: tc,
  };
}

function build(): FlatTrie {
  const slot = new Uint8Array(0x1f00);
  for (let i = 0; i < SLOTS; i++) slot[RHYME_LETTERS.charCodeAt(i)] = i + 1;
  const t: FlatTrie = { slot, next: new Int32Array(64 * SLOTS), size: 1, rhymes: [null], quRhymes: [null] };
  sequences = SPEC.map(makeSequence);
  const add = (v: VowelSequence, coda: string, quOnly: boolean): void => {
    const closed = coda !== '';
    insert(t, v.seq + coda, {
      vowels: v,
      coda,
      toneClassic: closed ? v.toneClosed : v.toneOpenClassic,
      toneModern: closed ? v.toneClosed : v.toneOpenModern,
      stop: coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't',
      quOnly,
    });
  };
  for (const v of sequences) {
    if (v.open) add(v, '', false);
    for (const coda of v.codas) add(v, coda, false);
  }
  for (const [seq, codas] of QU_ONLY) {
    const base = sequences.find((s) => s.seq === seq)!;
    for (const coda of codas.split(' ')) add(base, coda, true);
  }
  return t;
}

/**
 * The rhyme spelled by the toneless lower-case letter codes `letters[from, to)`, or null.
 * After `qu` (whose u is the glide), `qu` rhymes such as `-ynh` of `quỳnh` are found too.
 */
export function lookupRhyme(letters: ArrayLike<number>, from: number, to: number, qu: boolean): Rhyme | null {
  const t = trie ?? (trie = build());
  const next = t.next;
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = letters[i]!;
    const k = code < 0x1f00 ? t.slot[code]! : 0;
    if (k === 0) return null;
    n = next[n * SLOTS + k - 1]!;
    if (n === 0) return null;
  }
  return (qu ? t.quRhymes[n]! : null) ?? t.rhymes[n]!;
}

/** Every vowel sequence, for generators and tests. */
export function vowelSequences(): readonly VowelSequence[] {
  if (trie === null) trie = build();
  return sequences!;
}
