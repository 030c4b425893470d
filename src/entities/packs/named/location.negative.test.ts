import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

describe('location: not a place of its own', () => {
  it.each([
    ['a place inside a cooperative', 'HTX Nông nghiệp xã Tân Lập có 200 thành viên'],
    ['a place inside an organization', 'UBND tỉnh Lạng Sơn trao quyết định'],
    ['a person whose name holds a province', 'Anh Đặng Vĩnh Long hiện làm kỹ sư'],
    ['a person whose name holds a province, after a title', 'chị Hà Giang cho biết'],
    ['a woman whose name holds a province', 'bà Trần Thị Thái Bình cho biết'],
    ['unit words with no name', 'toàn tỉnh có 89 xã, phường; huyện đã chỉ đạo'],
    ['a generic country word', 'cả nước có 19.000 HTX'],
    ['a document, not a village', 'ban hành văn bản Hướng dẫn số 12'],
    ['Nhật Bản is one country, not a village', 'xuất khẩu sang Nhật Bản'],
    ['a committee head named by level only', 'Chủ tịch UBND tỉnh Y Ngọc Phước yêu cầu'],
    ['an unknown name after tỉnh that is a person', 'Chủ tịch tỉnh Nguyễn Văn Sơn cho biết'],
    ['words after a unit word in a headline in capitals', 'LIÊN MINH HTX TỈNH GẶP MẶT CÁC HTX NHÂN KỶ NIỆM 30 NĂM\nSáng nay, hội nghị diễn ra.'],
  ])('%s', (_name, input) => {
    const got = found(input, 'location');
    if (input.startsWith('xuất khẩu')) expect(got).toEqual(['Nhật Bản']);
    else expect(got).toEqual([]);
  });
});
