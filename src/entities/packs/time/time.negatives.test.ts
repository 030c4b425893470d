import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

// Durations and counts of hours are not clock times.
describe('what is not a time', () => {
  it.each([
    ['Máy sấy ngừng hoạt động trong 2 giờ.'],
    ['Sau 3 giờ 30 phút, đám cháy được dập tắt.'],
    ['Phải mất khoảng 2 giờ mới đến nơi.'],
    ['Người lao động làm 8h/ngày.'],
    ['Trong 24 giờ qua, mưa lớn.'],
    ['Xe chạy 2 giờ đồng hồ mới tới.'],
    ['Sau 8h, lô hàng được giao.'],
    ['Cần 3 giờ để hoàn thành.'],
    ['Tỷ số 2:1 nghiêng về đội khách.'],
    ['Mỗi ngày 2 giờ tập luyện.'],
    ['Mưa lớn 24h qua ở các tỉnh.'],
    ['Từ 6 giờ qua đến nay, mưa lớn.'],
  ])('%s', (text) => {
    expect(found(text, 'time')).toEqual([]);
  });
});
