import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('quantities and numbers', () => {
  it.each([
    ['HTX có 2.270 thành viên.', '2.270 thành viên', { value: 2270, unit: 'thành viên' }],
    ['Có 1975 người tham dự.', '1975 người', { value: 1975, unit: 'người' }],
    ['Thu hoạch 120 tấn tôm.', '120 tấn', { value: 120, unit: 'tấn' }],
    ['Dân số 1,2 triệu người.', '1,2 triệu người', { value: 1.2e6, unit: 'người' }],
  ])('%s → %s', (text, want, value) => {
    expect(found(text, 'quantity')).toEqual([[want, value]]);
  });

  it('returns a number with no unit after it as a number', () => {
    expect(found('Mã số 115 và 2.270.', 'number')).toEqual([
      ['115', 115],
      ['2.270', 2270],
    ]);
  });
});
