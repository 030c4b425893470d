import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

// Not dates (ENTITIES.md): fractions, scores, versions, document numbers, phone numbers that
// look like dates, counts that look like years, durations, recurring weekdays.
describe('what is not a date', () => {
  it.each([
    ['Gần 3/5 diện tích đã cải tạo, 1/2 số hộ chờ vốn.'],
    ['Đội nhà thua với tỷ số 1-3, trận trước thắng 2-1.'],
    ['Cổng dịch vụ công lên phiên bản 2.10.5 hôm qua.'],
    ['Theo Nghị định số 113/2024/NĐ-CP, HTX được hỗ trợ.'],
    ['Theo Quyết định 1804/QĐ-TTg, các tỉnh triển khai.'],
    ['Căn cứ Nghị quyết 20-NQ/TW, tỉnh xây dựng chương trình.'],
    ['Thông tư số 09/2023/TT-BTC hướng dẫn thi hành.'],
    ['Theo Quyết định số 12/2024, Công văn 15/2023 và Thông tư 09/2023, các xã triển khai.'],
    ['Liên hệ số 0912.10.2023 hoặc 0981.23.10.23.'],
    ['Có 1975 người tham dự, 2024 lượt hội viên được tập huấn.'],
    ['Sau 5 năm, mô hình cho thu hoạch.'],
    ['Dự án kéo dài 18 tháng.'],
    ['Sau 6 tháng triển khai, mô hình có lãi.'],
    ['Chợ phiên họp mỗi Chủ nhật.'],
    ['Gió giật cấp 6-7, nhiệt độ 24-26 độ C.'],
    ['Thu nhập đạt 4,2-6 triệu đồng mỗi tháng.'],
    ['Tỷ lệ 24/7 và 3/4 số hộ.'],
    ['Sản phẩm đạt 45/12 điểm chuẩn và 31/2/2024 không tồn tại.'],
    ['Quý khách vui lòng giữ trật tự; quý vị đại biểu ngồi.'],
    ['Mã số 1234-5678 và 2025-2021 không phải giai đoạn.'],
    ['Đường số 10 năm ngoái được mở rộng.'],
    ['Có 1200 - 1500 người dự, mã 2025 - 2021 sai.'],
  ])('%s', (text) => {
    expect(found(text, 'date', { referenceDate: '2024-06-01' })).toEqual([]);
  });

  it('reads no fraction after a listed date and no count after a preposition as a date', () => {
    expect(found('Ngày 5/3 và 1/2 số hộ được hỗ trợ, đến 2025 người tham gia.', 'date', { referenceDate: '2024-06-01' }).map(([t]) => t)).toEqual(['Ngày 5/3']);
  });
});
