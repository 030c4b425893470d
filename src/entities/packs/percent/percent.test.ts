import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('percentages', () => {
  it.each([
    ['Tăng 12,5% so với cùng kỳ.', '12,5%', { value: 12.5 }],
    ['Đạt 100% kế hoạch.', '100%', { value: 100 }],
    ['Chiếm khoảng 32% cả nước.', '32%', { value: 32 }],
    ['Độ che phủ đạt 47,5 phần trăm.', '47,5 phần trăm', { value: 47.5 }],
    ['Đạt 15 phần trăm.', '15 phần trăm', { value: 15 }],
    ['Tỷ lệ 50 % hộ.', '50 %', { value: 50 }],
    ['Lãi suất 3,8-5,5%.', '3,8-5,5%', { min: 3.8, max: 5.5 }],
    ['Tăng 10 - 15%.', '10 - 15%', { min: 10, max: 15 }],
  ])('%s → %s', (text, want, value) => {
    expect(found(text, 'percent')).toEqual([[want, value]]);
  });
});
