import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextOptionError } from '../core/errors.js';
import { isVietnameseSyllable } from '../syllable/index.js';
import { type Encoding, type MojibakeOptions, mojibake, repair } from './index.js';
import { VOCAB } from './syllable-ngrams.generated.js';

const FOUNDING_PAGE =
  'Sáng 23/10/2023, Liên minh Hợp tác xã tỉnh tổ chức hội nghị gặp mặt các hợp tác xã treân địa bàn huyện, với 2.270 thành viên.';

describe('repair', () => {
  it('fixes the founding page: exactly `treân`, nothing else', () => {
    const r = repair(FOUNDING_PAGE);
    expect(r.text).toBe(FOUNDING_PAGE.replace('treân', 'trên'));
    expect(r.changes).toEqual([
      { start: FOUNDING_PAGE.indexOf('treân'), end: FOUNDING_PAGE.indexOf('treân') + 5, original: 'treân', text: 'trên', encoding: 'vni' },
    ]);
  });

  it.each([
    ['vni', 'Nguyeân taéc cuûa coâng ty laø tuyeät ñoái giöõ bí maät cho khaùch haøng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['tcvn3', 'Nguyªn t¾c cña c«ng ty lµ tuyÖt ®èi gi÷ bÝ mËt cho kh¸ch hµng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['viqr', "Nguye^n ta('c cu?a co^ng ty la` tuye^.t ddo^'i giu+~ bi' ma^.t cho kha'ch ha`ng\\.", 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['viscii', 'Nguyên t¡c cüa công ty là tuy®t ð¯i giæ bí m§t cho khách hàng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['vps', 'Nguyên t¡c cûa công ty là tuy\x8ct ÇÓi gi» bí mÆt cho khách hàng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['windows-1258', 'Nguyên tãìc cuÒa công ty là tuyêòt ðôìi giýÞ bí mâòt cho khách hàng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['utf-8', 'NguyÃªn táº¯c cá»§a cÃ´ng ty lÃ\xa0 tuyá»‡t Ä‘á»‘i giá»¯ bÃ\xad máº\xadt cho khÃ¡ch hÃ\xa0ng.', 'Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.'],
    ['nfd', 'Nguyên tắc của công ty'.normalize('NFD'), 'Nguyên tắc của công ty'],
  ])('repairs a whole sentence in %s', (_encoding, input, expected) => {
    expect(repair(input).text).toBe(expected);
  });

  it.each([
    ['vni', 'Nguyên tắc của coâng ty là tuyệt đối giữ bí mật.', 'coâng', 'công'],
    ['tcvn3', 'Nguyên tắc của c«ng ty là tuyệt đối giữ bí mật.', 'c«ng', 'công'],
    ['viqr', 'Nguyên tắc của co^ng ty là tuyệt đối giữ bí mật.', 'co^ng', 'công'],
    ['utf-8', 'Nguyên tắc của cÃ´ng ty là tuyệt đối giữ bí mật.', 'cÃ´ng', 'công'],
    ['windows-1258', 'Nguyên tắc của công ty là tuyệt ðôìi giữ bí mật.', 'ðôìi', 'đối'],
  ])('repairs one %s word in clean text and reports it in input offsets', (encoding, input, original, fixed) => {
    const r = repair(input);
    const start = input.indexOf(original);
    expect(r.changes).toEqual([{ start, end: start + original.length, original, text: fixed, encoding }]);
    expect(r.text).toBe(input.replace(original, fixed));
  });

  it('maps offsets of the repaired text back to the input', () => {
    const input = 'Xin chaøo, Vieät Nam!';
    const r = repair(input);
    expect(r.text).toBe('Xin chào, Việt Nam!');
    const nam = r.text.indexOf('Nam');
    expect(r.alignment.toInput(nam, nam + 3)).toEqual({ start: input.indexOf('Nam'), end: input.indexOf('Nam') + 3 });
    const viet = r.text.indexOf('Việt');
    expect(r.alignment.toInput(viet, viet + 4)).toEqual({ start: input.indexOf('Vieät'), end: input.indexOf('Vieät') + 5 });
  });

  it('restores TCVN3 upper case in all-caps headings and at sentence starts', () => {
    expect(repair('NGUY£N T¾C CñA C¤NG TY Lµ TUYÖT §èI GI÷ BÝ MËT.').text).toBe('NGUYÊN TẮC CỦA CÔNG TY LÀ TUYỆT ĐỐI GIỮ BÍ MẬT.');
    expect(repair('ë HuÕ, anh Êy nãi: "¸i chµ".').text).toBe('Ở Huế, anh ấy nói: "Ái chà".');
  });

  it('reads TCVN3 words that are valid syllables by their context (còng = cũng)', () => {
    expect(repair('Chóng t«i còng ®· ®i häc tõ lóc s¸ng sím.').text).toBe('Chúng tôi cũng đã đi học từ lúc sáng sớm.');
  });

  it('honours VIQR escapes: an escaped full stop is punctuation, an unescaped one a tone', () => {
    expect(repair('Nha` chi. Ho`a o+? Ha` No^.i\\.').text).toBe('Nhà chị Hòa ở Hà Nội.');
  });

  it('leaves clean text as the very same string, with no changes', () => {
    const clean = 'Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ Hoàn Kiếm.';
    const r = repair(clean);
    expect(r.text).toBe(clean);
    expect(r.changes).toEqual([]);
  });

  it('narrows the encodings it looks for with `encodings`', () => {
    expect(repair('Xin chaøo, Vieät Nam!', { encodings: ['tcvn3'] }).text).toBe('Xin chaøo, Vieät Nam!');
    expect(repair('Xin chaøo, Vieät Nam!', { encodings: ['vni'] }).text).toBe('Xin chào, Việt Nam!');
  });

  it('rejects unknown options and bad values with VntextOptionError', () => {
    expect(() => repair('x', { encoding: ['vni'] } as never)).toThrow(VntextOptionError);
    expect(() => repair('x', { encodings: ['latin9'] } as never)).toThrow(VntextOptionError);
    expect(() => repair('x', { inferCase: 'yes' } as never)).toThrow(VntextOptionError);
    expect(() => repair(42 as never)).toThrow(TypeError);
  });
});

// Property: text written in any legacy encoding comes back. Sentences are drawn from syllables
// that, alone, come back from that encoding (a few syllables are ambiguous by themselves, e.g.
// TCVN3 `Có` could be `Cú`, and only context decides), with a fixed seed so CI is stable.
const SYLLABLES = VOCAB.split(' ').slice(0, 1500).filter((s) => isVietnameseSyllable(s));
const ROUND_TRIPS: [Encoding, MojibakeOptions][] = [
  ['vni', {}],
  ['tcvn3', {}],
  ['viqr', {}],
  ['viscii', { view: 'latin1' }],
  ['vps', { view: 'latin1' }],
  ['windows-1258', {}],
  ['windows-1258-decomposed', {}],
  ['utf-8', {}],
  ['utf-8', { view: 'latin1' }],
  ['nfd', {}],
  ['unicomp', {}],
];

describe('repair(mojibake(x, encoding)) === x', () => {
  it.each(ROUND_TRIPS.map(([e, o]) => [`${e}${o.view ? ` (${o.view})` : ''}`, e, o] as const))(
    'holds for generated sentences in %s',
    (_name, encoding, options) => {
      const vocab = SYLLABLES.filter((s) => repair(mojibake(s, encoding, options)).text === s);
      const sentence = fc
        .array(fc.constantFrom(...vocab), { minLength: 4, maxLength: 14 })
        .map((ws) => {
          const s = ws.join(' ');
          return s[0]!.toUpperCase() + s.slice(1) + '.';
        });
      let failures = 0;
      fc.assert(
        fc.property(sentence, (x) => {
          if (repair(mojibake(x, encoding, options)).text !== x) failures++;
          return true;
        }),
        { numRuns: 150, seed: 1975 },
      );
      // Random syllable strings give the bigram model nothing to work with, so a word that is
      // valid in both readings is sometimes read the wrong way; real prose does better.
      expect(failures).toBeLessThanOrEqual(encoding === 'tcvn3' || encoding === 'vps' || encoding === 'viscii' ? 6 : 2);
    },
  );
});
