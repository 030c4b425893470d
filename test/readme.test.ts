// The README's examples, run against the built package: if one of these fails, the README
// says something untrue.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const v = createRequire(import.meta.url)('vntext') as typeof import('../src/index.js');

describe('the README examples', () => {
  const raw = 'Hội nghị diễn ra treân địa bàn tỉnh Thanh Hoá ngày 23/10/2023.';

  it('prepare repairs, normalizes and reports both in input offsets', () => {
    const clean = v.prepare(raw);
    expect(clean.text).toBe('Hội nghị diễn ra trên địa bàn tỉnh Thanh Hóa ngày 23/10/2023.');
    expect(clean.repairs).toEqual([{ start: 17, end: 22, original: 'treân', text: 'trên', encoding: 'vni' }]);
    expect(clean.normalizations).toEqual([{ start: 42, end: 45, original: 'Hoá', text: 'Hóa', kinds: ['tone-style'] }]);
  });

  it('later stages report spans in the raw string', () => {
    const clean = v.prepare(raw);
    const t = v.tokenize(clean).find((x) => x.text === 'trên')!;
    expect(raw.slice(t.start, t.end)).toBe('treân');
    expect(v.tokenize(clean).at(-2)).toEqual({ text: '23/10/2023', start: 51, end: 61, kind: 'date' });
    expect(v.segmentJoined(clean)).toBe('Hội_nghị diễn ra trên địa_bàn tỉnh Thanh_Hóa ngày 23/10/2023 .');
  });

  it('splits sentences around abbreviations', () => {
    expect(v.sentences('Ông về TP. Hồ Chí Minh. Bà ở lại.').map((s) => s.text)).toEqual(['Ông về TP. Hồ Chí Minh.', 'Bà ở lại.']);
  });

  it('normalizes and repairs as shown', () => {
    expect(v.normalize('Ngừơi dân Thanh Hoá')).toBe('Người dân Thanh Hóa');
    expect(v.normalize('Thanh Hóa', { toneStyle: 'modern' })).toBe('Thanh Hoá');
    expect(v.repair('Nguyeân taéc cuûa coâng ty').text).toBe('Nguyên tắc của công ty');
    expect(v.repair('Café naïve, São Paulo').changes).toEqual([]);
  });
});
