// Character classes for normalization's scan, one byte per BMP code unit.
import { CharClass } from '../tokenize/char-class-codes.js';
import { bmpClasses } from '../tokenize/char-classes.js';

export const enum C {
  /** Space, punctuation, digits, symbols: ends a word. */
  Other = 0,
  /** ASCII letter. */
  Ascii = 1,
  /** Any other letter, or a surrogate (supplementary letters and emoji stay in their run). */
  Letter = 2,
  /** Combining mark: joins the character before it. */
  Mark = 3,
  /** Zero-width or soft hyphen: removed inside Latin words. */
  Invisible = 4,
  /** A space other than U+0020 (no-break, thin, ideographic …): made plain between letters. */
  OddSpace = 5,
  /** ASCII space or tab. */
  Space = 6,
  /** Not a letter or mark, yet NFC replaces it (`;` for the Greek question mark U+037E). */
  NfcOther = 7,
}

const INVISIBLES = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

let table: Uint8Array | null = null;

/**
 * Derived from the tokenizer's generated Unicode classes, so both stages agree on what a
 * letter is in every runtime: letters and surrogates are word material, marks and format
 * characters join the letter before them, non-ASCII white space is an odd space. Only the
 * few hundred non-letters that NFC replaces are found here, by asking NFC.
 */
function build(): Uint8Array {
  const source = bmpClasses();
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) {
    const k = source[c]!;
    if (k === CharClass.Lower || k === CharClass.Upper || k === CharClass.Letter || k === CharClass.High || k === CharClass.Low) {
      t[c] = C.Letter;
    } else if (k === CharClass.Extend) {
      t[c] = C.Mark;
    } else if (k === CharClass.Punct || k === CharClass.Symbol || k === CharClass.Space) {
      // NFC maps a handful of these to others (U+037E to `;`, U+2000 to U+2002).
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFC') !== ch) t[c] = C.NfcOther;
      else if (k === CharClass.Space && c !== 0x85 && c !== 0x2028 && c !== 0x2029) t[c] = C.OddSpace;
    }
  }
  for (const c of INVISIBLES) t[c] = C.Invisible;
  for (let c = 0x41; c <= 0x5a; c++) {
    t[c] = C.Ascii;
    t[c + 0x20] = C.Ascii;
  }
  t[0x20] = C.Space;
  t[0x09] = C.Space;
  return t;
}

/** The class table, built on first use (a few milliseconds). */
export function charClasses(): Uint8Array {
  return table ?? (table = build());
}

/** Whether a code unit belongs to the Latin script ranges Vietnamese is written in. */
export function isLatin(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x300 && code <= 0x36f);
}
