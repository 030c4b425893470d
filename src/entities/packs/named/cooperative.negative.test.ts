import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

describe('cooperative: not a named cooperative', () => {
  it.each([
    ['a plural', 'Các HTX ở phường Trương Quang Trọng đang chuyển đổi'],
    ['a count', 'Toàn tỉnh hiện có 312 HTX và 1.045 tổ hợp tác'],
    ['a count of unions', 'có 2 liên hiệp HTX đang hoạt động'],
    ['the anaphoric HTX', 'Năm 2024, HTX tiêu thụ 1.200 tấn cà phê nhân'],
    ['HTX after a title with nothing after it', 'Ông Siu Hyin, Giám đốc HTX, cho biết'],
    ['a kind in lower case', 'Hội hỗ trợ thành lập 12 tổ hợp tác nuôi trồng thủy sản'],
    ['a lower-case sector with no name', 'Đề án phát triển HTX nông nghiệp ứng dụng công nghệ cao'],
    ['the law', 'Luật Hợp tác xã năm 2023 có hiệu lực'],
    ['the alliance, which is an organization', 'Liên minh HTX tỉnh Quảng Trị tổ chức hội nghị'],
    ['the alliance at every level', 'Liên minh HTX các tỉnh, thành phố cần chủ động'],
    ['a definition of the word', 'Hợp tác xã (HTX) là tổ chức kinh tế tập thể'],
    ['HTX as a member', 'với 9 HTX thành viên ở huyện Mỹ Xuyên'],
    ['a generic head after many', 'nhiều hợp tác xã nông nghiệp đã chuyển đổi'],
  ])('%s', (_name, input) => {
    expect(found(input, 'cooperative')).toEqual([]);
  });
});
