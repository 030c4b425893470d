import { describe, expect, it } from 'vitest';
import { prepare } from '../pipeline/prepare.js';
import { sentences } from './sentences.js';
import { SHARE_LIMIT, scanTokens, tokenTableOf } from './token-table.js';
import { tokenize } from './tokenize.js';

const ARTICLE = 'Ngày 23/10/2023, HTX có 2.270 thành viên. Ông Nguyễn Văn An nói: "Tốt quá!"';

const plain = (t: { count: number; start: Uint32Array; end: Uint32Array; kind: Uint8Array }) => ({
  count: t.count,
  start: [...t.start],
  end: [...t.end],
  kind: [...t.kind],
});

describe('the shared token table', () => {
  it('is scanned once for the same text, and equals what scanTokens returns', () => {
    const t = tokenTableOf(ARTICLE);
    expect(tokenTableOf(ARTICLE)).toBe(t);
    // An equal string made separately (not the same object) finds it too.
    expect(tokenTableOf([...ARTICLE].join(''))).toBe(t);
    tokenTableOf('khác');
    expect(plain(tokenTableOf(ARTICLE))).toEqual(plain(t));
    expect(plain(scanTokens(ARTICLE))).toEqual(plain(t));
  });

  it('never hands the shared table to a caller: what scanTokens returns is the caller\'s to change', () => {
    const before = tokenize(ARTICLE);
    const mine = scanTokens(ARTICLE); // after tokenize: the shared table is there, this is a copy
    expect(mine).not.toBe(tokenTableOf(ARTICLE));
    mine.start.fill(0);
    mine.end.fill(1);
    mine.kind.fill(9);
    expect(tokenize(ARTICLE)).toEqual(before);
    expect(plain(scanTokens(ARTICLE))).toEqual(plain(scanTokens(`${ARTICLE} `.trimEnd())));
    expect(scanTokens(ARTICLE).start[1]).toBe(5);
  });

  it('gives every stage the same tokens whichever runs first', () => {
    const p = prepare(`${ARTICLE} Thanh Hoá.`);
    const fresh = { tokens: tokenize(p), sentences: sentences(p) };
    tokenTableOf('something else');
    expect(sentences(p)).toEqual(fresh.sentences);
    expect(tokenize(p)).toEqual(fresh.tokens);
    expect(tokenize(p, { exclude: ['punctuation'] })).toEqual(fresh.tokens.filter((t) => t.kind !== 'punctuation'));
  });

  it('keeps no table for a text longer than the limit', () => {
    const long = 'từ '.repeat(Math.ceil(SHARE_LIMIT / 3) + 1);
    expect(long.length).toBeGreaterThan(SHARE_LIMIT);
    const t = tokenTableOf(long);
    expect(tokenTableOf(long)).not.toBe(t);
    expect(plain(tokenTableOf(long))).toEqual(plain(t));
    expect(tokenize(long).length).toBe(t.count);
  });
});
