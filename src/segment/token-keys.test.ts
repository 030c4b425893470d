import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/prng.mjs';
import { scanTokens } from '../tokenize/token-table.js';
import { defaultResources, resourcesWith } from './segmenter.js';
import { keyOf, keyOut } from './syllable-key.js';
import { tokenKey, tokenOut } from './token-keys.js';

describe('tokenKey', () => {
  it('gives what keyOf and the table give, for repeated and new tokens, past the cache’s limit', () => {
    const base = defaultResources().lexicon.syllables;
    const user = resourcesWith(['Muay Thái']).lexicon.syllables;
    const rand = prng(5);
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịÁÀĐƯ1.-';
    const words = ['Muay', 'Thái', 'hợp', 'tác', 'xã', 'HTX', '2.270', 'Ðồng', 'thuỷ', 'a\u0301', 'x'.repeat(40)];
    for (let k = 0; k < 20000; k++) {
      if (rand() < 0.5) words.push(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => letters[Math.floor(rand() * letters.length)]).join(''));
      const w = words[Math.floor(rand() * words.length)]!;
      const text = ` ${w} `;
      const t = scanTokens(text);
      const start = t.count > 0 ? t.start[0]! : 1;
      const end = t.count > 0 ? t.end[0]! : 1 + w.length;
      const table = rand() < 0.2 ? user : base;
      keyOf(text, start, end);
      const expected = [keyOut.h1, keyOut.shape, keyOut.onset, keyOut.rhyme, table.get(keyOut.h1, keyOut.h2)];
      tokenKey(text, start, end, table);
      expect([tokenOut.h1, tokenOut.shape, tokenOut.onset, tokenOut.rhyme, tokenOut.syl], text).toEqual(expected);
    }
    expect(words.length).toBeGreaterThan(9000);
  });
});
