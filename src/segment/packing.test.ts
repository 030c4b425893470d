// The generated data round-trips: numbers, the packed trie, the weights, and the keys used
// while loading them.
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/prng.mjs';
import { Entry, WordTrie, packLexicon, unpackLexicon } from './lexicon.js';
import { PACKED_LEXICON } from './lexicon.generated.js';
import { packModel, unpackModel } from './model-pack.js';
import { NumberReader, packNumber } from './packed-numbers.js';
import { keyOf, keyOfLetters, keyOut } from './syllable-key.js';

/** The node of the word `ids`, or 0 (`next(0, id)` is a root child, so a failed walk stops). */
function walkIds(trie: WordTrie, ids: readonly number[]): number {
  let node = trie.root(ids[0]!);
  for (let k = 1; k < ids.length && node !== 0; k++) node = trie.next(node, ids[k]!);
  return node;
}

describe('packNumber', () => {
  it('reads back what it wrote, with other characters between streams skipped', () => {
    const values = [0, 1, 31, 32, 33, 1023, 1024, 65535, 1 << 20, 2 ** 31 - 1];
    const r = new NumberReader(`${values.slice(0, 4).map(packNumber).join('')}\n${values.slice(4).map(packNumber).join('')}`, 0);
    expect(values.map(() => r.next())).toEqual(values);
    expect(r.next()).toBe(0);
  });
});

describe('packLexicon', () => {
  const syllables = ['hợp', 'tác', 'xã', 'tân', 'phú', 'nông', 'nghiệp'];
  const entries = [
    { ids: [1, 2], flags: Entry.Word },
    { ids: [1, 2, 3], flags: Entry.Word },
    { ids: [4, 5], flags: Entry.Place | Entry.GivenName },
    { ids: [6, 7], flags: Entry.Word },
    { ids: [4], flags: Entry.Surname },
    { ids: [7, 1, 2, 3], flags: Entry.Place },
  ];
  const lex = unpackLexicon(packLexicon(syllables, entries));
  const id = (s: string): number => {
    keyOf(s, 0, s.length);
    return lex.syllables.get(keyOut.h1, keyOut.h2);
  };
  const walk = (trie: WordTrie, words: string): number => walkIds(trie, words.split(' ').map(id));

  it('finds every entry with its flags, and nothing else', () => {
    expect(syllables.map(id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const { ids, flags } of entries) expect(lex.trie.isWord[walk(lex.trie, ids.map((i) => syllables[i - 1]).join(' '))]).toBe(flags);
    expect(lex.trie.isWord[walk(lex.trie, 'nghiệp hợp')]).toBe(0); // a prefix, no entry
    expect(walk(lex.trie, 'tác xã')).toBe(0);
    expect(walk(lex.trie, 'hợp xã')).toBe(0);
    expect(lex.trie.root(100)).toBe(0);
  });

  it('adds words to a copy, also below packed nodes, and leaves the original alone', () => {
    const copy = lex.trie.clone();
    copy.addWord([1, 2, 5], Entry.Word); // below the packed `hợp tác`
    copy.addWord([5, 6], Entry.Word); // from a packed root child with no children
    copy.addWord([8, 9], Entry.Word); // new syllables
    expect(copy.isWord[copy.next(copy.next(copy.root(1), 2), 5)]).toBe(Entry.Word);
    expect(copy.isWord[copy.next(copy.root(5), 6)]).toBe(Entry.Word);
    expect(copy.isWord[copy.next(copy.root(8), 9)]).toBe(Entry.Word);
    expect(copy.isWord[copy.next(copy.next(copy.root(1), 2), 3)]).toBe(Entry.Word);
    expect(lex.trie.next(lex.trie.next(lex.trie.root(1), 2), 5)).toBe(0);
    expect(lex.trie.root(8)).toBe(0);
  });

  it('expands the shipped lexicon once and shares it', () => {
    expect(unpackLexicon(PACKED_LEXICON)).toBe(unpackLexicon(PACKED_LEXICON));
  });

  it('agrees with a trie built word by word over random entries', () => {
    const rand = prng(7);
    const words = new Map<string, number>();
    for (let k = 0; k < 3000; k++) {
      const ids = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => 1 + Math.floor(rand() * (rand() < 0.5 ? 6 : 40)));
      words.set(ids.join(' '), (words.get(ids.join(' ')) ?? 0) | (1 << Math.floor(rand() * 5)));
    }
    const names = Array.from({ length: 40 }, (_, i) => `a${'bcdeghiklmnopqrstuvxy'[i % 21]}${'aeiouy'[Math.floor(i / 21)]}`);
    const packed = unpackLexicon(packLexicon(names, [...words].map(([w, flags]) => ({ ids: w.split(' ').map(Number), flags }))));
    const built = new WordTrie();
    for (const [w, flags] of words) built.addWord(w.split(' ').map(Number), flags);
    for (let k = 0; k < 5000; k++) {
      const ids = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => 1 + Math.floor(rand() * 42));
      const a = walkIds(packed.trie, ids);
      const b = walkIds(built, ids);
      expect(packed.trie.isWord[a] ?? 0).toBe(built.isWord[b] ?? 0);
      expect(a === 0).toBe(b === 0);
    }
  });
});

describe('packModel', () => {
  it('reads back the quantized weights', () => {
    const rand = prng(3);
    const w = new Float32Array(1 << 12);
    for (let i = 0; i < w.length; i++) if (rand() < 0.1) w[i] = (rand() - 0.5) * 10;
    const packed = packModel(w, 12, 0);
    expect(unpackModel(packed.text, 12)).toEqual(packed.weights);
    expect(packed.nonzero).toBeGreaterThan(300);
  });
});

describe('keyOfLetters', () => {
  it('gives keyOf’s key for the lexicon’s syllables and falls back to it otherwise', () => {
    const sample = PACKED_LEXICON.slice(0, PACKED_LEXICON.indexOf('\n')).split(' ');
    for (const s of [...sample, 'Hợp', 'THỦY', 'a1', '2.270', 'x-y', 'a\u0301', '', 'ω', 'ſ']) {
      keyOf(s, 0, s.length);
      const expected = [keyOut.h1, keyOut.h2];
      keyOut.h1 = keyOut.h2 = 0;
      keyOfLetters(s, 0, s.length);
      expect([keyOut.h1, keyOut.h2], s).toEqual(expected);
    }
  });
});
