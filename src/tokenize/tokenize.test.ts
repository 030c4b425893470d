import { describe, expect, it } from 'vitest';
import { AlignmentBuilder, identityAlignment } from '../core/alignment.js';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { TokenKind, countTokens, scanTokens, tokenIterator, tokenKindCode, tokenKindName, tokenize } from './index.js';

/** `text⟨kind⟩` per token, joined by spaces: compact to read in a table. */
const show = (input: string): string => tokenize(input).map((t) => `${t.text}⟨${t.kind}⟩`).join(' ');

describe('tokenize: kinds', () => {
  it.each([
    ['splits syllables and punctuation', 'Hợp tác xã, thành viên.', 'Hợp⟨word⟩ tác⟨word⟩ xã⟨word⟩ ,⟨punctuation⟩ thành⟨word⟩ viên⟨word⟩ .⟨punctuation⟩'],
    ['keeps thousands with dots', 'có 2.270 người', 'có⟨word⟩ 2.270⟨number⟩ người⟨word⟩'],
    ['keeps a decimal comma', 'tăng 3,8 lần', 'tăng⟨word⟩ 3,8⟨number⟩ lần⟨word⟩'],
    ['keeps thousands and decimals together', '1.250.000,50 đồng', '1.250.000,50⟨number⟩ đồng⟨word⟩'],
    ['reads a leading minus as a sign', 'nhiệt độ -5 độ', 'nhiệt⟨word⟩ độ⟨word⟩ -5⟨number⟩ độ⟨word⟩'],
    ['reads a sign after a bracket', '(-5)', '(⟨punctuation⟩ -5⟨number⟩ )⟨punctuation⟩'],
    ['splits a range into number, hyphen, number', '3,8-5,5 triệu', '3,8⟨number⟩ -⟨punctuation⟩ 5,5⟨number⟩ triệu⟨word⟩'],
    ['keeps a percent sign on its number', 'tăng 50% và 12,5%', 'tăng⟨word⟩ 50%⟨number⟩ và⟨word⟩ 12,5%⟨number⟩'],
    ['reads a slash date', 'ngày 23/10/2023', 'ngày⟨word⟩ 23/10/2023⟨date⟩'],
    ['reads a dotted date', 'ngày 23.10.2023', 'ngày⟨word⟩ 23.10.2023⟨date⟩'],
    ['reads a hyphen date', 'ngày 23-10-2023', 'ngày⟨word⟩ 23-10-2023⟨date⟩'],
    ['reads an ISO date', 'hạn 2023-10-23', 'hạn⟨word⟩ 2023-10-23⟨date⟩'],
    ['reads a two-digit year', 'ngày 1/7/04', 'ngày⟨word⟩ 1/7/04⟨date⟩'],
    ['reads month and year', 'tháng 9/2023', 'tháng⟨word⟩ 9/2023⟨date⟩'],
    ['reads month and year with a hyphen', 'tháng 6-2004', 'tháng⟨word⟩ 6-2004⟨date⟩'],
    ['reads a date range as two dates and a hyphen', '29/10/1993-29/10/2023', '29/10/1993⟨date⟩ -⟨punctuation⟩ 29/10/2023⟨date⟩'],
    ['reads day/month after a date word', 'ngày 5/3 và sáng 24-9', 'ngày⟨word⟩ 5/3⟨date⟩ và⟨word⟩ sáng⟨word⟩ 24-9⟨date⟩'],
    ['reads a clock time', 'lúc 16:20:27', 'lúc⟨word⟩ 16:20:27⟨time⟩'],
    ['reads hours and minutes', 'lúc 16:20', 'lúc⟨word⟩ 16:20⟨time⟩'],
    ['reads the h notation', '7h30, 15h và 7g30', '7h30⟨time⟩ ,⟨punctuation⟩ 15h⟨time⟩ và⟨word⟩ 7g30⟨time⟩'],
    ['reads a URL with a scheme and leaves the full stop', 'Xem https://baolangson.vn/a?b=c.', 'Xem⟨word⟩ https://baolangson.vn/a?b=c⟨url⟩ .⟨punctuation⟩'],
    ['reads a bare domain', 'Theo baolangson.vn, hôm nay', 'Theo⟨word⟩ baolangson.vn⟨url⟩ ,⟨punctuation⟩ hôm⟨word⟩ nay⟨word⟩'],
    ['reads www with a path and query', 'www.x.com.vn/a?b=c!', 'www.x.com.vn/a?b=c⟨url⟩ !⟨punctuation⟩'],
    ['gives a closing bracket back to the text', '(xem https://vi.wikipedia.org/wiki/A_(B))', '(⟨punctuation⟩ xem⟨word⟩ https://vi.wikipedia.org/wiki/A_(B)⟨url⟩ )⟨punctuation⟩'],
    ['reads a domain that starts with digits', 'đọc 24h.com.vn', 'đọc⟨word⟩ 24h.com.vn⟨url⟩'],
    ['reads an e-mail address', 'gửi nguyen.van.a@gmail.com.', 'gửi⟨word⟩ nguyen.van.a@gmail.com⟨email⟩ .⟨punctuation⟩'],
    ['reads a mobile number with spaces', 'gọi 0912 345 678 nhé', 'gọi⟨word⟩ 0912 345 678⟨phone⟩ nhé⟨word⟩'],
    ['reads a mobile number with dots', 'gọi 0912.345.678', 'gọi⟨word⟩ 0912.345.678⟨phone⟩'],
    ['reads a mobile number in one piece', 'gọi 0912345678', 'gọi⟨word⟩ 0912345678⟨phone⟩'],
    ['reads an international number', 'gọi +84 912 345 678', 'gọi⟨word⟩ +84 912 345 678⟨phone⟩'],
    ['reads a landline with an area code in brackets', 'ĐT: (024) 3825 1234.', 'ĐT⟨abbreviation⟩ :⟨punctuation⟩ (024) 3825 1234⟨phone⟩ .⟨punctuation⟩'],
    ['reads a hotline', 'gọi 1900 1234', 'gọi⟨word⟩ 1900 1234⟨phone⟩'],
    ['reads an all-caps run as an abbreviation', 'HTX và UBND tỉnh', 'HTX⟨abbreviation⟩ và⟨word⟩ UBND⟨abbreviation⟩ tỉnh⟨word⟩'],
    ['keeps all-caps Vietnamese syllables as words', 'NGHỊ QUYẾT TRÊN ĐỊA BÀN', 'NGHỊ⟨word⟩ QUYẾT⟨word⟩ TRÊN⟨word⟩ ĐỊA⟨word⟩ BÀN⟨word⟩'],
    ['keeps a listed abbreviation with its dot', 'TP. Hồ Chí Minh', 'TP.⟨abbreviation⟩ Hồ⟨word⟩ Chí⟨word⟩ Minh⟨word⟩'],
    ['chains titles', 'PGS.TS. Nguyễn Văn An', 'PGS.TS.⟨abbreviation⟩ Nguyễn⟨word⟩ Văn⟨word⟩ An⟨word⟩'],
    ['reads Th.S', 'Th.S Lê Hoa', 'Th.S⟨abbreviation⟩ Lê⟨word⟩ Hoa⟨word⟩'],
    ['reads TP.HCM as one abbreviation', 'về TP.HCM.', 'về⟨word⟩ TP.HCM⟨abbreviation⟩ .⟨punctuation⟩'],
    ['reads v.v.', 'cam, quýt v.v. và', 'cam⟨word⟩ ,⟨punctuation⟩ quýt⟨word⟩ v.v.⟨abbreviation⟩ và⟨word⟩'],
    ['reads initials with dots', 'bệnh nhân N.V.T. và U.S.A.', 'bệnh⟨word⟩ nhân⟨word⟩ N.V.T.⟨abbreviation⟩ và⟨word⟩ U.S.A.⟨abbreviation⟩'],
    ['reads slash abbreviations', 'V/v sắp xếp; Đ/c Hùng', 'V/v⟨abbreviation⟩ sắp⟨word⟩ xếp⟨word⟩ ;⟨punctuation⟩ Đ/c⟨abbreviation⟩ Hùng⟨word⟩'],
    ['reads a document number in parts', 'số 1656/NQ-UBTVQH15', 'số⟨word⟩ 1656⟨number⟩ /⟨punctuation⟩ NQ-UBTVQH15⟨abbreviation⟩'],
    ['keeps hyphenated and underscored words whole', 'e-mail Ê-đê hợp_tác_xã', 'e-mail⟨word⟩ Ê-đê⟨word⟩ hợp_tác_xã⟨word⟩'],
    ['keeps transliterations and foreign compounds whole', 'Lê-nin Coca-Cola Jean-Pierre', 'Lê-nin⟨word⟩ Coca-Cola⟨word⟩ Jean-Pierre⟨word⟩'],
    ['splits a dash between two Vietnamese names', 'Hà Nội-Hải Phòng, Việt-Mỹ', 'Hà⟨word⟩ Nội⟨word⟩ -⟨punctuation⟩ Hải⟨word⟩ Phòng⟨word⟩ ,⟨punctuation⟩ Việt⟨word⟩ -⟨punctuation⟩ Mỹ⟨word⟩'],
    ['keeps an inner apostrophe', "Đắk R'Lấp", "Đắk⟨word⟩ R'Lấp⟨word⟩"],
    ['keeps letters and digits together', 'H5N1 và COVID-19, mp3', 'H5N1⟨abbreviation⟩ và⟨word⟩ COVID-19⟨abbreviation⟩ ,⟨punctuation⟩ mp3⟨word⟩'],
    ['reads digits and a capital as a code', 'phòng 1A, lô 404T', 'phòng⟨word⟩ 1A⟨word⟩ ,⟨punctuation⟩ lô⟨word⟩ 404T⟨word⟩'],
    ['splits a number from a lower-case unit', '5km và 50.000đ', '5⟨number⟩ km⟨word⟩ và⟨word⟩ 50.000⟨number⟩ đ⟨word⟩'],
    ['keeps a version number in its word', 'bản v1.2.3', 'bản⟨word⟩ v1.2.3⟨word⟩'],
    ['keeps an ellipsis whole', 'Vâng... được…', 'Vâng⟨word⟩ ...⟨punctuation⟩ được⟨word⟩ …⟨punctuation⟩'],
    ['keeps ?! together', 'Thật sao?!', 'Thật⟨word⟩ sao⟨word⟩ ?!⟨punctuation⟩'],
    ['reads symbols', 'a + b = 5 $', 'a⟨word⟩ +⟨symbol⟩ b⟨word⟩ =⟨symbol⟩ 5⟨number⟩ $⟨symbol⟩'],
    ['reads hashtags and mentions', '#chuyendoiso cùng @sokhcn.langson', '#chuyendoiso⟨hashtag⟩ cùng⟨word⟩ @sokhcn.langson⟨mention⟩'],
    ['reads emoji with skin tones', 'Tuyệt 👍🏽😂', 'Tuyệt⟨word⟩ 👍🏽⟨emoji⟩ 😂⟨emoji⟩'],
    ['reads a ZWJ family as one emoji', 'gia đình 👨‍👩‍👧', 'gia⟨word⟩ đình⟨word⟩ 👨‍👩‍👧⟨emoji⟩'],
    ['reads a flag as one emoji', 'Việt Nam 🇻🇳', 'Việt⟨word⟩ Nam⟨word⟩ 🇻🇳⟨emoji⟩'],
    ['reads a heart with VS16 as emoji, without as symbol', '❤️ ❤ ©', '❤️⟨emoji⟩ ❤⟨symbol⟩ ©⟨symbol⟩'],
    ['reads keycaps', '1️⃣ #️⃣', '1️⃣⟨emoji⟩ #️⃣⟨emoji⟩'],
    ['reads letters of any script', 'Tokyo 東京 Москва', 'Tokyo⟨word⟩ 東京⟨word⟩ Москва⟨word⟩'],
  ])('%s', (_name, input, expected) => {
    expect(show(input)).toBe(expected);
  });
});

