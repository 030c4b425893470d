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
  const asked: number[] = [];
  for (let c = 0x80; c < 0x10000; c++) {
    const k = source[c]!;
    if (k === CharClass.Lower || k === CharClass.Upper || k === CharClass.Letter || k === CharClass.High || k === CharClass.Low) {
      t[c] = C.Letter;
    } else if (k === CharClass.Extend) {
      t[c] = C.Mark;
    } else if (k === CharClass.Punct || k === CharClass.Symbol || k === CharClass.Space) {
      // NFC maps a handful of these to others (U+037E to `;`, U+2000 to U+2002).
      asked.push(c);
      if (k === CharClass.Space && c !== 0x85 && c !== 0x2028 && c !== 0x2029) t[c] = C.OddSpace;
    }
  }
  for (const c of changedByNfc(asked)) t[c] = C.NfcOther;
  for (const c of INVISIBLES) t[c] = C.Invisible;
  for (let c = 0x41; c <= 0x5a; c++) {
    t[c] = C.Ascii;
    t[c + 0x20] = C.Ascii;
  }
  t[0x20] = C.Space;
  t[0x09] = C.Space;
  return t;
}

/**
 * Which of the BMP code units `codes` NFC changes when it stands alone. Asked in one call,
 * each code unit on its own line: a line feed composes with nothing on either side.
 */
function changedByNfc(codes: readonly number[]): number[] {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 4096) parts.push(String.fromCharCode(...codes.slice(i, i + 4096)));
  const joined = parts.join('').split('').join('\n');
  const lines = joined.normalize('NFC').split('\n');
  const changed: number[] = [];
  for (let i = 0; i < codes.length; i++) if (lines[i] !== String.fromCharCode(codes[i]!)) changed.push(codes[i]!);
  return changed;
}

/** The class table, built on first use (a few milliseconds). */
export function charClasses(): Uint8Array {
  return table ?? (table = build());
}

/** Whether a code unit belongs to the Latin script ranges Vietnamese is written in. */
export function isLatin(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x300 && code <= 0x36f);
}

/**
 * Bits of normalization's first-pass table: what a code unit may need wherever it stands.
 * The low three bits describe Vietnamese vowels (so that the pass can tell whether a tone
 * mark is in doubt from the neighbours' entries alone); the kind in the high bits says the
 * character itself needs a look.
 */
export const enum Q {
  /** A Vietnamese vowel carrying a tone mark. */
  Toned = 1,
  /** A vowel letter (ASCII or Vietnamese), with or without tone. */
  Vowel = 2,
  /** A vowel with a shape mark (ă â ê ô ơ ư). */
  Shaped = 4,
  /** Its word needs a closer look: a mark, a look-alike, a letter of a script NFC may change. */
  Word = 8,
  /** A space other than U+0020. */
  Space = 16,
  /** Zero-width or soft hyphen. */
  Invisible = 24,
  /** A non-letter that NFC replaces. */
  NfcOther = 32,
  /** Mask of the kinds above. */
  Kind = 56,
}

let quick: Uint8Array | null = null;

/**
 * Look-alikes of Latin letters: `Ð`/`ð` (eth) and `Ɖ` for `Đ`/`đ`, and the Cyrillic letters
 * that pass for Latin ones.
 */
export const LOOKALIKES: ReadonlyMap<number, number> = new Map<number, number>([
  [0x00d0, 0x0110], // Ð eth → Đ
  [0x00f0, 0x0111], // ð → đ
  [0x0189, 0x0110], // Ɖ African D → Đ
  [0x0430, 0x61], [0x0435, 0x65], [0x043e, 0x6f], [0x0440, 0x70], [0x0441, 0x63], [0x0443, 0x79], [0x0445, 0x78],
  [0x0410, 0x41], [0x0412, 0x42], [0x0415, 0x45], [0x041a, 0x4b], [0x041c, 0x4d], [0x041d, 0x48], [0x041e, 0x4f],
  [0x0420, 0x50], [0x0421, 0x43], [0x0422, 0x54], [0x0425, 0x58],
]);

/**
 * The first pass's table (see {@link Q}), one byte per BMP code unit, built on first use from
 * the character classes and the syllable model's letter table (packed entries, which
 * `vowel`, `tone` and `base` read).
 */
export function quickClasses(letters: Int32Array, vowel: (info: number) => boolean, tone: (info: number) => number, base: (info: number) => number): Uint8Array {
  if (quick !== null) return quick;
  const cls = charClasses();
  const q = new Uint8Array(0x10000);
  const kindOf = new Uint8Array(8);
  kindOf[C.Mark] = Q.Word;
  kindOf[C.Invisible] = Q.Invisible;
  kindOf[C.OddSpace] = Q.Space;
  kindOf[C.NfcOther] = Q.NfcOther;
  for (let c = 0x80; c < 0x10000; c++) {
    const k = cls[c]!;
    if (k !== C.Letter) q[c] = kindOf[k]!;
    else if (c >= 0x370 && !stableScript(c)) q[c] = Q.Word;
  }
  for (const c of LOOKALIKES.keys()) q[c] = Q.Word;
  for (let c = 0; c < letters.length; c++) {
    const i = letters[c]!;
    if (vowel(i)) q[c] = Q.Vowel | (tone(i) !== 0 ? Q.Toned : 0) | (base(i) > 0x7f ? Q.Shaped : 0);
  }
  return (quick = q);
}

/**
 * Letters of blocks where NFC changes nothing and composes nothing: Latin Extended
 * Additional (Vietnamese), kana, CJK ideographs, Hangul syllables, and the emoji planes'
 * high surrogates (U+1F000–U+1FBFF). Other letters from U+0370 on send their word to NFC,
 * which may find nothing to do (Greek, Cyrillic and Indic words are rare in Vietnamese news).
 */
function stableScript(c: number): boolean {
  return (
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xd83c && c <= 0xd83e) ||
    (c >= 0xdc00 && c <= 0xdfff)
  );
}

let stops: Uint8Array[] | null = null;

/**
 * Where the first pass stops, as a table over (previous entry's vowel bits, this entry): 512
 * bytes, 1 to stop. It stops on every character of a kind, and (with `tones`) on the second
 * of two vowels whose tone mark is in doubt: a toned vowel without a shape mark next to any
 * vowel (`của`, `hòa`, `quá`), or a toned shaped vowel before another shaped one (`ngừơi`).
 * A toned shaped vowel followed by none (`người`, `Việt`, `được`) is settled without a look.
 * Toned vowels are a fifth of Vietnamese text; asking one table per character instead of
 * branching on each keeps the pass fast.
 */
export function stopTable(tones: boolean): Uint8Array {
  stops ??= [false, true].map((withTones) => {
    const t = new Uint8Array(512);
    for (let p = 0; p < 8; p++) {
      for (let q = 0; q < 64; q++) {
        const pToned = (p & Q.Toned) !== 0;
        const pVowel = (p & Q.Vowel) !== 0;
        const pShaped = (p & Q.Shaped) !== 0;
        const qToned = (q & Q.Toned) !== 0;
        const qVowel = (q & Q.Vowel) !== 0;
        const qShaped = (q & Q.Shaped) !== 0;
        const doubt =
          (pToned && !pShaped && qVowel) || (pVowel && qToned && !qShaped) || (pToned && pShaped && qVowel && qShaped);
        if ((q & Q.Kind) !== 0 || (withTones && doubt)) t[(p << 6) | q] = 1;
      }
    }
    return t;
  });
  return stops[tones ? 1 : 0]!;
}
