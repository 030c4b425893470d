import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextOptionError } from '../core/errors.js';
import { extractEntities } from './extract.js';
import type { EntityDebugEvent } from './types.js';

describe('extractEntities', () => {
  it('returns spans into the caller string when the text was decomposed (NFD)', () => {
    const nfc = 'Ngày 5 tháng 3 năm 2024, giá 50 triệu đồng, tăng 15 phần trăm.';
    const nfd = nfc.normalize('NFD');
    const es = extractEntities(nfd).filter((e) => e.type !== 'number' && e.type !== 'quantity');
    expect(es.map((e) => e.type)).toEqual(['date', 'money', 'percent']);
    for (const e of es) expect(e.text).toBe(nfd.slice(e.start, e.end));
    expect(es.map((e) => e.text.normalize('NFC'))).toEqual(['Ngày 5 tháng 3 năm 2024', '50 triệu đồng', '15 phần trăm']);
  });

  it('extracts only the types asked for', () => {
    const text = 'Ngày 5/3/2024, giá 50.000đ, lúc 8h.';
    expect(extractEntities(text, { types: ['money'] }).map((e) => e.text)).toEqual(['50.000đ']);
    expect(extractEntities(text, { types: ['date', 'time'] }).map((e) => e.type)).toEqual(['date', 'time']);
  });

  it('accepts a Date as the reference date', () => {
    expect(extractEntities('Chiều 28/6, họp.', { referenceDate: new Date(Date.UTC(2024, 5, 29)) })[0]?.value).toEqual({ start: '2024-06-28', end: '2024-06-28' });
  });

  it.each([
    [{ referenceDate: '2024/06/01' }],
    [{ referenceDate: new Date(Number.NaN) }],
    [{ types: ['dates'] }],
    [{ types: 'date' }],
    [{ debug: true }],
    [{ refDate: '2024-06-01' }],
  ])('throws VntextOptionError on a bad option %j', (options) => {
    expect(() => extractEntities('x', options as never)).toThrow(VntextOptionError);
  });

  it('reports through debug which rule produced each entity and which refiner dropped one', () => {
    const events: EntityDebugEvent[] = [];
    const text = 'Tính đến tháng 10 năm 2023, có 2.270 thành viên.';
    const es = extractEntities(text, { debug: (e) => events.push(e) });
    const kept = events.filter((e) => e.action === 'kept');
    expect(kept.map((e) => [e.rule, e.text])).toEqual(es.map((e) => [expect.any(String), e.text]));
    expect(kept.find((e) => e.type === 'date')?.rule).toBe('date/month');
    const dropped = events.filter((e) => e.action === 'dropped');
    expect(dropped.map((e) => [e.type, e.text])).toContainEqual(['quantity', '10 năm']);
    expect(dropped.every((e) => e.reason?.startsWith('remove-overlaps: overlaps'))).toBe(true);
    expect(events.filter((e) => e.action === 'produced').length).toBe(kept.length + dropped.length);
  });

  it('never throws, and its spans are in bounds, ordered, disjoint and slice to their text', () => {
    const piece = fc.constantFrom('ngày ', 'tháng ', 'năm ', 'quý ', 'III', '/', '-', '.', ',', ' ', '2023', '12', '5', 'đồng', 'triệu ', '%', 'giờ ', 'h', '30', 'Thứ Hai', '\u0301', '\ud800', 'HTX ');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        const es = extractEntities(text, { referenceDate: '2024-06-01' });
        let last = 0;
        for (const e of es) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Adversarial inputs: every rule looks a bounded number of tokens around its anchor and the
// refiner is O(n log n), so time grows linearly. Generous bounds: an input 8 times longer may
// take at most 30 times as long (a quadratic rule would take 64 times).
describe('extractEntities on adversarial input', () => {
  const shapes: [string, (n: number) => string][] = [
    ['digits', (n) => '1'.repeat(n)],
    ['digits and dots', (n) => '1.'.repeat(n >> 1)],
    ['digit groups and slashes', (n) => '12/'.repeat(Math.floor(n / 3))],
    ['dashed numbers', (n) => '1-'.repeat(n >> 1)],
    ['spaces', (n) => ' '.repeat(n)],
    ['capitals', (n) => 'A'.repeat(n)],
    ['HTX HTX', (n) => 'HTX '.repeat(n >> 2)],
    ['ngày ngày', (n) => 'ngày 5 tháng '.repeat(Math.floor(n / 13))],
    ['numbers and scales', (n) => '1 tỷ '.repeat(Math.floor(n / 5))],
  ];
  const time = (f: () => void): number => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      f();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  it.each(shapes)('grows linearly on %s', (_, make) => {
    const small = make(10_000);
    const big = make(80_000);
    extractEntities(small);
    const ts = time(() => extractEntities(small));
    const tb = time(() => extractEntities(big));
    expect(tb).toBeLessThan(Math.max(30 * ts, 200));
  });
});
