import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { allSyllables } from './enumerate.js';
import { composeSyllable, isVietnameseSyllable, parseSyllable, removeDiacritics, restyleSyllable } from './index.js';

const SYLLABLES = allSyllables();
const upper = (s: string) => s.toUpperCase();
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('parseSyllable', () => {
  it.each([
    ['Nguyễn', { onset: 'ng', glide: 'u', nucleus: 'yê', coda: 'n', tone: 'nga', case: 'title' }],
    ['người', { onset: 'ng', glide: '', nucleus: 'ươ', coda: 'i', tone: 'huyen', case: 'lower' }],
    ['quý', { onset: 'qu', glide: '', nucleus: 'y', coda: '', tone: 'sac' }],
    ['gì', { onset: 'gi', nucleus: 'i', coda: '', tone: 'huyen' }],
    ['giếng', { onset: 'gi', nucleus: 'iê', coda: 'ng', tone: 'sac' }],
    ['giữa', { onset: 'gi', nucleus: 'ưa', coda: '', tone: 'nga' }],
    ['khuỷu', { onset: 'kh', glide: 'u', nucleus: 'y', coda: 'u', tone: 'hoi' }],
    ['nghiêng', { onset: 'ngh', nucleus: 'iê', coda: 'ng', tone: 'ngang' }],
    ['ĐẠI', { onset: 'đ', nucleus: 'a', coda: 'i', tone: 'nang', case: 'upper' }],
    ['hòa', { glide: 'o', nucleus: 'a', tone: 'huyen', toneStyle: 'classic' }],
    ['hoà', { glide: 'o', nucleus: 'a', tone: 'huyen', toneStyle: 'modern' }],
    ['hoàng', { glide: 'o', nucleus: 'a', coda: 'ng', toneStyle: 'both' }],
    ['xoong', { nucleus: 'oo', coda: 'ng' }],
  ])('takes %s apart', (text, expected) => {
    expect(parseSyllable(text)).toMatchObject(expected);
  });

  it.each(['ngừơi', 'hòang', 'qúy', 'gía', 'cuả', 'múôn', 'tàc', 'Viet', 'ViỆt', 'café', 'fax', 'bêtông', 'cy', 'ngé', 'iêu', 'q', 'gioa', 'boán', '', 'a b', 'Đắk'])(
    'rejects %j',
    (text) => {
      expect(parseSyllable(text)).toBeNull();
      expect(isVietnameseSyllable(text)).toBe(false);
    },
  );

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      parseSyllable(s);
      isVietnameseSyllable(s);
      restyleSyllable(s, 'modern');
      removeDiacritics(s);
    }));
  });
});

describe('the syllable inventory', () => {
  it('generates thousands of syllables, including the common ones', () => {
    expect(SYLLABLES.length).toBeGreaterThan(15000);
    for (const s of ['trên', 'người', 'nghiêng', 'khuỷu', 'quyết', 'giữa', 'hòa', 'hoà', 'thuở', 'kĩ', 'kỹ']) {
      expect(SYLLABLES).toContain(s);
    }
  });

  it('composes every parsed syllable back to itself, in every case', () => {
    for (const s of SYLLABLES) {
      for (const form of [s, title(s), upper(s)]) {
        const parsed = parseSyllable(form);
        expect(parsed, form).not.toBeNull();
        expect(composeSyllable(parsed!), form).toBe(form);
      }
    }
  });

  it('accepts NFC only: the NFD form of a marked syllable is not itself a syllable', () => {
    for (const s of SYLLABLES.filter((x) => x.normalize('NFD') !== x).slice(0, 2000)) {
      expect(isVietnameseSyllable(s.normalize('NFD'))).toBe(false);
    }
  });

  it('restyles both ways and back, changing only open oa, oe and uy', () => {
    for (const s of SYLLABLES) {
      const classic = restyleSyllable(s, 'classic');
      const modern = restyleSyllable(s, 'modern');
      expect(restyleSyllable(modern, 'classic')).toBe(classic);
      expect(removeDiacritics(classic)).toBe(removeDiacritics(s));
      if (classic !== modern) {
        const p = parseSyllable(s)!;
        expect(['oa', 'oe', 'uy'], s).toContain(p.glide + p.nucleus + p.coda);
      }
    }
  });
});

describe('restyleSyllable', () => {
  it.each([
    ['hoà', 'classic', 'hòa'],
    ['hòa', 'modern', 'hoà'],
    ['Thúy', 'modern', 'Thuý'],
    ['KHOẺ', 'classic', 'KHỎE'],
    ['quý', 'modern', 'quý'],
    ['hoàng', 'modern', 'hoàng'],
    ['ngừơi', 'classic', 'người'],
    ['café', 'classic', 'café'],
    ['più', 'classic', 'più'],
  ] as const)('writes %s in %s style as %s', (input, style, expected) => {
    expect(restyleSyllable(input, style)).toBe(expected);
  });
});

describe('removeDiacritics', () => {
  it.each([
    ['Việt Nam', 'Viet Nam'],
    ['Đà Nẵng', 'Da Nang'],
    ['đường', 'duong'],
    ['café', 'cafe'],
    ['한국어', '한국어'],
    ['plain', 'plain'],
  ])('turns %s into %s', (input, expected) => {
    expect(removeDiacritics(input)).toBe(expected);
  });
});

describe('input and option checks', () => {
  it('never reads the onset gi with a second i (`giin`, `gìin`)', () => {
    for (const w of ['giin', 'gìin', 'GIIN', 'giit']) {
      expect(parseSyllable(w)).toBeNull();
      expect(isVietnameseSyllable(w)).toBe(false);
    }
    expect(parseSyllable('gìn')).not.toBeNull();
    expect(composeSyllable(parseSyllable('gìn')!)).toBe('gìn');
  });

  it.each([
    ['parseSyllable', () => parseSyllable(null as never)],
    ['isVietnameseSyllable', () => isVietnameseSyllable(42 as never)],
    ['removeDiacritics', () => removeDiacritics(null as never)],
    ['restyleSyllable', () => restyleSyllable(undefined as never, 'classic')],
    ['composeSyllable', () => composeSyllable({} as never)],
    ['composeSyllable', () => composeSyllable(null as never)],
    ['composeSyllable', () => composeSyllable({ ...parseSyllable('hoà')!, tone: 'bogus' } as never)],
    ['composeSyllable', () => composeSyllable({ ...parseSyllable('hoà')!, onset: 'zz' })],
    ['composeSyllable', () => composeSyllable({ ...parseSyllable('hoà')!, nucleus: 'xyz' })],
  ])('%s rejects bad input with VntextInputError', (_, call) => {
    expect(call).toThrowError(VntextInputError);
  });

  it.each([
    ['restyleSyllable', () => restyleSyllable('hoà', 42 as never)],
    ['restyleSyllable', () => restyleSyllable('hoà', 'new' as never)],
    ['composeSyllable', () => composeSyllable(parseSyllable('hoà')!, 'bogus' as never)],
  ])('%s rejects a bad style with VntextOptionError', (_, call) => {
    expect(call).toThrowError(VntextOptionError);
  });

  it('removes diacritics in linear time from a letter with 100,000 marks', () => {
    const hostile = 'a' + '\u0301\u0323'.repeat(50_000);
    const t0 = performance.now();
    const out = removeDiacritics(hostile + ' Việt');
    // Generous: String#normalize alone takes seconds here; the bounded path takes milliseconds.
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(out.endsWith(' Viet')).toBe(true);
  });
});
