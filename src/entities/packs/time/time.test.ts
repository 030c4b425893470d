import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('clock times', () => {
  it.each([
    ['Cập nhật 16:20:27 hôm qua.', '16:20:27', '16:20:27'],
    ['Cập nhật 09:05 sáng nay.', '09:05 sáng', '09:05'],
    ['Khai mạc lúc 8 giờ 30 phút.', '8 giờ 30 phút', '08:30'],
    ['Mất điện lúc 16 giờ 05 khiến máy dừng.', '16 giờ 05', '16:05'],
    ['Bế mạc lúc 15h30.', '15h30', '15:30'],
    ['Chợ mở từ 6h sáng.', '6h sáng', '06:00'],
    ['Họp lúc 8h.', '8h', '08:00'],
    ['Lễ bắt đầu 7g30 tại hội trường.', '7g30', '07:30'],
    ['Khách đến 9 giờ sáng thứ bảy.', '9 giờ sáng', '09:00'],
    ['Chương trình bắt đầu lúc 8 giờ tối.', '8 giờ tối', '20:00'],
    ['Hội thảo bắt đầu 1 giờ chiều.', '1 giờ chiều', '13:00'],
    ['Trận đấu diễn ra lúc 19h30 tối.', '19h30 tối', '19:30'],
    ['Đoàn đến lúc 10 giờ đêm.', '10 giờ đêm', '22:00'],
    ['Nghỉ trưa 12 giờ trưa.', '12 giờ trưa', '12:00'],
    ['Xe xuất phát lúc 5 giờ rưỡi.', '5 giờ rưỡi', '05:30'],
    ['Cuộc họp lúc 7 giờ ngày 5/3/2024.', '7 giờ', '07:00'],
  ])('%s → %s', (text, want, value) => {
    expect(found(text, 'time')).toEqual([[want, value]]);
  });

  it('finds both ends of `từ 6h đến 12h` as two times', () => {
    expect(found('Chợ mở cửa từ 6h đến 12h mỗi ngày.', 'time')).toEqual([
      ['6h', '06:00'],
      ['12h', '12:00'],
    ]);
  });

  it('leaves the date next to a time as a separate date', () => {
    expect(found('Họp lúc 14h30 ngày 2/10/2024.', 'date')).toEqual([['ngày 2/10/2024', { start: '2024-10-02', end: '2024-10-02' }]]);
  });
});
