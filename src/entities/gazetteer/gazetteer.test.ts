import { describe, expect, it } from 'vitest';
import { adminUnits, allAdminUnits, nameKey, nameSets } from './index.js';

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

  it('finds a name however its tone marks were placed and however the dash was spaced', () => {
    expect(adminUnits(nameKey('Thanh Hóa')).some((u) => u.level === 'province')).toBe(true);
    expect(adminUnits(nameKey('Bà Rịa-Vũng Tàu')).some((u) => u.level === 'province')).toBe(true);
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
