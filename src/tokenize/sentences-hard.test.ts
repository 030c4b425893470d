// Paragraphs where news is hard to split: initials, addresses, units, quotes, titles, bylines
// and headings. Each case gives a whole paragraph and its exact split. Written for this test
// (no corpus text); the people and addresses are made up.
import { describe, expect, it } from 'vitest';
import { segment } from '../segment/index.js';
import { sentences } from './index.js';

const split = (input: string): string[] => sentences(input).map((s) => s.text);

const CASES: readonly (readonly [topic: string, paragraph: string, expected: readonly string[]])[] = [
  // Initials of people
  ['initials before a given initial', 'Chị N.T. T. (SN 1984) trú tại xã Tân Hòa bị bắt. Công an đang điều tra.', ['Chị N.T. T. (SN 1984) trú tại xã Tân Hòa bị bắt.', 'Công an đang điều tra.']],
  ['a foreign middle initial', 'Tổng thống Donald J. Trump đã đến Hà Nội. Ông ở lại hai ngày.', ['Tổng thống Donald J. Trump đã đến Hà Nội.', 'Ông ở lại hai ngày.']],
  ['a foreign middle initial glued to the surname', 'Ông Donald J.Trump phát biểu tại hội nghị. Sau đó ông rời đi.', ['Ông Donald J.Trump phát biểu tại hội nghị.', 'Sau đó ông rời đi.']],
  ['initials of a foreign writer', 'Bộ truyện của J.K. Rowling bán rất chạy. Bản tiếng Việt ra năm 2000.', ['Bộ truyện của J.K. Rowling bán rất chạy.', 'Bản tiếng Việt ra năm 2000.']],
  ['a president with a middle initial', 'Cựu tổng thống George W. Bush thăm Việt Nam năm 2006. Ông dự hội nghị APEC.', ['Cựu tổng thống George W. Bush thăm Việt Nam năm 2006.', 'Ông dự hội nghị APEC.']],
  ['a name that ends in an initial ends the sentence', 'Người bị thương là ông Trần Văn T. Ông được đưa đi cấp cứu.', ['Người bị thương là ông Trần Văn T.', 'Ông được đưa đi cấp cứu.']],
  ['a pronoun and an initial end the sentence', 'Hàng xóm gọi cho anh H. Anh chạy về ngay.', ['Hàng xóm gọi cho anh H.', 'Anh chạy về ngay.']],
  ['initials before an age in brackets', 'Bệnh nhân L.V.Đ. (45 tuổi, ngụ Long An) đã xuất viện. Gia đình cảm ơn bác sĩ.', ['Bệnh nhân L.V.Đ. (45 tuổi, ngụ Long An) đã xuất viện.', 'Gia đình cảm ơn bác sĩ.']],
  ['initials before a lower-case verb', 'Bà P.T.M. cho biết đã nộp đơn. Cơ quan chức năng đang xác minh.', ['Bà P.T.M. cho biết đã nộp đơn.', 'Cơ quan chức năng đang xác minh.']],
  ['an initial before a comma', 'Nghi phạm Nguyễn Văn K., 32 tuổi, đã ra đầu thú. Vụ việc đang được điều tra.', ['Nghi phạm Nguyễn Văn K., 32 tuổi, đã ra đầu thú.', 'Vụ việc đang được điều tra.']],
  ['an initial before an address in brackets', 'Chị Nguyễn Thị H. (ngụ P. Tân Định, Q.1) cho biết như vậy. Hết.', ['Chị Nguyễn Thị H. (ngụ P. Tân Định, Q.1) cho biết như vậy.', 'Hết.']],
  ['an initial before a foreign surname', 'Tổng thống V. Putin hội đàm với ông Tập Cận Bình. Hai bên ký kết.', ['Tổng thống V. Putin hội đàm với ông Tập Cận Bình.', 'Hai bên ký kết.']],
  ['an initial before a comma after a degree', 'Theo ThS. Trần B., giá sẽ tăng. Hết.', ['Theo ThS. Trần B., giá sẽ tăng.', 'Hết.']],
  // Titles and degrees
  ['degrees before a name', 'Theo PGS.TS. Lê Minh Khoa, bệnh có thể phòng được. ThS.BS. Đỗ Thu Hằng đồng ý.', ['Theo PGS.TS. Lê Minh Khoa, bệnh có thể phòng được.', 'ThS.BS. Đỗ Thu Hằng đồng ý.']],
  ['a spaced chain of degrees', 'GS. TS. Phan Quốc Bảo chủ trì hội thảo. Hội thảo kéo dài hai ngày.', ['GS. TS. Phan Quốc Bảo chủ trì hội thảo.', 'Hội thảo kéo dài hai ngày.']],
  ['a title before a foreign name', 'Mr. Smith đến Đà Nẵng hôm qua. Ông sẽ ở đây một tuần.', ['Mr. Smith đến Đà Nẵng hôm qua.', 'Ông sẽ ở đây một tuần.']],
  // Addresses
  ['address abbreviations glued to names', 'Cửa hàng ở số 12 Lê Lợi, P.Bến Nghé, Q.1, TP.HCM. Cửa hàng mở cửa từ 8 giờ.', ['Cửa hàng ở số 12 Lê Lợi, P.Bến Nghé, Q.1, TP.HCM.', 'Cửa hàng mở cửa từ 8 giờ.']],
  ['a district glued to its name', 'Anh sống ở Q.Bình Thạnh từ năm 2010. Trước đó anh ở quê.', ['Anh sống ở Q.Bình Thạnh từ năm 2010.', 'Trước đó anh ở quê.']],
  ['a rural district glued to its name', 'Vụ cháy xảy ra tại H.Hóc Môn tối qua. Không có thương vong.', ['Vụ cháy xảy ra tại H.Hóc Môn tối qua.', 'Không có thương vong.']],
  ['a district after a space', 'Nhà chị ở Q. Tân Phú, gần chợ. Chị bán rau mỗi sáng.', ['Nhà chị ở Q. Tân Phú, gần chợ.', 'Chị bán rau mỗi sáng.']],
  ['a district after a conjunction', 'Mưa lớn gây ngập ở Q. Bình Tân và H. Bình Chánh. Nhiều xe chết máy.', ['Mưa lớn gây ngập ở Q. Bình Tân và H. Bình Chánh.', 'Nhiều xe chết máy.']],
  ['a full address with commune, district and province', 'Ông sinh ra ở X. Tân Thạnh, H. Cần Giuộc, T. Long An. Ông lên thành phố năm 18 tuổi.', ['Ông sinh ra ở X. Tân Thạnh, H. Cần Giuộc, T. Long An.', 'Ông lên thành phố năm 18 tuổi.']],
  ['a ward number', 'Trụ sở đặt tại P.5, Q.3. Điện thoại luôn mở.', ['Trụ sở đặt tại P.5, Q.3.', 'Điện thoại luôn mở.']],
  ['a city abbreviation before its name', 'Đoàn công tác đến TP. Thủ Đức và TX. Sơn Tây trong tuần. Lịch trình đã được công bố.', ['Đoàn công tác đến TP. Thủ Đức và TX. Sơn Tây trong tuần.', 'Lịch trình đã được công bố.']],
  ['a company address in brackets', 'Cty TNHH ABC (Q. Tân Bình, TP.HCM) bị phạt 50 triệu đồng. Đại diện Cty nói.', ['Cty TNHH ABC (Q. Tân Bình, TP.HCM) bị phạt 50 triệu đồng.', 'Đại diện Cty nói.']],
  ['an address in brackets', 'Chợ Bến Thành (Q. 1) đông khách. Giá cả ổn định.', ['Chợ Bến Thành (Q. 1) đông khách.', 'Giá cả ổn định.']],
  // Units ending a sentence
  ['metres end a sentence', 'Cây cao 2,5 m. Thân cây rất to.', ['Cây cao 2,5 m.', 'Thân cây rất to.']],
  ['a speed ends a sentence', 'Xe chạy với tốc độ 40 km/giờ. Tài xế không uống rượu.', ['Xe chạy với tốc độ 40 km/giờ.', 'Tài xế không uống rượu.']],
  ['a speed with a slash unit ends a sentence', 'Gió mạnh tới 20 m/s. Tàu thuyền không được ra khơi.', ['Gió mạnh tới 20 m/s.', 'Tàu thuyền không được ra khơi.']],
  ['kilograms end a sentence', 'Con cá nặng 12 kg. Ngư dân bán được giá cao.', ['Con cá nặng 12 kg.', 'Ngư dân bán được giá cao.']],
  ['a money unit ends a sentence', 'Mỗi vé giá 50.000 đ. Trẻ em được miễn phí.', ['Mỗi vé giá 50.000 đ.', 'Trẻ em được miễn phí.']],
  ['degrees Celsius end a sentence', 'Nhiệt độ cao nhất là 38 độ C. Người dân hạn chế ra đường.', ['Nhiệt độ cao nhất là 38 độ C.', 'Người dân hạn chế ra đường.']],
  ['a percentage ends a sentence', 'Lãi suất giảm 0,5%. Doanh nghiệp vui mừng.', ['Lãi suất giảm 0,5%.', 'Doanh nghiệp vui mừng.']],
  ['a range of units', 'Cá dài 1,2m-1,5m. Thịt cá rất ngon.', ['Cá dài 1,2m-1,5m.', 'Thịt cá rất ngon.']],
  // Quotes
  ['a quote closed after its stop', 'Ông nói: "Chúng tôi sẽ làm ngay." Cuộc họp kết thúc sau đó.', ['Ông nói: "Chúng tôi sẽ làm ngay."', 'Cuộc họp kết thúc sau đó.']],
  ['a curly quote closed before the stop', 'Bà khẳng định: “Không có chuyện đó”. Phóng viên hỏi tiếp.', ['Bà khẳng định: “Không có chuyện đó”.', 'Phóng viên hỏi tiếp.']],
  ['a question in quotes with an attribution', '“Anh đi đâu?”, chị hỏi. Anh không trả lời.', ['“Anh đi đâu?”, chị hỏi.', 'Anh không trả lời.']],
  ['an exclamation in quotes before a lower-case verb', '"Cháy rồi!" người dân hô lớn. Lính cứu hỏa có mặt sau 10 phút.', ['"Cháy rồi!" người dân hô lớn.', 'Lính cứu hỏa có mặt sau 10 phút.']],
  ['a quote closed before the stop', 'Ông nói: "Tôi sẽ đi". Sau đó ông đi.', ['Ông nói: "Tôi sẽ đi".', 'Sau đó ông đi.']],
  ['a question in quotes before a lower-case word', 'Bà hỏi: "Có chuyện gì?" rồi bỏ đi. Hết.', ['Bà hỏi: "Có chuyện gì?" rồi bỏ đi.', 'Hết.']],
  ['single quotes', "Anh nói: 'Được thôi.' Rồi anh về.", ["Anh nói: 'Được thôi.'", 'Rồi anh về.']],
  ['dialogue dashes', '– Anh đi đâu? – Tôi về quê.', ['– Anh đi đâu?', '– Tôi về quê.']],
  ['two quoted sentences', 'Anh kể: “Tôi sợ lắm. Nước lên nhanh quá.” Cả xóm phải sơ tán.', ['Anh kể: “Tôi sợ lắm.', 'Nước lên nhanh quá.”', 'Cả xóm phải sơ tán.']],
  // Abbreviations that do and do not end
  ['etc. before a capital ends', 'Chợ bán cam, quýt, bưởi v.v. Giá đều tăng.', ['Chợ bán cam, quýt, bưởi v.v.', 'Giá đều tăng.']],
  ['etc. with an ellipsis ends', 'Chợ bán cam, quýt, bưởi v.v... Giá đều tăng.', ['Chợ bán cam, quýt, bưởi v.v...', 'Giá đều tăng.']],
  ['a company suffix ends', 'Anh làm cho Samsung Electronics Co. Ltd. Công ty có trụ sở ở Bắc Ninh.', ['Anh làm cho Samsung Electronics Co. Ltd.', 'Công ty có trụ sở ở Bắc Ninh.']],
  ['numbers with dots do not end', 'Dân số đạt 100.300.000 người vào ngày 1.4.2024. Tốc độ tăng chậm lại.', ['Dân số đạt 100.300.000 người vào ngày 1.4.2024.', 'Tốc độ tăng chậm lại.']],
  ['a missing space after a stop', 'Giá xăng tăng mạnh.Người dân lo lắng.', ['Giá xăng tăng mạnh.', 'Người dân lo lắng.']],
  // Titles, bylines and headings
  ['a title line over a paragraph', 'Giá vàng tăng mạnh sau khi ngân hàng trung ương công bố giữ nguyên lãi suất\nSáng nay, giá vàng miếng trong nước tăng thêm 500.000 đồng mỗi lượng so với phiên giao dịch hôm qua, đạt mức cao nhất trong vòng ba tháng. Người mua xếp hàng dài.', ['Giá vàng tăng mạnh sau khi ngân hàng trung ương công bố giữ nguyên lãi suất', 'Sáng nay, giá vàng miếng trong nước tăng thêm 500.000 đồng mỗi lượng so với phiên giao dịch hôm qua, đạt mức cao nhất trong vòng ba tháng.', 'Người mua xếp hàng dài.']],
  ['a short title and a byline', 'Mưa lớn ở miền Trung\nMinh Anh - Thu Hà\nMưa kéo dài ba ngày. Nhiều nơi bị ngập.', ['Mưa lớn ở miền Trung', 'Minh Anh - Thu Hà', 'Mưa kéo dài ba ngày.', 'Nhiều nơi bị ngập.']],
  ['a byline and a source at the end', 'Mưa kéo dài ba ngày.\nHoàng Nam\nTheo Tuổi Trẻ', ['Mưa kéo dài ba ngày.', 'Hoàng Nam', 'Theo Tuổi Trẻ']],
  ['a caption line', 'Người dân dọn dẹp sau lũ. Ảnh: Ngọc Lan\nChính quyền hỗ trợ mỗi hộ 5 triệu đồng.', ['Người dân dọn dẹp sau lũ.', 'Ảnh: Ngọc Lan', 'Chính quyền hỗ trợ mỗi hộ 5 triệu đồng.']],
  ['an all-capitals headline', 'TRIỂN LÃM ẢNH VỀ BIỂN ĐẢO QUÊ HƯƠNG\nTriển lãm mở cửa đến hết tháng 9.', ['TRIỂN LÃM ẢNH VỀ BIỂN ĐẢO QUÊ HƯƠNG', 'Triển lãm mở cửa đến hết tháng 9.']],
  ['a question headline', 'Vì sao giá rau tăng?\nGiá rau tăng do mưa bão kéo dài.', ['Vì sao giá rau tăng?', 'Giá rau tăng do mưa bão kéo dài.']],
  ['a source in brackets after a stop', 'Lễ hội kéo dài ba ngày. (Theo TTXVN)', ['Lễ hội kéo dài ba ngày.', '(Theo TTXVN)']],
];

describe('sentences in hard news paragraphs', () => {
  it.each(CASES)('%s', (_topic, paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });

  it.each(CASES)('segment makes no word across a sentence boundary: %s', (_topic, paragraph) => {
    const ends = new Set(sentences(paragraph).map((s) => s.end));
    const starts = new Set(sentences(paragraph).map((s) => s.start));
    for (const w of segment(paragraph)) {
      for (const e of ends) expect(e <= w.start || e >= w.end).toBe(true);
      for (const s of starts) expect(s <= w.start || s >= w.end).toBe(true);
    }
  });
});
