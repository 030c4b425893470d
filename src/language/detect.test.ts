import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { detectLanguage } from './index.js';

describe('detectLanguage', () => {
  it.each([
    ['Hợp tác xã thủy sản', 'franc alone: Scots'],
    ['toi dang o nha, mai gap nhe', 'franc alone: Northern Sotho'],
    ['hop tac xa nong nghiep Tan Phu', 'no diacritics'],
    ['Xin chào', 'two words'],
    ['chúc mừng năm mới', 'short'],
    ['HỢP TÁC XÃ NÔNG NGHIỆP', 'capitals'],
    ['Ho\u0323\u0302i nghi\u0323 die\u0302\u0303n ra', 'decomposed (NFD) input'],
    ['Sáng 23/10/2023, UBND tỉnh Lạng Sơn tổ chức hội nghị tổng kết với 478 HTX và 2.270 thành viên.', 'news with numbers and acronyms'],
    ['anh oi, em da gui tien roi nhe, kiem tra giup em voi', 'an SMS'],
  ])('calls %j Vietnamese (%s)', (text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe('vie');
    expect(guess.confidence).toBeGreaterThan(0.3);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['The cooperative was founded in 1998 by local fishermen who wanted better prices.', ['eng']],
    ['La coopérative a été fondée en 1998 par des pêcheurs de la région.', ['fra']],
    ['Koperasi ini didirikan pada tahun 1998 oleh para nelayan setempat.', ['ind', 'zlm']],
    ['这个合作社是由当地渔民在一九九八年成立的。', ['cmn']],
    ['Die Genossenschaft wurde 1998 von Fischern aus der Region gegründet.', ['deu']],
  ])('recognizes %j as another language', (text, languages) => {
    const guess = detectLanguage(text);
    expect(languages).toContain(guess.language);
    expect(guess.confidence).toBeGreaterThan(0);
  });

  it.each([
    'Je vais à la maison demain matin avec mes amis',
    'Saya pergi ke pasar besok pagi bersama teman-teman',
    'The quick brown fox jumps over the lazy dog',
    'Café crème',
    'São Paulo não é Lisboa',
  ])('does not call %j Vietnamese', (text) => {
    expect(detectLanguage(text).language).not.toBe('vie');
  });

  it('says und with zero confidence when there are no letters', () => {
    for (const text of ['', '   ', '12345', '!!! ??? ...', '😀😀']) {
      expect(detectLanguage(text)).toEqual({ language: 'und', confidence: 0 });
    }
  });

  it('is surer of a long text than of two words', () => {
    const short = detectLanguage('Xin chào');
    const long = detectLanguage('Xin chào các bạn, hôm nay chúng ta sẽ nói về hợp tác xã nông nghiệp ở Lạng Sơn.');
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('never throws on any string and always returns a code and a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const g = detectLanguage(s);
        expect(g.language).toMatch(/^[a-z]{3}$/);
        expect(g.confidence).toBeGreaterThanOrEqual(0);
        expect(g.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a non-string and unknown options', () => {
    expect(() => detectLanguage(1 as never)).toThrow(VntextInputError);
    expect(() => detectLanguage('x', { only: ['vie'] } as never)).toThrow(VntextOptionError);
  });
});
