// Decoders that read a range of the caller's string as the characters a reader saw (legacy
// bytes shown as Windows-1252 or Latin-1) and write what the bytes meant into a scratch
// buffer. They never fail: a character that is no byte, or a byte that is no letter in the
// code page, is copied as it was, so the judge sees the word exactly as this reading gives it.
import { type CodePage, viewByte } from './code-pages.js';

/**
 * Decodes `text[start, end)` with a table code page into `out`; returns the length. When
 * `caseless` is given, it receives 1 for each output letter whose case the bytes do not tell
 * (TCVN3's shared codes), else 0.
 */
export function decodeTableRange(
  page: CodePage,
  text: string,
  start: number,
  end: number,
  out: Uint16Array,
  caseless: Uint8Array | null,
): number {
  const { single, pairRow, pairs } = page;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const b = viewByte(c);
    if (b < 0) {
      if (caseless !== null) caseless[n] = 0;
      out[n++] = c;
      continue;
    }
    const row = pairRow[b]!;
    if (row >= 0 && i + 1 < end) {
      const b2 = viewByte(text.charCodeAt(i + 1));
      const letter = b2 >= 0 ? pairs[row * 256 + b2]! : 0;
      if (letter !== 0) {
        if (caseless !== null) caseless[n] = 0;
        out[n++] = letter;
        i++;
        continue;
      }
    }
    const letter = single[b]!;
    if (caseless !== null) caseless[n] = letter !== 0 ? page.caseless[b]! : 0;
    out[n++] = letter !== 0 ? letter : c;
  }
  return n;
}

/**
 * Letters whose UTF-8 form ends in one of the five bytes Windows-1252 leaves undefined (0x81
 * 0x8D 0x8F 0x90 0x9D), which pipelines often drop or turn into U+FFFD: after `Ã` (C3) Á Í Ý,
 * after `Ä` (C4) Đ, after `á»` (E1 BB) ề ọ ỏ Ố ờ. Only these are Vietnamese letters.
 */
const GAP_AFTER_C3 = [0xc1, 0xcd, 0xdd];
const GAP_AFTER_C4 = [0x110];
const GAP_AFTER_E1_BB = [0x1ec1, 0x1ecd, 0x1ecf, 0x1ed0, 0x1edd];

/** Number of letter gaps the last {@link decodeUtf8Range} call met, and the choices at each. */
export const utf8Gaps = { count: 0, sizes: [0, 0, 0, 0] };

const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;

/**
 * Decodes `text[start, end)` as UTF-8 bytes shown as Windows-1252/Latin-1 (`Viá»‡t` → `Việt`)
 * into `out`; returns the length. Malformed sequences are copied as they were, except where a
 * sequence lacks exactly the undefined byte that ends one of a few Vietnamese letters (dropped,
 * or shown as U+FFFD): such a gap is counted in {@link utf8Gaps}, and with `fills` it becomes
 * the letter `fills[gap]` chooses (an index into that gap's possible letters; -1 leaves it).
 */
export function decodeUtf8Range(text: string, start: number, end: number, out: Uint16Array, fills: Int8Array | null = null): number {
  let n = 0;
  let gaps = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const b0 = viewByte(c);
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      need = 1;
      cp = b0 & 0x1f;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      min = 0x10000;
    }
    if (need > 0 && i + need < end) {
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const b = viewByte(text.charCodeAt(i + k));
        if (!isContinuation(b)) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (b & 0x3f);
      }
      if (ok && cp >= min && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)) {
        if (cp >= 0x10000) {
          out[n++] = 0xd800 + ((cp - 0x10000) >> 10);
          out[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        } else {
          out[n++] = cp;
        }
        i += need;
        continue;
      }
    }
    // A letter whose last byte is missing (or U+FFFD).
    let letters: number[] | null = null;
    let used = 0; // code units of the sequence present
    if (b0 === 0xc3 || b0 === 0xc4) {
      letters = b0 === 0xc3 ? GAP_AFTER_C3 : GAP_AFTER_C4;
      used = 1;
    } else if (b0 === 0xe1 && i + 1 < end && viewByte(text.charCodeAt(i + 1)) === 0xbb) {
      letters = GAP_AFTER_E1_BB;
      used = 2;
    }
    if (letters !== null) {
      const next = i + used < end ? text.charCodeAt(i + used) : -1;
      const replaced = next === 0xfffd;
      if (replaced || next < 0 || !isContinuation(viewByte(next))) {
        const gap = gaps++;
        if (gap < utf8Gaps.sizes.length) utf8Gaps.sizes[gap] = letters.length;
        const choice = fills !== null && gap < fills.length ? fills[gap]! : -1;
        if (choice >= 0 && choice < letters.length) {
          out[n++] = letters[choice]!;
          i += used - 1 + (replaced ? 1 : 0);
          continue;
        }
      }
    }
    out[n++] = c;
  }
  utf8Gaps.count = gaps;
  return n;
}
