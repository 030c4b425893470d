import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('what is not money', () => {
  it.each([
    ['Có 3 đồng chí được khen thưởng.'],
    ['Dân số đạt 1,2 triệu người.'],
    ['Tổng cộng 5 tỷ lượt truy cập.'],
    ['Cánh đồng 50 ha lúa chín.'],
    ['Nhóm 2 đồng tác giả nhận giải.'],
    ['Sản lượng 2.270 tấn, 18.600 thành viên.'],
    ['Nhiệt độ 25 độ C, độ ẩm 80%.'],
    ['Có 5 ñoàn viên và 3 ®ång hồ.'],
    ['Mã 5 dd và 7 ñ.'],
  ])('%s', (text) => {
    expect(found(text, 'money')).toEqual([]);
  });
});
