import { describe, expect, it } from 'vitest';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { normalizeAligned } from '../normalize/index.js';
import { prepare } from '../pipeline/prepare.js';
import { tokenize } from '../tokenize/index.js';
import { TableReader, tokenTableOf } from '../tokenize/token-table.js';
import { countWords, createSegmenter, segment, segmentJoined } from './index.js';

const words = (text: string): string[] => segment(text).map((w) => w.text);

describe('segment', () => {
  it.each([
    ['Hợp tác xã nông nghiệp Tân Phú.', ['Hợp tác xã', 'nông nghiệp', 'Tân Phú', '.']],
    ['Đường Lê Hồng Phong', ['Đường', 'Lê Hồng Phong']],
    ['Tôi nhớ lời anh chủ tịch xã Bùi Văn Luyến.', ['Tôi', 'nhớ', 'lời', 'anh', 'chủ tịch', 'xã', 'Bùi Văn Luyến', '.']],
    ['Sinh viên đại học Bách khoa Hà Nội', ['Sinh viên', 'đại học', 'Bách khoa', 'Hà Nội']],
    ['Việt Nam là một quốc gia', ['Việt Nam', 'là', 'một', 'quốc gia']],
  ])('joins the words of %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['nhà máy thuỷ điện', 'nhà máy thủy điện'],
    ['hoà bình', 'hòa bình'],
    ['sức khoẻ', 'sức khỏe'],
  ])('segments %j (modern tone marks) like %j (classic)', (modern, classic) => {
    expect(words(modern).map((w) => w.length)).toEqual(words(classic).map((w) => w.length));
    expect(words(modern).length).toBeLessThan(modern.split(' ').length);
  });

  it('segments a line in capitals as it segments the same line in lower case', () => {
    const lower = 'hợp tác xã nông nghiệp tân phú';
    expect(words(lower.toUpperCase()).map((w) => w.length)).toEqual(words(lower).map((w) => w.length));
  });

  it.each([
    ['Giá 2.270 đồng', '2.270', 'number'],
    ['Ngày 23/10/2023 họp', '23/10/2023', 'date'],
    ['Xem https://example.vn/tin ngay', 'https://example.vn/tin', 'url'],
    ['Gửi về a.b@example.vn nhé', 'a.b@example.vn', 'email'],
    ['Họp lúc 16:20 chiều', '16:20', 'time'],
  ])('keeps %j whole as a word of its own kind', (text, token, kind) => {
    expect(segment(text).find((w) => w.text === token)).toMatchObject({ text: token, kind });
  });

  it.each([
    ['thu nhập 3,8-5,5 triệu đồng', '3,8-5,5'],
    ['độ tuổi 20–25 chiếm đa số', '20–25'],
    ['giá 1.500-2.000 đồng', '1.500-2.000'],
  ])('keeps the range in %j as one number, as the treebank does', (text, range) => {
    expect(segment(text).find((w) => w.text === range)).toMatchObject({ kind: 'number' });
  });

  it.each([
    ['xe 43H-016 chạy', '43H-016'],
    ['ngày 20-Dec họp', '20-Dec'],
  ])('keeps the code or date in %j whole, as it keeps F-16', (text, code) => {
    expect(words(text)).toContain(code);
  });

  it('does not glue a number to the Vietnamese word after a dash (1-Giới thiệu)', () => {
    expect(words('1-Giới thiệu chung')).toContain('Giới thiệu');
  });

  it.each([
    ['Phát biểu, ông Hoàng Văn Minh cho biết', 'Hoàng Văn Minh'],
    ['Hôm qua anh Hùng nói', 'Hùng'],
  ])('keeps a title apart from the name after it in %j (no common word starts lower and goes on capitalized)', (text, name) => {
    expect(words(text)).toContain(name);
  });

  it('leaves a range written with spaces around the dash as three words', () => {
    expect(words('từ 20 - 25 người')).toEqual(expect.arrayContaining(['20', '-', '25']));
  });

  it('keeps an initial with its period (ông H. cúi xuống)', () => {
    expect(words('ông H. cúi xuống')).toContain('H.');
    expect(words('Người đó là Nguyễn Văn A. Sau đó')).toContain('.');
  });

  it('reads the treebank bracket escapes LBKT and RBKT as brackets, never as part of a name', () => {
    expect(words('chị Hồng Lê LBKT vợ anh RBKT bị')).toEqual(expect.arrayContaining(['Hồng Lê', 'LBKT', 'RBKT']));
    expect(words('ông H. LBKT xin giấu tên RBKT nói')).toContain('H.');
    expect(segment('xã Phù Long RBKT có').find((w) => w.text === 'RBKT')).toMatchObject({ text: 'RBKT' });
  });

  it('gives multi-syllable words the kind word and their text with the inner spaces', () => {
    expect(segment('hợp  tác xã')[0]).toEqual({ text: 'hợp  tác xã', start: 0, end: 11, kind: 'word' });
  });

  it('does not join across a line break or punctuation', () => {
    expect(words('nông nghiệp')).toEqual(['nông nghiệp']);
    expect(words('nông\nnghiệp')).toEqual(['nông', 'nghiệp']);
    expect(words('nông, nghiệp')).toEqual(['nông', ',', 'nghiệp']);
  });

  it('returns nothing for empty or blank input', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t ')).toEqual([]);
  });

  it('reports offsets into the original string for { text, alignment } input', () => {
    const original = 'Ho\u031B\u0323p ta\u0301c xa\u0303 no\u0302ng nghie\u0302\u0323p'; // NFD
    const prepared = normalizeAligned(original);
    const result = segment(prepared);
    expect(result.map((w) => w.text)).toEqual(['Hợp tác xã', 'nông nghiệp']);
    expect(result.map((w) => original.slice(w.start, w.end).normalize('NFC'))).toEqual(['Hợp tác xã', 'nông nghiệp']);
  });

  it('throws VntextInputError for input that is not text', () => {
    expect(() => segment(42 as never)).toThrow(VntextInputError);
    expect(() => segment({ text: 'x' } as never)).toThrow(VntextInputError);
  });

  it.each([
    [{ dictionary: 'Muay Thái' }, 'dictionary'],
    [{ dictionary: [1] }, 'dictionary'],
    [{ dictonary: [] }, 'dictonary'],
    ['x', 'options'],
  ])('throws VntextOptionError for options %j', (options, option) => {
    expect(() => createSegmenter(options as never)).toThrow(VntextOptionError);
    try {
      segment('a', options as never);
    } catch (e) {
      expect((e as VntextOptionError).option).toBe(option);
    }
  });
});

