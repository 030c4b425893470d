import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('what is not a percentage', () => {
  it.each([['Tỷ số 2-1 và 3/4 số hộ.'], ['Mức 5‰ là thấp.'], ['Một phần trăm hộ dân chưa biết.'], ['Có 12 phần quà và trăm hộ.']])('%s', (text) => {
    expect(found(text, 'percent')).toEqual([]);
  });
});
