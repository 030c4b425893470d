import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('what is not a url, e-mail or phone', () => {
  it.each([['Giá 2.500 USD và 5.12.1 là phiên bản.'], ['Tỷ lệ 0,5% thấp.'], ['Ngày 23/10/2023 họp.'], ['Mã 00070 và 0 912 345 678.']])('%s', (text) => {
    expect(found(text, 'url')).toEqual([]);
    expect(found(text, 'email')).toEqual([]);
    expect(found(text, 'phone')).toEqual([]);
  });
});
