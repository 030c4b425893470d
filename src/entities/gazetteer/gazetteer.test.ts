import { describe, expect, it } from 'vitest';
import { CAPITAL_NAMES, COUNTRY_NAMES } from '../../gazetteer/countries.generated.js';
import { scanTokens } from '../../tokenize/token-table.js';
import { FIELD_PHRASES, FIXED_ORGS, PLACE_ALIASES, REGIONS } from '../packs/named/lexicon.js';
import { ADMIN_UNITS } from './admin.generated.js';
import { adminNames, adminUnits, allAdminUnits, isPlainName, nameKey, nameSets } from './index.js';

describe('admin gazetteer', () => {
  const units = [...allAdminUnits()];
  it('holds both province lists: 63 before 2025 and 34 after', () => {
    const provinces = units.filter((u) => u.level === 'province');
    expect(new Set(provinces.filter((u) => u.current).map((u) => u.name)).size).toBe(34);
    expect(new Set(provinces.map((u) => u.name)).size).toBe(63);
  });

  it('knows districts, which the 2025 reorganization abolished', () => {
    const districts = units.filter((u) => u.level === 'district');
    expect(districts.length).toBe(696);
    expect(districts.every((u) => !u.current)).toBe(true);
  });

  it('gives a merged province its current code first', () => {
    const [first] = adminUnits(nameKey('Lào Cai')).filter((u) => u.level === 'province');
    expect(first).toMatchObject({ code: '15', current: true });
  });

  it('reads keys from the lower-cased gazetteer in place: lower-casing keeps its length', () => {
    expect(ADMIN_UNITS.toLowerCase().length).toBe(ADMIN_UNITS.length);
  });

  it('lists names by level in the generator order', () => {
    expect(adminNames('province')).toEqual(units.filter((u) => u.level === 'province').map((u) => u.name));
    expect(adminNames('district')).toEqual(units.filter((u) => u.level === 'district').map((u) => u.name));
  });

  it('answers an unknown key with an empty list, and a known one with the same list each time', () => {
    expect(adminUnits('không có')).toEqual([]);
    expect(adminUnits(nameKey('Tân Lập'))).toBe(adminUnits(nameKey('Tân Lập')));
  });

  it('finds a name however its tone marks were placed and however the dash was spaced', () => {
    expect(adminUnits(nameKey('Thanh Hóa')).some((u) => u.level === 'province')).toBe(true);
    expect(adminUnits(nameKey('Bà Rịa-Vũng Tàu')).some((u) => u.level === 'province')).toBe(true);
  });
});

describe('nameKey', () => {
  // Every name that goes through nameKey is one of these lists' (the rules key text by its tokens).
  it('takes a plain name (letters, one space apart) as the tokenizer cuts it', () => {
    const scanned = (name: string): string => {
      const t = scanTokens(name);
      const parts: string[] = [];
      for (let i = 0; i < t.count; i++) parts.push(name.slice(t.start[i], t.end[i]));
      return parts.join(' ');
    };
    const plain = [...new Set([...allAdminUnits()].map((u) => u.name)), ...COUNTRY_NAMES, ...CAPITAL_NAMES, ...FIELD_PHRASES, ...FIXED_ORGS, ...PLACE_ALIASES.keys(), ...REGIONS, 'Hồ Chí Minh'].filter(isPlainName);
    expect(plain.length).toBeGreaterThan(5000);
    expect(plain.filter((n) => scanned(n) !== n)).toEqual([]);
    expect(nameKey('Bà Rịa-Vũng Tàu')).toBe('bà rịa - vũng tàu');
    expect(isPlainName('Ea H\'Leo')).toBe(false);
  });
});

describe('name lists', () => {
  it('read Ð (U+00D0) as Đ and drop mojibake', () => {
    const { surnames, given } = nameSets();
    expect(surnames.has('Đặng')).toBe(true);
    expect(surnames.has('Buøi')).toBe(false);
    expect(surnames.has('Student')).toBe(false);
    expect([...given].some((g) => g.includes('\u00d0'))).toBe(false);
  });
});
