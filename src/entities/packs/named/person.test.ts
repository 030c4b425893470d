import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

describe('person: names without their titles', () => {
  it.each([
    ['after ông', 'Ông Trương Công Dũng, Giám đốc HTX', ['Trương Công Dũng']],
    ['after bà, four syllables', 'theo bà Thạch Thị Sà Rươl, Phó Chủ tịch hội', ['Thạch Thị Sà Rươl']],
    ['a given name alone after anh', 'anh Sáng cho biết', ['Sáng']],
    ['a given name alone after chị', 'Chị Thu, thành viên HTX', ['Thu']],
    ['a minority name after a title', 'Ông Siu Hyin, Giám đốc HTX, cho biết', ['Siu Hyin']],
    ['a Hmong name', 'Anh Tẩn Láo Lở ở bản Sin Suối Hồ', ['Tẩn Láo Lở']],
    ['a name after an organization and its level', 'Chủ tịch UBND tỉnh Y Ngọc Phước yêu cầu', ['Y Ngọc Phước']],
    ['a name that holds a province', 'Anh Đặng Vĩnh Long hiện làm kỹ sư', ['Đặng Vĩnh Long']],
    ['a name after a given name that is a province', 'chị Hà Giang cho biết', ['Hà Giang']],
    ['a name with no title, from the name lists', 'Nguyễn Thị Lan cùng chồng mở trang trại', ['Nguyễn Thị Lan']],
    ['a name after a long title', 'Phó Thủ tướng Trần Lưu Quang đã đến dự', ['Trần Lưu Quang']],
    ['a name whose given name the lists lack, after a minister and a body', 'Bộ trưởng Bộ Công nghiệp Bùi Xuân Khu cho biết', ['Bùi Xuân Khu']],
    ['a name after an official title and a body', 'Giám đốc Sở Y tế Hà Nội Trần Văn Bình cho biết', ['Trần Văn Bình']],
    ['a byline at the end', 'Doanh thu tăng 35%. Minh Anh', ['Minh Anh']],
    ['a name right after a place', 'Phó Chủ tịch UBND tỉnh Lạng Sơn Đoàn Thu Hà dự lễ', ['Đoàn Thu Hà']],
    ['a name right after a district whose name starts with a surname', 'Chủ tịch UBND huyện Châu Thành Huỳnh Thanh Hải cho biết', ['Huỳnh Thanh Hải']],
    ['a byline with its source', 'Doanh thu tăng 35%.\nThanh Hà (TTXVN)', ['Thanh Hà']],
  ])('%s', (_name, input, expected) => {
    expect(found(input, 'person')).toEqual(expected);
  });
});
