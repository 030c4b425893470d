import { describe, expect, it } from 'vitest';
import { AlignmentBuilder } from '../core/alignment.js';
import { VntextOptionError } from '../core/errors.js';
import { sentences } from './index.js';

const texts = (input: string, options?: Parameters<typeof sentences>[1]): string[] => sentences(input, options).map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['splits at full stops', 'Trời mưa. Đường ngập.', ['Trời mưa.', 'Đường ngập.']],
    ['splits at ! and ?', 'Thật sao? Thật! Vâng.', ['Thật sao?', 'Thật!', 'Vâng.']],
    ['keeps ?! together', 'Thật sao?! Ừ.', ['Thật sao?!', 'Ừ.']],
    ['does not split after TP.', 'Ông về TP. Hồ Chí Minh hôm qua.', ['Ông về TP. Hồ Chí Minh hôm qua.']],
    ['does not split after titles', 'Theo PGS.TS. Nguyễn Văn An và Th.S Lê Hoa, giá tăng.', ['Theo PGS.TS. Nguyễn Văn An và Th.S Lê Hoa, giá tăng.']],
    ['does not split inside numbers and dates', 'Giá 2.270 đồng, tăng 3,5% từ 23.10.2023 đến nay.', ['Giá 2.270 đồng, tăng 3,5% từ 23.10.2023 đến nay.']],
    ['does not split inside URLs and e-mail', 'Xem baolangson.vn hoặc gửi a.b@x.vn nhé.', ['Xem baolangson.vn hoặc gửi a.b@x.vn nhé.']],
    ['ends a sentence after a name that ends in an initial', 'Gặp ông Nguyễn Văn A. Sau đó ông về.', ['Gặp ông Nguyễn Văn A.', 'Sau đó ông về.']],
    ['ends a sentence after a pronoun and an initial', 'Tôi gặp chị H. Chị kể lại.', ['Tôi gặp chị H.', 'Chị kể lại.']],
    ['does not split after an abbreviated place in brackets', 'Ông B. (Q. Tân Bình) nói.', ['Ông B. (Q. Tân Bình) nói.']],
    ['does not split after an abbreviated place after a comma', 'Nhà ở số 5, P. Đông Hưng Thuận, Q. 12.', ['Nhà ở số 5, P. Đông Hưng Thuận, Q. 12.']],
    ['keeps initials of a foreign name together', 'Nhà văn J. K. Rowling đến Hà Nội.', ['Nhà văn J. K. Rowling đến Hà Nội.']],
    ['goes on after an initial before a bracket', 'Chị H. (45 tuổi) kể lại.', ['Chị H. (45 tuổi) kể lại.']],
    ['keeps a closing quote with its sentence', 'Anh nói: "Tôi đi." Rồi anh về.', ['Anh nói: "Tôi đi."', 'Rồi anh về.']],
    ['keeps curly quotes with their sentence', 'Anh nói: “Tôi đi.” Rồi anh về.', ['Anh nói: “Tôi đi.”', 'Rồi anh về.']],
    ['does not split before a lower-case attribution', '"Đi đâu?" anh hỏi. "Về nhà!" - tôi đáp.', ['"Đi đâu?" anh hỏi.', '"Về nhà!" - tôi đáp.']],
    ['splits after an ellipsis before a capital', 'Chờ mãi... Rồi anh đến.', ['Chờ mãi...', 'Rồi anh đến.']],
    ['does not split after an ellipsis before lower case', 'Anh ấy… không đến.', ['Anh ấy… không đến.']],
    ['splits after v.v. before a capital only', 'Có cam, quýt v.v. Sau đó ăn. Có cam v.v. và táo.', ['Có cam, quýt v.v.', 'Sau đó ăn.', 'Có cam v.v. và táo.']],
    ['keeps emoji with the sentence they follow', 'Vui quá! 😂 Mai gặp.', ['Vui quá! 😂', 'Mai gặp.']],
    ['splits before an opening bracket', 'Hết. (Theo VnExpress)', ['Hết.', '(Theo VnExpress)']],
    ['splits a missing space between sentences', 'Giá tăng.Sau đó giảm.', ['Giá tăng.', 'Sau đó giảm.']],
    ['always splits at a blank line', 'Tiêu đề\n\nnội dung ở đây', ['Tiêu đề', 'nội dung ở đây']],
    ['treats headings without punctuation as sentences', 'NGHỊ QUYẾT\nVề việc sắp xếp\nĐiều 1. Phạm vi điều chỉnh', ['NGHỊ QUYẾT', 'Về việc sắp xếp', 'Điều 1. Phạm vi điều chỉnh']],
    ['starts a sentence at each list item', 'Gồm:\n- gạo\n- muối\n1. Một\n2. Hai\na) ba\nb) bốn', ['Gồm:', '- gạo', '- muối', '1. Một', '2. Hai', 'a) ba', 'b) bốn']],
    ['starts a sentence at each inline bullet', '• Một • Hai', ['• Một', '• Hai']],
    ['joins a line that continues in lower case', 'Của UBND\ntỉnh Lạng Sơn.', ['Của UBND\ntỉnh Lạng Sơn.']],
    [
      'joins hard-wrapped lines, also before a name or a number',
      'Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Quang\nHúc, Lam Sơn và Vạn Xuân thành xã mới có tên gọi theo Đề án số\n387/ĐA-CP. Hết.',
      ['Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Quang\nHúc, Lam Sơn và Vạn Xuân thành xã mới có tên gọi theo Đề án số\n387/ĐA-CP.', 'Hết.'],
    ],
    [
      'keeps a long all-caps title line apart from the next line',
      'NGHỊ QUYẾT VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH PHÚ THỌ\nỦy ban Thường vụ Quốc hội',
      ['NGHỊ QUYẾT VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH PHÚ THỌ', 'Ủy ban Thường vụ Quốc hội'],
    ],
    ['keeps a list marker with its item across a line break', '1.\nNội dung một.\n2.\nNội dung hai.', ['1.\nNội dung một.', '2.\nNội dung hai.']],
    ['reads a Markdown-escaped list number', '46\\. Sắp xếp xã A và xã B.\n47\\. Sắp xếp xã C.', ['46\\. Sắp xếp xã A và xã B.', '47\\. Sắp xếp xã C.']],
    ['handles CRLF line breaks', 'Dòng một\r\nDòng hai\r\n\r\ndòng ba', ['Dòng một', 'Dòng hai', 'dòng ba']],
    ['trims surrounding white space', '  \n Xin chào.  \n\n ', ['Xin chào.']],
    ['returns nothing for white space', ' \n\t ', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('reports offsets that slice to the sentence', () => {
    const input = '  Trời mưa.\n\nĐường ngập! ';
    for (const s of sentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['auto', ['Một dòng', 'Hai dòng', 'ba dòng', 'Bốn.']],
    ['always', ['Một dòng', 'Hai dòng', 'ba dòng', 'Bốn.']],
    ['paragraph', ['Một dòng\nHai dòng', 'ba dòng\nBốn.']],
  ] as const)('reads line breaks in %s mode', (mode, expected) => {
    const input = 'Một dòng\nHai dòng\n\nba dòng\nBốn.';
    if (mode === 'always') expect(texts('a\nb', { lineBreaks: mode })).toEqual(['a', 'b']);
    expect(texts(input, { lineBreaks: mode })).toEqual(expected);
  });

  it('rejects bad options', () => {
    expect(() => sentences('a', { lineBreaks: 'never' as never })).toThrow(VntextOptionError);
    expect(() => sentences('a', { lines: 'auto' } as never)).toThrow(VntextOptionError);
  });

  it('maps sentences of aligned text back to the original string', () => {
    const original = 'Xin  chào. Hoà Bình.';
    const clean = 'Xin chào. Hòa Bình.';
    const b = new AlignmentBuilder();
    b.edit(3, 5, 1);
    b.edit(12, 14, 2);
    const result = sentences({ text: clean, alignment: b.finish(original.length) });
    expect(result.map((s) => [s.text, original.slice(s.start, s.end)])).toEqual([
      ['Xin chào.', 'Xin  chào.'],
      ['Hòa Bình.', 'Hoà Bình.'],
    ]);
  });
});
