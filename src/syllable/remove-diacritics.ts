import { assertText } from '../core/options.js';
import { normalizeBounded } from '../normalize/bounded.js';

const LATIN_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[\u0111\u00f0]/g;
const D_STROKE_UPPER = /[\u0110\u00d0\u0189]/g;
const NEEDS_WORK = /[^\u0000-\u007f]/;

/**
 * Strips Vietnamese (and other Latin) diacritics: tone marks, circumflex, breve, horn, and
 * `đ` → `d`. For search keys, slugs and matching text typed without marks; never a normal
 * form, because it merges different words (`ma`, `má`, `mà`, `mả`, `mã`, `mạ`).
 *
 * @example
 * removeDiacritics('Việt Nam'); // 'Viet Nam'
 * removeDiacritics('Đà Nẵng');  // 'Da Nang'
 */
export function removeDiacritics(text: string): string {
  assertText('removeDiacritics', text);
  if (!NEEDS_WORK.test(text)) return text;
  const stripped = normalizeBounded(text, 'NFD')
    .replace(LATIN_MARKS, '')
    .replace(D_STROKE, 'd')
    .replace(D_STROKE_UPPER, 'D');
  return normalizeBounded(stripped);
}
