import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

describe('organization: bodies and their places', () => {
  it.each([
    ['a committee with its province', 'Ngày 22/12, UBND tỉnh Lạng Sơn trao quyết định', ['UBND tỉnh Lạng Sơn']],
    ['a committee named by its level only', 'Chủ tịch UBND tỉnh Y Ngọc Phước yêu cầu', ['UBND tỉnh']],
    ['a department with its province', 'Sở Y tế tỉnh Quảng Bình cho biết', ['Sở Y tế tỉnh Quảng Bình']],
    ['a department with a bare province', 'Theo Sở Y tế Hà Nội, số ca bệnh giảm', ['Sở Y tế Hà Nội']],
    ['a field name with và', 'Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An, diện tích giảm', ['Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An']],
    ['a field name with a comma', 'Sở Văn hóa, Thể thao và Du lịch tổ chức lễ hội', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['a ministry', 'Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước có 19.000 HTX', ['Bộ Nông nghiệp và Phát triển nông thôn']],
    ['the alliance of cooperatives', 'Liên minh HTX tỉnh Quảng Trị tổ chức hội nghị', ['Liên minh HTX tỉnh Quảng Trị']],
    ['the alliance of a level', 'phối hợp với Liên minh HTX tỉnh tổ chức hội thảo', ['Liên minh HTX tỉnh']],
    ['an association with an abbreviation', 'Hội LHPN huyện Mộ Đức triển khai kế hoạch', ['Hội LHPN huyện Mộ Đức']],
    ['an office of an association', 'liên hệ Văn phòng Hội Nông dân tỉnh Hậu Giang, số điện thoại', ['Văn phòng Hội Nông dân tỉnh Hậu Giang']],
    ['a bank branch', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh Trà Vinh đã cho vay', ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh Trà Vinh']],
    ['a limited company', 'Công ty TNHH Chế biến Nông sản Tân Phước ký kết', ['Công ty TNHH Chế biến Nông sản Tân Phước']],
    ['a joint-stock company', 'cho Công ty Cổ phần Lương thực Miền Trung.', ['Công ty Cổ phần Lương thực Miền Trung']],
    ['a fund with a lower-case tail', 'từ Quỹ Hỗ trợ phụ nữ phát triển.', ['Quỹ Hỗ trợ phụ nữ phát triển']],
    ['a region inside the name', 'Theo Đài Khí tượng thủy văn khu vực Nam Trung Bộ, mưa to', ['Đài Khí tượng thủy văn khu vực Nam Trung Bộ']],
    ['a party board', 'Trưởng Ban Dân vận Tỉnh ủy Hoàng Văn Nghiệm đến thăm', ['Ban Dân vận Tỉnh ủy']],
    ['a board with its province', 'Ban Dân vận Tỉnh ủy Lạng Sơn phối hợp', ['Ban Dân vận Tỉnh ủy Lạng Sơn']],
    ['a university named after a place', 'Trường Đại học Nông Lâm Thái Nguyên chuyển giao giống', ['Trường Đại học Nông Lâm Thái Nguyên']],
    ['fixed names', 'phối hợp với Agribank và Quốc hội', ['Agribank', 'Quốc hội']],
    ['a name that reads on into a common word', 'Trung tâm Khuyến nông Quốc gia phối hợp', ['Trung tâm Khuyến nông Quốc gia']],
    ['a title then a body then a person', 'Giám đốc Sở Y tế Hà Nội Trần Văn Bình cho biết', ['Sở Y tế Hà Nội']],
    ['a person right after the district of a body', 'Chủ tịch UBND huyện Châu Thành Huỳnh Thanh Hải cho biết', ['UBND huyện Châu Thành']],
    ['two companies joined by và', 'Công ty Chingfa và Công ty Hồng Hải ký kết', ['Công ty Chingfa', 'Công ty Hồng Hải']],
    ['và between two names is no field', 'Công ty Chingfa và Hồng Hải ký kết', ['Công ty Chingfa']],
  ])('%s', (_name, input, expected) => {
    expect(found(input, 'organization')).toEqual(expected);
  });
});
