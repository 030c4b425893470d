import { describe, expect, it } from 'vitest';
import { found } from '../../entities.fixture.js';

const vnd = (amount: number) => ({ amount, currency: 'VND' });

describe('money', () => {
  it.each([
    ['Mỗi suất quà trị giá 300.000đ.', '300.000đ', vnd(300000)],
    ['Giá bán 50.000 đ một hộp.', '50.000 đ', vnd(50000)],
    ['Nước mắm giá 120.000đ/chai.', '120.000đ', vnd(120000)],
    ['Tổng vốn 156 tỷ đồng.', '156 tỷ đồng', vnd(156e9)],
    ['Lợi nhuận khoảng 4,6 tỷ đồng.', '4,6 tỷ đồng', vnd(4.6e9)],
    ['Kinh phí 48 tỷ VNĐ.', '48 tỷ VNĐ', vnd(48e9)],
    ['Kinh phí 1.500.000 VND.', '1.500.000 VND', vnd(1500000)],
    ['Hỗ trợ 1 tỷ 200 triệu đồng.', '1 tỷ 200 triệu đồng', vnd(1200000000)],
    ['Thu 1 triệu 500 nghìn đồng.', '1 triệu 500 nghìn đồng', vnd(1500000)],
    ['Giá 30 nghìn đồng một ký.', '30 nghìn đồng', vnd(30000)],
    ['Giá 45 ngàn đồng một ký.', '45 ngàn đồng', vnd(45000)],
    ['Nợ công hơn 2 nghìn tỷ đồng.', '2 nghìn tỷ đồng', vnd(2e12)],
    ['Một tỉ đồng là 1 tỉ đồng.', '1 tỉ đồng', vnd(1e9)],
    ['Kim ngạch đạt 1,1 tỷ USD.', '1,1 tỷ USD', { amount: 1.1e9, currency: 'USD' }],
    ['Giá 6.200 USD/tấn.', '6.200 USD', { amount: 6200, currency: 'USD' }],
    ['Giá 7.500 euro/tấn.', '7.500 euro', { amount: 7500, currency: 'EUR' }],
    ['Vé 500 đô la Mỹ.', '500 đô la Mỹ', { amount: 500, currency: 'USD' }],
    ['Vé giá $300.', '$300', { amount: 300, currency: 'USD' }],
    ['Lương 300.000 yên một tháng.', '300.000 yên', { amount: 300000, currency: 'JPY' }],
    ['Thu nhập 3,8-5,5 triệu đồng/người/tháng.', '3,8-5,5 triệu đồng', { min: 3.8e6, max: 5.5e6, currency: 'VND' }],
    ['Thu nhập 4,2-6 triệu đồng.', '4,2-6 triệu đồng', { min: 4.2e6, max: 6e6, currency: 'VND' }],
    ['Giá 95.000-105.000 đồng/kg.', '95.000-105.000 đồng', { min: 95000, max: 105000, currency: 'VND' }],
    ['Giá 200.000 - 300.000 đồng.', '200.000 - 300.000 đồng', { min: 200000, max: 300000, currency: 'VND' }],
    ['Số dư 1.250.000,50 đồng.', '1.250.000,50 đồng', vnd(1250000.5)],
  ])('%s → %s', (text, want, value) => {
    expect(found(text, 'money')).toEqual([[want, value]]);
  });

  it.each([
    ['Giá lúa 7.500 ñoàng/kg.', '7.500 ñoàng'],
    ['Nước mắm 120.000ñ/chai.', '120.000ñ'],
    ['Giá 50 ®ång/kg.', '50 ®ång'],
    ['Giá 300 Ä‘á»“ng/kg.', '300 Ä‘á»“ng'],
  ])('reads a currency word left damaged after an amount: %s', (text, want) => {
    expect(found(text, 'money').map(([t]) => t)).toEqual([want]);
  });

  it('writes `từ 12.000 đồng đến 18.000 đồng` as two amounts', () => {
    expect(found('Giá từ 12.000 đồng đến 18.000 đồng.', 'money')).toEqual([
      ['12.000 đồng', vnd(12000)],
      ['18.000 đồng', vnd(18000)],
    ]);
  });
});
