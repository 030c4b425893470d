import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.js';

describe('person: not a person', () => {
  it.each([
    ['a ward named after a person', 'ở phường Lương Văn Tri, thành phố Lạng Sơn'],
    ['a commune named after a person', 'xã Nguyễn Huệ, huyện Khoái Châu'],
    ['a cooperative named after a person', 'HTX Nông nghiệp Nguyễn Huệ có 300 thành viên'],
    ['a school named after a person', 'Trường THPT Lê Quý Đôn khai giảng'],
    ['a province that starts with a surname', 'Giá cà phê tại Lâm Đồng và Cao Bằng tăng'],
    ['bà con', 'Bà con nên phun thuốc vào sáng sớm'],
    ['a title before a body', 'Chủ tịch UBND huyện và Bí thư Tỉnh ủy dự họp'],
    ['a place that begins with a title word', 'tại tỉnh Bà Rịa - Vũng Tàu và Bà Rịa'],
    ['the government after the prime minister', 'Thủ tướng Chính phủ ban hành quyết định'],
    ['a province at the end of the text', 'Giá lúa tăng ở Sóc Trăng. Hà Nội'],
    ['an office, not a given name', 'Trưởng phòng Nông nghiệp huyện Krông Búk cho biết'],
    ['a preposition that is also a surname', 'Từ Hà Nội, đoàn đi Lào Cai'],
    ['a district that reads as a name, after its unit word', 'quận Hoàng Mai có 10 HTX'],
  ])('%s', (_name, input) => {
    expect(found(input, 'person')).toEqual([]);
  });
});
