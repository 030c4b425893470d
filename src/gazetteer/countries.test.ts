import { describe, expect, it } from 'vitest';
import { CAPITAL_NAMES, COUNTRY_NAMES } from './index.js';
import { restyleSyllable } from '../syllable/index.js';

describe('countries and capitals in Vietnamese', () => {
  it.each(['Tây Ban Nha', 'Hoa Kỳ', 'Mỹ', 'Triều Tiên', 'Thụy Sĩ', 'Ả Rập Xê Út', 'Bờ Biển Ngà'])('names the country %s', (name) => {
    expect(COUNTRY_NAMES).toContain(name);
  });

  it.each(['Bình Nhưỡng', 'Bắc Kinh', 'Hà Nội', 'Viêng Chăn', 'Washington'])('names the capital %s', (name) => {
    expect(CAPITAL_NAMES).toContain(name);
  });

  it('exports frozen lists that a caller cannot change', () => {
    expect(Object.isFrozen(COUNTRY_NAMES)).toBe(true);
    expect(Object.isFrozen(CAPITAL_NAMES)).toBe(true);
    expect(() => (COUNTRY_NAMES as string[]).push('X')).toThrow(TypeError);
  });

  it('lists every name once, in NFC and the classic tone style', () => {
    for (const list of [COUNTRY_NAMES, CAPITAL_NAMES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const name of list) {
        expect(name).toBe(name.normalize('NFC'));
        for (const part of name.split(/[\s-]+/u)) expect(restyleSyllable(part, 'classic')).toBe(part);
      }
    }
  });
});
