import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

describe('urls, e-mails and phones', () => {
  it.each([
    ['Xem tại https://sonongnghiep.binhdinh.gov.vn/thong-bao/danh-sach.', 'url', 'https://sonongnghiep.binhdinh.gov.vn/thong-bao/danh-sach'],
    ['Mẫu phiếu tải tại tuyphuoc.binhdinh.gov.vn.', 'url', 'tuyphuoc.binhdinh.gov.vn'],
    ['Gửi về Hoinongdan@HauGiang.gov.vn.', 'email', 'hoinongdan@haugiang.gov.vn'],
    ['Số điện thoại 0293.3876.512.', 'phone', '02933876512'],
    ['Tổng đài +84 236 3822 456.', 'phone', '+842363822456'],
    ['Đặt mua qua số 0255 3868 247.', 'phone', '02553868247'],
  ] as const)('%s', (text, type, value) => {
    const got = found(text, type);
    expect(got.length).toBe(1);
    expect(got[0]![1]).toBe(value);
    expect(text.endsWith(`${got[0]![0]}.`)).toBe(true);
  });
});