describe('segmentJoined', () => {
  it.each([
    ['Hợp tác xã nông nghiệp.', 'Hợp_tác_xã nông_nghiệp .'],
    ['  Lê Hồng Phong,\n Hà Nội  ', 'Lê_Hồng_Phong , Hà_Nội'],
    ['', ''],
  ])('writes %j as %j', (text, expected) => {
    expect(segmentJoined(text)).toBe(expected);
  });
});

describe('countWords', () => {
  it('counts what segment returns', () => {
    const text = 'Hợp tác xã nông nghiệp Tân Phú có 2.270 thành viên.';
    expect(countWords(text)).toBe(segment(text).length);
  });
});

describe('createSegmenter', () => {
  const text = 'Uống cà phê sữa đá xem Muay Thái';

  it('makes the dictionary words into words, whatever their case, tone style or separator', () => {
    const seg = createSegmenter({ dictionary: ['muay_thái', 'CÀ PHÊ SỮA ĐÁ'] });
    expect(seg.segmentJoined(text)).toBe('Uống cà_phê_sữa_đá xem Muay_Thái');
    expect(seg.segment(text).map((w) => w.text)).toContain('cà phê sữa đá');
    expect(seg.countWords(text)).toBe(4);
  });

  it('leaves the default segmenter and other segmenters unchanged', () => {
    const before = segmentJoined(text);
    const a = createSegmenter({ dictionary: ['cà phê sữa đá'] });
    const b = createSegmenter({ dictionary: ['sữa đá xem'] });
    expect(a.segmentJoined(text)).toContain('cà_phê_sữa_đá');
    expect(b.segmentJoined(text)).toContain('sữa_đá_xem');
    expect(a.segmentJoined(text)).not.toContain('sữa_đá_xem');
    expect(segmentJoined(text)).toBe(before);
  });

  it('accepts the dictionary as an option of segment too', () => {
    expect(segmentJoined(text, { dictionary: ['cà phê sữa đá'] })).toContain('cà_phê_sữa_đá');
  });

  it('ignores dictionary entries of one syllable or none', () => {
    expect(createSegmenter({ dictionary: ['', 'xã', '  '] }).segmentJoined('hợp tác xã')).toBe(segmentJoined('hợp tác xã'));
  });
});

