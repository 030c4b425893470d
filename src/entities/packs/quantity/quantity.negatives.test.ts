import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

// A quantity gives way to the entity it is part of.
describe('what is not a quantity', () => {
  it.each([['Giá 2.500 USD một tấn.'], ['Trong năm 2024 có mưa.'], ['Tăng 12,5% so với cùng kỳ.'], ['Gọi 0912 345 678 ngay.'], ['Phiên bản 5.12.1 lỗi.']])('%s', (text) => {
    expect(found(text, 'quantity')).toEqual([]);
  });
});
