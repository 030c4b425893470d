// Things that look like a date, phone, URL, e-mail or time and are not. Each case names the
// text, the token in it to look at, and the kind that token must have.
import { describe, expect, it } from 'vitest';
import { tokenize } from './index.js';

const kindOf = (input: string, token: string): string | undefined => tokenize(input).find((t) => t.text === token)?.kind;
const texts = (input: string): string[] => tokenize(input).map((t) => t.text);

describe('not dates', () => {
  it.each([
    ['a fraction with no date word before it', '1/2 số hộ', '1/2', 'number'],
    ['a ratio', 'phục vụ 24/7', '24/7', 'number'],
    ['a year on its own', 'Có 1975 người', '1975', 'number'],
    ['a decimal written with a dot', 'tỷ lệ 12.5', '12.5', 'number'],
    ['a day and month with dots and no year', 'mức 23.10', '23.10', 'number'],
    ['a version number', 'phiên bản 1.2.3', '1.2.3', 'number'],
    ['a version number with four parts', 'IP 192.168.1.1', '192.168.1.1', 'number'],
    ['a thousands group that looks like d.m.yyyy', 'có 1.250.000 đồng', '1.250.000', 'number'],
    ['a year range', 'giai đoạn 2021-2025', '2021', 'number'],
    ['a small range', 'từ 2-3 người', '2', 'number'],
    ['a day/month with no date word before it', 'khoảng 5-7 ngày', '5', 'number'],
  ])('%s', (_name, input, token, kind) => {
    expect(kindOf(input, token)).toBe(kind);
  });

  it.each([
    ['a day that does not exist', '31/2/2024', ['31', '/', '2', '/', '2024']],
    ['a month that does not exist', '12/13/2023', ['12', '/', '13', '/', '2023']],
    ['a day over 31', '45/12/2023', ['45', '/', '12', '/', '2023']],
    ['a document number with a year', '15/2023/NĐ-CP', ['15', '/', '2023', '/', 'NĐ-CP']],
    ['a document number with a valid month', '5/2023/NĐ-CP', ['5', '/', '2023', '/', 'NĐ-CP']],
    ['a slash chain of four parts', '1/2/3/4', ['1', '/', '2', '/', '3', '/', '4']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
    expect(tokenize(input).map((t) => t.kind)).not.toContain('date');
  });
});

describe('not times', () => {
  it.each([
    ['a map scale', 'tỷ lệ 1:50000', '1'],
    ['an hour over 24', 'mã 25:30', '25'],
    ['a score with one-digit minutes', 'thắng 3:2', '3'],
    ['h glued to a word', 'mã 4hz', '4'],
  ])('%s', (_name, input, token) => {
    expect(kindOf(input, token)).toBe('number');
  });
});

describe('not phones', () => {
  it.each([
    ['a zero-padded code', 'mã số 00070', '00070', 'number'],
    ['a decimal below one', 'tăng 0,5 lần', '0,5', 'number'],
    ['a date with a leading zero', 'ngày 09.10.2023', '09.10.2023', 'date'],
    ['a lone leading zero', 'số 0 912', '0', 'number'],
    ['a mobile number with a digit too many', 'gọi 0912 345 6789', '0912', 'number'],
    ['a mobile number with a digit too few', 'gọi 091234567', '091234567', 'number'],
    ['a number that starts with 1 but is no hotline', 'năm 1945 có', '1945', 'number'],
    ['a plus sign before a short number', 'tăng +5 điểm', '+5', 'number'],
  ])('%s', (_name, input, token, kind) => {
    expect(kindOf(input, token)).toBe(kind);
  });
});

describe('not URLs or e-mail addresses', () => {
  it.each([
    ['e.g.', 'Ví dụ e.g. cam', 'e.g.', 'abbreviation'],
    ['TP.HCM', 'về TP.HCM', 'TP.HCM', 'abbreviation'],
    ['a file name (one word since file names stay whole)', 'mở file.js ra', 'file.js', 'word'],
    ['a web page file', 'trang index.html', 'index.html', 'word'],
    ['a missing space after a full stop', 'hết.Sau đó', 'hết', 'word'],
    ['a missing space before a Vietnamese word', 'xem abc.vnđ', 'abc', 'word'],
    ['an @ with no domain', 'gửi a@b nhé', 'a', 'word'],
    ['an @ after a word, glued', 'giá 5@10', '5', 'number'],
  ])('%s', (_name, input, token, kind) => {
    expect(kindOf(input, token)).toBe(kind);
    expect(tokenize(input).map((t) => t.kind)).not.toContain('url');
    expect(tokenize(input).map((t) => t.kind)).not.toContain('email');
  });
});

describe('not abbreviations', () => {
  it.each([
    ['an all-caps Vietnamese syllable', 'THÀNH PHỐ HÀ NỘI', 'THÀNH'],
    ['a single capital', 'ông A nói', 'A'],
    ['a Capitalized word', 'Ông Ba', 'Ông'],
    ['a capital before lower case', 'TPhố', 'TPhố'],
  ])('%s', (_name, input, token) => {
    expect(kindOf(input, token)).toBe('word');
  });
});

describe('not emoticons', () => {
  it.each([
    ['a colon before a capital with a space', '(xem: D', [':', 'D']],
    ['a colon glued to a word and a capital', '(xem:D', ['xem', ':', 'D']],
    ['a colon before a bracketed number', 'gồm:(1) gạo', [':', '(', '1', ')']],
    ['a less-than sign before a number', 'x<3', ['<', '3']],
    ['a less-than sign before a longer number', 'giá <30 nghìn', ['<', '30']],
    ['a colon and one bracket after a word', 'ví dụ:)', [':', ')']],
    ['a run of equals signs', 'a === b', ['===']],
  ])('%s', (_name, input, expected) => {
    const t = tokenize(input).map((x) => x.text);
    for (const piece of expected) expect(t).toContain(piece);
  });
});

describe('not file names or slash units', () => {
  it.each([
    ['a missing space before a capital', 'hết.Json', ['hết', '.', 'Json']],
    ['an unknown extension', 'abc.qqq', ['abc', '.', 'qqq']],
    ['a slash between two words', 'nam/nữ', ['nam', '/', 'nữ']],
    ['and/or', 'và/hoặc', ['và', '/', 'hoặc']],
    ['a unit before a word that is no rate', 'kg/cây', ['kg', '/', 'cây']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});
