import { describe, expect, it } from 'vitest';
import { found, span } from '../../entities.fixture.js';

// Each row: a sentence, the date text the extractor must return and its value. The sentences
// are written for this file; REF is the reference date of the rows that omit a year.
const REF = '2024-06-01';

describe('dates in the forms Vietnamese news writes them', () => {
  it.each([
    ['Ngày 23/10/2023, hội nghị khai mạc.', 'Ngày 23/10/2023', span('2023-10-23')],
    ['Hạn chót là 23.10.2023.', '23.10.2023', span('2023-10-23')],
    ['Hàng về từ 23-10-2023.', '23-10-2023', span('2023-10-23')],
    ['Hệ thống ghi 2023-10-23.', '2023-10-23', span('2023-10-23')],
    ['Ký ngày 23/10/23 tại xã.', 'ngày 23/10/23', span('2023-10-23')],
    ['Ngày 5 tháng 3 năm 2024, HTX ra mắt.', 'Ngày 5 tháng 3 năm 2024', span('2024-03-05')],
    ['Từ tháng 9/2023, giá tăng.', 'tháng 9/2023', span('2023-09-01', '2023-09-30')],
    ['Từ tháng 5-2024, hội phối hợp.', 'tháng 5-2024', span('2024-05-01', '2024-05-31')],
    ['Trong tháng 10 năm 2023, chi cục cấp phép.', 'tháng 10 năm 2023', span('2023-10-01', '2023-10-31')],
    ['Tăng trưởng quý III/2023 đạt 5%.', 'quý III/2023', span('2023-07-01', '2023-09-30')],
    ['Trong quý IV-2024, giá giảm.', 'quý IV-2024', span('2024-10-01', '2024-12-31')],
    ['Trong quý 2 năm 2024, HTX lãi.', 'quý 2 năm 2024', span('2024-04-01', '2024-06-30')],
    ['Doanh thu quý 4/2023 tăng.', 'quý 4/2023', span('2023-10-01', '2023-12-31')],
    ['Thu ngân sách 9 tháng đầu năm 2023 tăng.', '9 tháng đầu năm 2023', span('2023-01-01', '2023-09-30')],
    ['Kế hoạch 6 tháng cuối năm 2024 được thông qua.', '6 tháng cuối năm 2024', span('2024-07-01', '2024-12-31')],
    ['Xuất khẩu 9 tháng năm 2023 giảm.', '9 tháng năm 2023', span('2023-01-01', '2023-09-30')],
    ['Kết quả sáu tháng đầu năm 2024 khả quan.', 'sáu tháng đầu năm 2024', span('2024-01-01', '2024-06-30')],
    ['Nửa đầu năm 2024, giá ổn định.', 'Nửa đầu năm 2024', span('2024-01-01', '2024-06-30')],
    ['Mục tiêu đến năm 2030 là 140.000 tổ hợp tác.', 'năm 2030', span('2030-01-01', '2030-12-31')],
    ['Đề án giai đoạn 2021-2025 đạt 60%.', '2021-2025', span('2021-01-01', '2025-12-31')],
    ['Đại hội nhiệm kỳ 2023-2028 thành công.', '2023-2028', span('2023-01-01', '2028-12-31')],
    ['Giai đoạn 2021 - 2025, tỉnh phấn đấu đạt 500 HTX.', '2021 - 2025', span('2021-01-01', '2025-12-31')],
    ['Kế hoạch năm 2024-2025 đã có.', 'năm 2024-2025', span('2024-01-01', '2025-12-31')],
    ['Kỷ niệm 30 năm (29/10/1993-29/10/2023) thành lập.', '29/10/1993-29/10/2023', span('1993-10-29', '2023-10-29')],
    ['Kỷ niệm (10/12/2004 - 10/12/2024) thành lập.', '10/12/2004 - 10/12/2024', span('2004-12-10', '2024-12-10')],
    ['Lễ hội diễn ra 15-16/6/2023 tại tỉnh.', '15-16/6/2023', span('2023-06-15', '2023-06-16')],
    ['Lễ hội trong hai ngày 27-28/7/2024.', '27-28/7/2024', span('2024-07-27', '2024-07-28')],
    ['Trong tháng 7-9/2023, có 11 HTX mới.', 'tháng 7-9/2023', span('2023-07-01', '2023-09-30')],
    ['Hội chợ từ ngày 4/9-10/9/2023.', 'ngày 4/9-10/9/2023', span('2023-09-04', '2023-09-10')],
    ['Cập nhật Thứ Hai, 23/10/2023.', 'Thứ Hai, 23/10/2023', span('2023-10-23')],
    ['Cập nhật Thứ 2, 23/10/2023.', 'Thứ 2, 23/10/2023', span('2023-10-23')],
    ['Chợ mở Thứ Bảy, ngày 9/12/2023.', 'Thứ Bảy, ngày 9/12/2023', span('2023-12-09')],
    ['Khai mạc Chủ nhật, 5/11/2023.', 'Chủ nhật, 5/11/2023', span('2023-11-05')],
    ['Cập nhật Thứ Năm 16/11/2023.', 'Thứ Năm 16/11/2023', span('2023-11-16')],
    ['Lễ ra quân sáng ngày 18-2-2024.', 'ngày 18-2-2024', span('2024-02-18')],
    ['Hội nghị diễn ra ngày 8/3/2021 ở xã.', 'ngày 8/3/2021', span('2021-03-08')],
    ['Lễ mít tinh mùng 2/9/2024 ở quảng trường.', 'mùng 2/9/2024', span('2024-09-02')],
  ])('%s → %s', (text, want, value) => {
    expect(found(text, 'date')).toEqual([[want, value]]);
  });

  it.each([
    ['Chiều 28/6, UBND tỉnh họp.', '28/6', span('2024-06-28')],
    ['Mưa từ đêm 28/11.', '28/11', span('2024-11-28')],
    ['Giá ngày 14/3 tăng.', 'ngày 14/3', span('2024-03-14')],
    ['Phiên họp thường kỳ tháng 6.', 'tháng 6', span('2024-06-01', '2024-06-30')],
    ['Thu hoạch trong quý I, giá tốt.', 'quý I', span('2024-01-01', '2024-03-31')],
    ['Lễ hội ngày 15-16/6 ở phố cổ.', 'ngày 15-16/6', span('2024-06-15', '2024-06-16')],
    ['Kế hoạch 6 tháng cuối năm được giao.', '6 tháng cuối năm', span('2024-07-01', '2024-12-31')],
    ['Ngày 22 tháng 12, hội họp.', 'Ngày 22 tháng 12', span('2024-12-22')],
  ])('a date without a year takes the reference year: %s', (text, want, value) => {
    expect(found(text, 'date', { referenceDate: REF })).toEqual([[want, value]]);
  });

  it('writes two dates for `từ … đến …`, the first taking the second year when there is no reference date', () => {
    expect(found('Từ ngày 5/8 đến ngày 20/8/2024, hội thi đua.', 'date')).toEqual([
      ['ngày 5/8', span('2024-08-05')],
      ['ngày 20/8/2024', span('2024-08-20')],
    ]);
    expect(found('Từ tháng 3 đến tháng 8/2024, ngân hàng giải ngân.', 'date')).toEqual([
      ['tháng 3', span('2024-03-01', '2024-03-31')],
      ['tháng 8/2024', span('2024-08-01', '2024-08-31')],
    ]);
  });

  it('reads every year of a list after `năm`', () => {
    expect(found('Các năm 2021, 2022 và 2023 đều tăng.', 'date').map(([t]) => t)).toEqual(['năm 2021', '2022', '2023']);
    expect(found('Từ năm 2020 đến 2025, tỉnh trồng rừng.', 'date')).toEqual([
      ['năm 2020', span('2020-01-01', '2020-12-31')],
      ['2025', span('2025-01-01', '2025-12-31')],
    ]);
  });

  it('takes the year of the date joined to it before the reference year', () => {
    expect(found('Tháng 11 và 12/2023 giá giảm.', 'date', { referenceDate: REF })).toEqual([
      ['Tháng 11', span('2023-11-01', '2023-11-30')],
      ['12/2023', span('2023-12-01', '2023-12-31')],
    ]);
    expect(found('Chiều 28/6, tổng kết năm 2023.', 'date', { referenceDate: REF })[0]).toEqual(['28/6', span('2024-06-28')]);
  });

  it('reads the date in brackets after sáng nay, chiều qua', () => {
    expect(found('Sáng nay (10/5), UBND tỉnh họp; chiều qua (9/5) mưa.', 'date', { referenceDate: REF })).toEqual([
      ['10/5', span('2024-05-10')],
      ['9/5', span('2024-05-09')],
    ]);
  });

  it('reads the later days of a list and a year written alone after a preposition', () => {
    expect(found('Nghỉ lễ ngày 30/4 và 1/5.', 'date', { referenceDate: REF })).toEqual([
      ['ngày 30/4', span('2024-04-30')],
      ['1/5', span('2024-05-01')],
    ]);
    expect(found('Mục tiêu đến 2025, tỉnh có 500 HTX; trong 2023.', 'date').map(([t]) => t)).toEqual(['2025', '2023']);
  });

  it('leaves a date with no year out when nothing gives one', () => {
    expect(found('Chiều 28/6, UBND tỉnh họp.', 'date')).toEqual([]);
  });

  it('keeps prepositions and times of day outside the span', () => {
    expect(found('Tính đến hết năm 2023, tỉnh có 265 HTX.', 'date')).toEqual([['năm 2023', span('2023-01-01', '2023-12-31')]]);
    expect(found('Hồ sơ nộp trước ngày 25/10/2024.', 'date')).toEqual([['ngày 25/10/2024', span('2024-10-25')]]);
  });

  it('reads a date whose words were damaged by a legacy encoding, with offsets into the damaged text', () => {
    const text = 'Ngaøy 5 thaùng 3 naêm 2024, HTX ra mắt.'; // VNI read as Windows-1252
    expect(found(text, 'date')).toEqual([['Ngaøy 5 thaùng 3 naêm 2024', span('2024-03-05')]]);
  });
});
