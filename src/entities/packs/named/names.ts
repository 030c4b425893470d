import { nameSets } from '../../gazetteer/index.js';

/**
 * Surnames of the ethnic minorities that news of the highlands and the delta names often and
 * the Kinh list lacks (`Siu Hyin`, `Ksor …`, `Y Ngọc Phước`, `Thạch Thị Sà Rươl`, `Tẩn Láo Lở`).
 */
const EXTRA_SURNAMES: ReadonlySet<string> = new Set([
  'Siu', 'Ksor', 'Rơ', 'Nay', 'Rah', 'Kpă', 'Y', 'Lò', 'Lường', 'Cầm', 'Quàng', 'Giàng', 'Sùng', 'Vàng', 'Mùa',
  'Thào', 'Lầu', 'Hờ', 'Tẩn', 'Chảo', 'Bàn', 'Lục', 'Ma', 'Bế', 'Hoàng', 'Sơn', 'Kim', 'Điểu', 'Thạch', 'Danh',
  'Lý', 'Hầu', 'Phàn', 'Triệu', 'Nông', 'Mạc', 'Đèo', 'Tòng', 'Khổng', 'Mai', 'Tạ', 'Ninh', 'Khúc', 'Chẩu',
]);

/** Middle names that mark a person on their own. */
export const STRONG_MIDDLE: ReadonlySet<string> = new Set(['Thị', 'Văn']);

/** A surname, as written (`Nguyễn`, `Siu`). */
export const isSurname = (s: string): boolean => nameSets().surnames.has(s) || EXTRA_SURNAMES.has(s);

/** A syllable of a given or middle name, or a surname (used as a middle name too). */
export const isNameSyllable = (s: string): boolean => {
  const n = nameSets();
  return n.given.has(s) || n.middle.has(s) || n.surnames.has(s);
};

/** A syllable that can end a given name. */
export const isGivenEnd = (s: string): boolean => nameSets().given.has(s);