describe('documented examples', () => {
  it('hold as written in the JSDoc', () => {
    expect(segment('2.270 đồng')[0]!.kind).toBe('number');
    expect(segment('Hợp tác xã Tân Phú').map((w) => w.text)).toEqual(['Hợp tác xã', 'Tân Phú']);
    expect(segment('Giá 2.270 đồng')[1]).toEqual({ text: '2.270', start: 4, end: 9, kind: 'number' });
    expect(segmentJoined('Hợp tác xã nông nghiệp.')).toBe('Hợp_tác_xã nông_nghiệp .');
    expect(countWords('Hợp tác xã nông nghiệp.')).toBe(3);
    expect(createSegmenter({ dictionary: ['Muay Thái'] }).segment('xem Muay Thái')).toHaveLength(2);
    const seg = createSegmenter({ dictionary: ['Muay Thái', 'cà phê sữa đá'] });
    expect(seg.segmentJoined('Uống cà phê sữa đá xem Muay Thái')).toBe('Uống cà_phê_sữa_đá xem Muay_Thái');
  });

  it('writes a word with spaces inside one token (a phone number) with underscores', () => {
    expect(segmentJoined('Gọi 0912 345 678 nhé')).toBe('Gọi 0912_345_678 nhé');
  });
});

describe('names in news', () => {
  const words = (input: string): string[] => segment(input).map((w) => w.text);
  it.each([
    ['foreign places in their Vietnamese names are whole', 'Đoàn đến Nhà Trắng rồi sang Bình Nhưỡng, Triều Tiên và Tây Ban Nha.', ['Nhà Trắng', 'Bình Nhưỡng', 'Triều Tiên', 'Tây Ban Nha']],
    ['a country before a foreign name stays apart', 'Tổng thống Mỹ Donald Trump phát biểu.', ['Mỹ', 'Donald Trump']],
    ['a country of two syllables before a name stays apart', 'Chủ tịch Triều Tiên Kim Jong-un đến.', ['Triều Tiên', 'Kim Jong-un']],
    ['an address initial keeps its period', 'Nhà ở Q. Hoàn Kiếm.', ['Q.', 'Hoàn Kiếm']],
  ])('%s', (_name, input, expected) => {
    const got = words(input);
    for (const w of expected) expect(got).toContain(w);
  });

  it('keeps a place that starts with a country name whole', () => {
    expect(words('Về Lào Cai và Mỹ Tho.')).toEqual(['Về', 'Lào Cai', 'và', 'Mỹ Tho', '.']);
  });

  it('does not split a given name that is also a country', () => {
    expect(words('Ông Nguyễn Anh Tuấn đến.')).toContain('Nguyễn Anh Tuấn');
  });
});

describe('the token table shared with tokenize', () => {
  const text = 'Ông Nguyễn Văn A. đến Q. Hoàn Kiếm lúc 20-25 giờ, rồi về TP.HCM. Hợp tác xã LBKT mới RBKT.';

  it('reads the table tokenize kept for the same text without changing it', () => {
    const alone = segment(text);
    tokenTableOf('another text', TableReader.Tokenize);
    const table = tokenTableOf(text, TableReader.Tokenize);
    const before = [Array.from(table.start.subarray(0, table.count)), Array.from(table.end.subarray(0, table.count)), Array.from(table.kind.subarray(0, table.count))];
    expect(segment(text)).toEqual(alone);
    expect([Array.from(table.start.subarray(0, table.count)), Array.from(table.end.subarray(0, table.count)), Array.from(table.kind.subarray(0, table.count))]).toEqual(before);
    // Still the table tokenize made, for the stages that have not read it yet.
    expect(tokenTableOf(text, TableReader.Sentences)).toBe(table);
  });

  it('gives the same words after tokenize as alone, for prepared input too', () => {
    const clean = prepare(`${text}\nÐồng hồ ﬁ thuỷ điện`);
    const alone = segment(clean);
    const tokens = tokenize(clean);
    expect(segment(clean)).toEqual(alone);
    expect(tokenize(clean)).toEqual(tokens);
  });
});
