import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline/prepare.js';
import { sentences } from './sentences.js';
import { SHARE_LIMIT, TableReader, scanTokens, tokenTableOf } from './token-table.js';
import { tokenize } from './tokenize.js';

const ARTICLE = 'Ngày 23/10/2023, HTX có 2.270 thành viên. Ông Nguyễn Văn An nói: "Tốt quá!"';

const plain = (t: { count: number; start: Uint32Array; end: Uint32Array; kind: Uint8Array }) => ({
  count: t.count,
  start: [...t.start],
  end: [...t.end],
  kind: [...t.kind],
});

describe('the shared token table', () => {
  it('is scanned once for the same text across stages, and equals what scanTokens returns', () => {
    const t = tokenTableOf(ARTICLE, TableReader.Tokenize);
    expect(tokenTableOf(ARTICLE, TableReader.Sentences)).toBe(t);
    // An equal string made separately (not the same object) finds it too.
    expect(tokenTableOf([...ARTICLE].join(''), TableReader.Entities)).toBe(t);
    expect(plain(scanTokens(ARTICLE))).toEqual(plain(t));
  });

  it('is scanned again when the same stage asks twice, so a repeated call costs what the first did', () => {
    const t = tokenTableOf(ARTICLE, TableReader.Tokenize);
    const again = tokenTableOf(ARTICLE, TableReader.Tokenize);
    expect(again).not.toBe(t);
    expect(plain(again)).toEqual(plain(t));
    expect(tokenTableOf(ARTICLE, TableReader.Sentences)).toBe(again);
  });

  it("never hands the shared table to a caller: what scanTokens returns is the caller's to change", () => {
    const before = tokenize(ARTICLE);
    const mine = scanTokens(ARTICLE); // after tokenize: the shared table is there, this is a copy
    expect(mine).not.toBe(tokenTableOf(ARTICLE, TableReader.Sentences));
    mine.start.fill(0);
    mine.end.fill(1);
    mine.kind.fill(9);
    expect(sentences(ARTICLE).map((s) => s.text)).toEqual([ARTICLE.slice(0, 41), ARTICLE.slice(42)]);
    expect(tokenize(ARTICLE)).toEqual(before);
    expect(scanTokens(ARTICLE).start[1]).toBe(5);
  });

  it('gives every stage the same tokens whichever runs first', () => {
    const p = prepare(`${ARTICLE} Thanh Hoá.`);
    const fresh = { tokens: tokenize(p), sentences: sentences(p) };
    tokenTableOf('something else', TableReader.Tokenize);
    expect(sentences(p)).toEqual(fresh.sentences);
    expect(tokenize(p)).toEqual(fresh.tokens);
    expect(tokenize(p, { exclude: ['punctuation'] })).toEqual(fresh.tokens.filter((t) => t.kind !== 'punctuation'));
  });

  it('keeps no table for a text longer than the limit', () => {
    const long = 'từ '.repeat(Math.ceil(SHARE_LIMIT / 3) + 1);
    expect(long.length).toBeGreaterThan(SHARE_LIMIT);
    const t = tokenTableOf(long, TableReader.Tokenize);
    expect(tokenTableOf(long, TableReader.Sentences)).not.toBe(t);
    expect(plain(tokenTableOf(long, TableReader.Entities))).toEqual(plain(t));
    expect(tokenize(long).length).toBe(t.count);
  });
});
