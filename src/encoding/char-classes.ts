// Character classes for repair's scanner: one table lookup per code unit tells whether a
// character can belong to a (possibly damaged) word and what kind of damage it can carry.
import { CP1252_80_9F } from './code-pages.generated.js';
import { isVietnameseLetter } from './code-pages.js';

/** ASCII letter. */
export const C_ALPHA = 1;
/** Vietnamese letter outside Latin-1 (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9). */
export const C_VI = 2;
/** Vietnamese letter inside Latin-1 (à á â ã è é ê ì í ò ó ô õ ù ú ý and upper case). */
export const C_L1VI = 4;
/** Any other character a legacy byte can show as: Latin-1 symbols and letters, C1, cp1252 punctuation. */
export const C_HIGH = 8;
/** Combining mark (U+0300–U+036F). */
export const C_COMB = 16;
/** ASCII character VIQR uses as a mark; part of a word only right after a letter or mark. */
export const C_MARK = 32;
/** No-break space: part of a word only where a legacy byte put it there (UTF-8 `à` = `Ã` + NBSP). */
export const C_NBSP = 64;

/** Classes that make a word need more than a syllable check. */
export const C_SUSPECT = C_HIGH | C_COMB | C_NBSP;

const LOW_SIZE = 0x300;
let low: Uint8Array | null = null;
let cp1252Specials: Set<number> | null = null;

function build(): Uint8Array {
  const t = new Uint8Array(LOW_SIZE);
  for (let c = 0x41; c <= 0x5a; c++) t[c] = C_ALPHA;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = C_ALPHA;
  for (const ch of "^(+*'`?~.\\") t[ch.charCodeAt(0)] = C_MARK;
  // C0 positions VISCII and VPS give to upper-case letters; they never occur in clean text.
  for (const c of [0x02, 0x03, 0x04, 0x05, 0x06, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x19, 0x1c, 0x1d, 0x1e]) t[c] = C_HIGH;
  for (let c = 0x80; c < 0x100; c++) t[c] = C_HIGH;
  t[0xa0] = C_NBSP;
  for (let c = 0xc0; c < LOW_SIZE; c++) {
    if (isVietnameseLetter(c)) t[c] = c < 0x100 ? C_L1VI : C_VI;
    else if (c < 0x250) t[c] = C_HIGH;
  }
  t[0x2c6] = C_HIGH; // ˆ (cp1252 0x88)
  t[0x2dc] = C_HIGH; // ˜ (cp1252 0x98)
  cp1252Specials = new Set(CP1252_80_9F.filter((c) => c >= LOW_SIZE));
  return t;
}

/** The class bits of a code unit (0: not part of any word). */
export function charClass(c: number): number {
  if (c < LOW_SIZE) return (low ?? (low = build()))[c]!;
  if (c >= 0x1ea0 && c <= 0x1ef9) return C_VI;
  if (c >= 0x300 && c <= 0x36f) return C_COMB;
  if (low === null) low = build();
  // U+FFFD: a byte a pipeline could not show, inside a word of UTF-8 damage.
  if (c === 0xfffd) return C_HIGH;
  return cp1252Specials!.has(c) ? C_HIGH : 0;
}

let full: Uint8Array | null = null;

/**
 * The class of every UTF-16 code unit in one 64 KB table, for the scanners' hot loops: one
 * lookup per character, no branch on its range (Vietnamese letters U+1EA0–U+1EF9 and curly
 * quotes are as cheap as ASCII).
 */
export function classTable(): Uint8Array {
  if (full !== null) return full;
  // The same classes as charClass, range by range (a loop over charClass costs the first call).
  const t = new Uint8Array(0x10000);
  t.set(lowClassTable());
  t.fill(C_COMB, 0x300, 0x370);
  t.fill(C_VI, 0x1ea0, 0x1efa);
  t[0xfffd] = C_HIGH;
  for (const c of cp1252Specials!) t[c] = C_HIGH;
  return (full = t);
}

/** The low table itself, for scanners that inline the lookup. */
export function lowClassTable(): Uint8Array {
  return low ?? (low = build());
}

/**
 * Punctuation that may stand at the edge of a clean word (`“Hà`, `Nội…`) and is stripped before
 * the word is judged as it stands. Everything else non-letter in a word makes it suspect.
 */
export function isEdgePunctuation(c: number): boolean {
  if (c < 0x80) {
    // Controls are VISCII/VPS letters here (Ữ = 0x1D), never punctuation.
    if (c < 0x21 || c === 0x7f) return false;
    // VIQR's shape and tone characters other than . ? ' never end a clean word.
    if (c === 0x5e || c === 0x28 || c === 0x2b || c === 0x2a || c === 0x60 || c === 0x7e || c === 0x5c) return false;
    return !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39));
  }
  return (
    c === 0xa0 ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201a ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x2022
  );
}
