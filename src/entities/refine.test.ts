import { describe, expect, it } from 'vitest';
import { identityAlignment } from '../core/alignment.js';
import { createContext } from './context.js';
import { refine } from './refine.js';
import type { Candidate, EntityType } from './types.js';

const ctxOf = (text: string) => createContext(text, identityAlignment(text.length), null);

/** A candidate over the first occurrence of `part` in `text`. */
function cand(text: string, type: EntityType, part: string, rule = `${type}/test`, value?: unknown): Candidate {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { type, start, end: start + part.length, rule, value };
}

function run(text: string, cands: Candidate[]) {
  const dropped: string[] = [];
  const kept = refine(cands, ctxOf(text), (c, refiner, reason) => dropped.push(`${refiner} ${c.type} ${text.slice(c.start, c.end)}: ${reason}`));
  return { kept: kept.map((c) => [c.type, text.slice(c.start, c.end)]), dropped };
}

describe('remove-overlaps', () => {
  it('drops a location inside an organization and a person inside a cooperative, whatever the order', () => {
    const text = 'Chủ tịch UBND tỉnh Lạng Sơn thăm HTX Nguyễn Huệ.';
    const cands = [
      cand(text, 'location', 'tỉnh Lạng Sơn'),
      cand(text, 'person', 'Nguyễn Huệ'),
      cand(text, 'organization', 'UBND tỉnh Lạng Sơn'),
      cand(text, 'cooperative', 'HTX Nguyễn Huệ'),
    ];
    const { kept, dropped } = run(text, cands);
    expect(kept).toEqual([
      ['organization', 'UBND tỉnh Lạng Sơn'],
      ['cooperative', 'HTX Nguyễn Huệ'],
    ]);
    expect(dropped).toEqual([
      'remove-overlaps location tỉnh Lạng Sơn: overlaps organization "UBND tỉnh Lạng Sơn" (organization/test)',
      'remove-overlaps person Nguyễn Huệ: overlaps cooperative "HTX Nguyễn Huệ" (cooperative/test)',
    ]);
    expect(run(text, [...cands].reverse()).kept).toEqual(kept);
  });

  it('keeps the longer of two crossing candidates, and drops an exact duplicate', () => {
    const text = 'ab cd ef gh';
    const { kept, dropped } = run(text, [cand(text, 'person', 'ab cd'), cand(text, 'location', 'cd ef gh'), cand(text, 'location', 'cd ef gh', 'location/other')]);
    expect(kept).toEqual([['location', 'cd ef gh']]);
    expect(dropped.some((d) => d.includes('duplicate of location/test'))).toBe(true);
  });

  it('lets numbers and quantities give way to any other type, even a shorter one', () => {
    const text = 'Giá 2.500 USD một tấn';
    const { kept } = run(text, [cand(text, 'quantity', '2.500 USD một'), cand(text, 'money', '2.500 USD')]);
    expect(kept).toEqual([['money', '2.500 USD']]);
  });

  it('drops candidates that are empty or outside the text', () => {
    const text = 'abc';
    const { kept, dropped } = run(text, [
      { type: 'date', start: 1, end: 1, rule: 'x' },
      { type: 'date', start: 2, end: 9, rule: 'y' },
    ]);
    expect(kept).toEqual([]);
    expect(dropped.length).toBe(2);
  });
});

describe('merge-date-ranges', () => {
  it('joins two dates around a spaced dash into one range', () => {
    const text = 'Kỷ niệm 10/12/2004 - 10/12/2024 tại tỉnh';
    const a = cand(text, 'date', '10/12/2004', 'date/dmy', { start: '2004-12-10', end: '2004-12-10' });
    const b = cand(text, 'date', '10/12/2024', 'date/dmy', { start: '2024-12-10', end: '2024-12-10' });
    const ctx = ctxOf(text);
    const out = refine([a, b], ctx, () => {});
    expect(out).toEqual([{ type: 'date', start: a.start, end: b.end, value: { start: '2004-12-10', end: '2024-12-10' }, rule: 'date/dmy+date/dmy' }]);
  });

  it('leaves dates apart when the second starts before the first ends', () => {
    const text = 'ngày 10/12/2024 - 10/12/2004 tại tỉnh';
    const a = cand(text, 'date', '10/12/2024', 'date/dmy', { start: '2024-12-10', end: '2024-12-10' });
    const b = cand(text, 'date', '10/12/2004', 'date/dmy', { start: '2004-12-10', end: '2004-12-10' });
    expect(refine([a, b], ctxOf(text), () => {}).length).toBe(2);
  });
});
