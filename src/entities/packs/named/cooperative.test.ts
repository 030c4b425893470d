import { describe, expect, it } from 'vitest';
import { entities, found } from './test-helpers.js';

describe('cooperative: named cooperatives', () => {
  it.each([
    ['HTX with a sector and a name', 'Giám đốc HTX Nông nghiệp Hải Thượng cho biết', ['HTX Nông nghiệp Hải Thượng']],
    ['the full head word', 'Hợp tác xã Nông nghiệp Quỳnh Lâm được thành lập năm 2019', ['Hợp tác xã Nông nghiệp Quỳnh Lâm']],
    ['a union of cooperatives', 'Liên hiệp HTX Lúa gạo Sóc Trăng được thành lập', ['Liên hiệp HTX Lúa gạo Sóc Trăng']],
    ['a union spelled out', 'Liên hiệp hợp tác xã Dịch vụ Đồng Tâm ra mắt', ['Liên hiệp hợp tác xã Dịch vụ Đồng Tâm']],
    ['a cooperative group with a place in its name', 'liên kết với Tổ hợp tác khóm sạch ấp Tân Hòa.', ['Tổ hợp tác khóm sạch ấp Tân Hòa']],
    ['lower-case sector words before the name', 'thành lập HTX Dịch vụ nông nghiệp An Ninh Tây.', ['HTX Dịch vụ nông nghiệp An Ninh Tây']],
    ['a craft and a name', 'bà Cúc, Giám đốc HTX Dệt chiếu Cát Hanh, nói', ['HTX Dệt chiếu Cát Hanh']],
    ['a commune that is part of the name', 'HTX Nông nghiệp xã Tân Lập có 200 thành viên', ['HTX Nông nghiệp xã Tân Lập']],
    ['a name that is a person’s name', 'HTX Nông nghiệp Nguyễn Huệ ở xã Nguyễn Huệ', ['HTX Nông nghiệp Nguyễn Huệ']],
    ['two joined by và', 'ký với HTX Khóm Thạnh Tân và Tổ hợp tác khóm sạch ấp Tân Hòa', ['HTX Khóm Thạnh Tân', 'Tổ hợp tác khóm sạch ấp Tân Hòa']],
    ['a name with và inside', 'HTX Sản xuất và Tiêu thụ rau an toàn Văn Đức đạt OCOP', ['HTX Sản xuất và Tiêu thụ rau an toàn Văn Đức']],
  ])('%s', (_name, input, expected) => {
    expect(found(input, 'cooperative')).toEqual(expected);
  });

  it.each([
    ['after a comma', 'HTX Nông nghiệp Hải Thượng, huyện Hải Lăng', 'HTX Nông nghiệp Hải Thượng'],
    ['after ở', 'HTX Nông nghiệp Tiên Thắng ở huyện Tiên Lãng', 'HTX Nông nghiệp Tiên Thắng'],
    ['after tại', 'HTX Chè La Bằng tại xã La Bằng', 'HTX Chè La Bằng'],
    ['after thuộc', 'HTX Rau Đông Dư thuộc huyện Gia Lâm', 'HTX Rau Đông Dư'],
  ])('a place %s stays outside the name', (_name, input, expected) => {
    expect(found(input, 'cooperative')).toEqual([expected]);
    expect(found(input, 'location')).toHaveLength(1);
  });

  it('links a short name the text defines to the cooperative', () => {
    const e = entities('Hợp tác xã Nông nghiệp Thành Công (HTXTC) ký hợp đồng; HTXTC sẽ cung ứng giống.', 'cooperative');
    expect(e.map((x) => x.text)).toEqual(['Hợp tác xã Nông nghiệp Thành Công', 'HTXTC', 'HTXTC']);
    expect(e[2]!.value).toEqual({ name: 'HTXTC', abbreviationOf: 'Hợp tác xã Nông nghiệp Thành Công' });
  });

  it('links a short name with a head word to the cooperative, and its later uses', () => {
    const e = entities('Hợp tác xã Nông nghiệp Dịch vụ Tân Lập (HTX Tân Lập) có 300 thành viên. Năm nay, HTX Tân Lập lãi 2 tỷ đồng.', 'cooperative');
    expect(e.map((x) => x.text)).toEqual(['Hợp tác xã Nông nghiệp Dịch vụ Tân Lập', 'HTX Tân Lập', 'HTX Tân Lập']);
    expect(e[1]!.value).toEqual({ name: 'HTX Tân Lập', abbreviationOf: 'Hợp tác xã Nông nghiệp Dịch vụ Tân Lập' });
    expect(e[2]!.value).toEqual(e[1]!.value);
  });

  it('finds a cooperative whose words were damaged, with offsets into the damaged text', () => {
    const input = 'Giám đốc HTX Noâng nghieäp Taân Laäp cho bieát';
    const [e] = entities(input, 'cooperative');
    expect(e?.text).toBe('HTX Noâng nghieäp Taân Laäp');
    expect(input.slice(e!.start, e!.end)).toBe(e!.text);
    expect(e?.value).toEqual({ name: 'HTX Nông nghiệp Tân Lập' });
  });
});