describe('tokenize: text that is not Vietnamese NFC', () => {
  it('keeps NFD words whole, with offsets into the NFD string', () => {
    const nfd = 'Nguyễn Văn Ấn'.normalize('NFD');
    const tokens = tokenize(nfd);
    expect(tokens.map((t) => t.text.normalize('NFC'))).toEqual(['Nguyễn', 'Văn', 'Ấn']);
    for (const t of tokens) expect(nfd.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads NFD capitals like NFC ones', () => {
    const nfd = 'VIỆT NAM UBND ĐẮK'.normalize('NFD');
    expect(tokenize(nfd).map((t) => t.kind)).toEqual(tokenize(nfd.normalize('NFC')).map((t) => t.kind));
  });

  it('treats zero-width space and a byte-order mark as spaces', () => {
    expect(tokenize('\uFEFFViệt\u200BNam').map((t) => t.text)).toEqual(['Việt', 'Nam']);
  });

  it('keeps joiners and soft hyphens inside the word they sit in', () => {
    expect(tokenize('hợp\u00ADtác a\u200Db').map((t) => t.text)).toEqual(['hợp\u00ADtác', 'a\u200Db']);
  });

  it('attaches a mark after a number or punctuation to that token', () => {
    expect(tokenize('5\u0301 .\u0300').map((t) => t.text)).toEqual(['5\u0301', '.\u0300']);
  });

  it('makes lone surrogates and control characters symbols of their own', () => {
    expect(tokenize('a\uD800b \uDC00 \u0001\u0001').map((t) => `${t.text}:${t.kind}`)).toEqual([
      'a:word',
      '\uD800:symbol',
      'b:word',
      '\uDC00:symbol',
      '\u0001\u0001:symbol',
    ]);
  });

  it('keeps marks with nothing before them on the word they start', () => {
    expect(tokenize(' \u0301abc \u0301').map((t) => `${t.text}:${t.kind}`)).toEqual(['\u0301abc:word', '\u0301:symbol']);
  });
});

describe('scanTokens', () => {
  it('fills typed arrays of exactly `count` entries', () => {
    const text = 'Ngày 23/10/2023, HTX có 2.270 thành viên.';
    const t = scanTokens(text);
    expect(t.count).toBe(9);
    expect(t.start).toBeInstanceOf(Uint32Array);
    expect(t.kind).toBeInstanceOf(Uint8Array);
    expect(t.start.length).toBe(9);
    expect(t.kind[1]).toBe(TokenKind.Date);
    expect(text.slice(t.start[1], t.end[1])).toBe('23/10/2023');
  });

  it('grows past its first estimate', () => {
    const text = '.'.repeat(1) + ' a'.repeat(5000);
    expect(scanTokens(text).count).toBe(5001);
  });

  it('agrees with tokenize', () => {
    const text = 'Giá vàng 82,5 triệu đồng/lượng lúc 9h, xem https://sjc.com.vn.';
    const t = scanTokens(text);
    const tokens = tokenize(text);
    expect(t.count).toBe(tokens.length);
    tokens.forEach((tok, i) => {
      expect([t.start[i], t.end[i], tokenKindName(t.kind[i]!)]).toEqual([tok.start, tok.end, tok.kind]);
    });
  });
});

describe('kind codes', () => {
  it.each(Object.entries(TokenKind))('maps %s both ways', (name, code) => {
    expect(tokenKindName(code)).toBe(name.toLowerCase());
    expect(tokenKindCode(tokenKindName(code))).toBe(code);
  });

  it('rejects a code that is no kind', () => {
    expect(() => tokenKindName(0)).toThrow(VntextInputError);
    expect(() => tokenKindName(99)).toThrow(VntextInputError);
  });
});

describe('tokenIterator and countTokens', () => {
  const text = 'HTX có 2.270 thành viên, doanh thu 3,8 tỷ đồng. Liên hệ 0912 345 678!';

  it('yields what tokenize returns', () => {
    expect([...tokenIterator(text)]).toEqual(tokenize(text));
  });

  it('counts what tokenize returns', () => {
    expect(countTokens(text)).toBe(tokenize(text).length);
  });

  it('leaves out excluded kinds', () => {
    const options = { exclude: ['punctuation', 'phone'] as const };
    expect(tokenize(text, options).map((t) => t.kind)).not.toContain('punctuation');
    expect(countTokens(text, options)).toBe(tokenize(text, options).length);
    expect([...tokenIterator(text, options)]).toEqual(tokenize(text, options));
  });

  it('can stop early', () => {
    const it = tokenIterator('một hai ba');
    expect(it.next().value?.text).toBe('một');
  });
});

describe('options and input', () => {
  it.each([
    ['an unknown option', { kinds: [] }],
    ['exclude that is not an array', { exclude: 'word' }],
    ['an unknown kind', { exclude: ['words'] }],
    ['options that are not an object', 'word'],
  ])('rejects %s', (_name, options) => {
    expect(() => tokenize('a', options as never)).toThrow(VntextOptionError);
    expect(() => countTokens('a', options as never)).toThrow(VntextOptionError);
    expect(() => tokenIterator('a', options as never)).toThrow(VntextOptionError);
  });

  it.each([[null], [42], [{ text: 'a' }], [{ text: 1, alignment: identityAlignment(1) }]])('rejects input %j', (input) => {
    expect(() => tokenize(input as never)).toThrow(VntextInputError);
    expect(() => scanTokens(input as never)).toThrow(VntextInputError);
  });

  it('maps tokens of aligned text back to the original string', () => {
    // The original has two spaces and the tone of "Hoà" in the modern style.
    const original = 'Xã  Hoà Bình';
    const clean = 'Xã Hòa Bình';
    const b = new AlignmentBuilder();
    b.edit(2, 4, 1);
    b.edit(5, 7, 2);
    const tokens = tokenize({ text: clean, alignment: b.finish(original.length) });
    expect(tokens.map((t) => [t.text, original.slice(t.start, t.end)])).toEqual([
      ['Xã', 'Xã'],
      ['Hòa', 'Hoà'],
      ['Bình', 'Bình'],
    ]);
  });
});

describe('TextCache', () => {
  it('returns equal strings for equal spans and the right text after a collision', async () => {
    const { TextCache } = await import('./text-cache.js');
    const cache = new TextCache(2);
    const text = 'xã xã người ngươi a đ ' + 'x'.repeat(30);
    expect(cache.get(text, 0, 2)).toBe('xã');
    expect(cache.get(text, 3, 5)).toBe('xã');
    expect(cache.get(text, 6, 11)).toBe('người');
    expect(cache.get(text, 12, 17)).toBe('ngươi');
    expect(cache.get(text, 6, 11)).toBe('người');
    expect(cache.get(text, 18, 19)).toBe('a');
    expect(cache.get(text, 20, 21)).toBe('đ');
    expect(cache.get(text, 22, 52)).toBe('x'.repeat(30));
  });
});
