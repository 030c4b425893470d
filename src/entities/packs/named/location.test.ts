import { describe, expect, it } from 'vitest';
import { entities, found } from './test-helpers.js';

describe('location: places and their values', () => {
  it.each([
    ['a province', 'tại tỉnh Quảng Ngãi', 'tỉnh Quảng Ngãi', { level: 'province', name: 'Quảng Ngãi', code: '51', current: true }],
    ['a province merged away in 2025', 'hợp nhất tỉnh Kon Tum', 'tỉnh Kon Tum', { level: 'province', name: 'Kon Tum', code: '62', current: false }],
    ['a centrally-run city', 'tại thành phố Cần Thơ', 'thành phố Cần Thơ', { level: 'province', name: 'Cần Thơ', code: '92', current: true }],
    ['TP. before a central city', 'Các HTX ở TP. Cần Thơ', 'TP. Cần Thơ', { level: 'province', name: 'Cần Thơ', code: '92', current: true }],
    ['a provincial city', 'tại thành phố Quy Nhơn.', 'thành phố Quy Nhơn', { level: 'district', name: 'Quy Nhơn', code: '540', current: false }],
    ['a district', 'ở huyện Mường Ảng hiện', 'huyện Mường Ảng', { level: 'district', name: 'Mường Ảng', code: '102', current: false }],
    ['a town', 'ở thị xã Ngã Năm.', 'thị xã Ngã Năm', { level: 'district', name: 'Ngã Năm', code: '948', current: false }],
    ['a ward named after a person', 'ở phường Trương Quang Trọng, tỉnh', 'phường Trương Quang Trọng', { level: 'commune', name: 'Trương Quang Trọng', code: '21172', current: true }],
    ['a village', 'ở bản Sin Suối Hồ, huyện', 'bản Sin Suối Hồ', { level: 'village', name: 'Sin Suối Hồ' }],
    ['a numbered village', 'ở thôn 3 có', 'thôn 3', { level: 'village', name: '3' }],
    ['a bare province', 'Giá lúa tại Sóc Trăng hiện', 'Sóc Trăng', { level: 'province', name: 'Sóc Trăng', code: '94', current: false }],
    ['a country', 'bán sang Hà Lan với giá', 'Hà Lan', { level: 'country', name: 'Hà Lan' }],
    ['a region', 'phát triển mạnh ở Đồng bằng sông Cửu Long.', 'Đồng bằng sông Cửu Long', { level: 'region', name: 'Đồng bằng sông Cửu Long' }],
    ['a province with a dash', 'tại tỉnh Bà Rịa - Vũng Tàu,', 'tỉnh Bà Rịa - Vũng Tàu', { level: 'province', name: 'Bà Rịa - Vũng Tàu', code: '77', current: false }],
  ])('%s', (_name, input, text, value) => {
    const e = entities(input, 'location');
    expect(e.map((x) => x.text)).toEqual([text]);
    expect(e[0]!.value).toEqual(value);
  });

  it.each([
    ['a chain of units', 'ở xã Hưng Điền, huyện Tân Hưng, tỉnh Long An vừa', ['xã Hưng Điền', 'huyện Tân Hưng', 'tỉnh Long An']],
    ['a commune longer than a gazetteer name inside it', '(xã Đông Dư, huyện Gia Lâm, Hà Nội)', ['xã Đông Dư', 'huyện Gia Lâm', 'Hà Nội']],
    ['two bare provinces', 'Khánh Hòa và Phú Yên có mưa rất to', ['Khánh Hòa', 'Phú Yên']],
    ['a province after a preposition opening the sentence', 'Từ Hà Nội, đoàn đi Lào Cai.', ['Hà Nội', 'Lào Cai']],
    ['a highland village', 'Bà H\'Hen Niê ở buôn Ea Bar nuôi bò', ['buôn Ea Bar']],
    ['a district inside a product name', 'gà đồi Yên Thế và vải Bắc Giang', ['Yên Thế', 'Bắc Giang']],
  ])('%s', (_name, input, expected) => {
    expect(found(input, 'location')).toEqual(expected);
  });

  it('maps the span of a place with damaged words back to the input', () => {
    const input = 'ở huyeän Ñònh Quaùn, tỉnh';
    const [e] = entities(input, 'location');
    expect(e?.text).toBe('huyeän Ñònh Quaùn');
    expect(e?.value).toMatchObject({ level: 'district', name: 'Định Quán' });
  });
});
