// Emoticons and arrows written with ASCII punctuation (`:))`, `=))`, `:D`, `^^`, `<3`, `==>`):
// one symbol token each, as social text means them. Each is matched only where it cannot be
// ordinary punctuation: the ones that start with `:` `;` `=` or `<` need the start of the text
// or white space before them (`(xem:D` and `(xem: D` stay a colon and a letter) and no letter
// or digit right after them; a double closing bracket (`vui quá:))`) is an emoticon anywhere.
import { CharClass } from './char-class-codes.js';

/**
 * The emoticons, longest first within each start character. `)` and `(` may repeat at the end
 * (`:)))`, `=((`).
 */
const EMOTICONS: readonly string[] = [
  ':-)', ':-(', ':-D', ':-P', ':-p', ":'(", ':)', ':(', ':D', ':P', ':p', ':v', ':V', ':3', ':o', ':O', ':x', ':X', ':|', ':>', ':<', ':*',
  ';-)', ';)', ';(',
  '=)', '=(', '=D',
  '^^', '^_^', '^.^', '-_-', '<3', '>.<', '>_<',
];

/** Arrows: `->`, `-->`, `=>`, `==>`, `<-`, `<--`, `<=`, `<==`, `<->`, `<=>`. */
const ARROWS: readonly string[] = ['<-->', '<==>', '<->', '<=>', '<--', '<==', '-->', '==>', '<-', '<=', '->', '=>'];

let HEADS: Set<number> | null = null;

/** The first two code units of every emoticon and arrow, as `first << 16 | second`. */
function heads(): Set<number> {
  if (HEADS === null) HEADS = new Set([...ARROWS, ...EMOTICONS].map((m) => (m.charCodeAt(0) << 16) | m.charCodeAt(1)));
  return HEADS;
}

const isRepeatable = (c: number): boolean => c === 0x29 || c === 0x28;

/**
 * The end of the emoticon or arrow that starts at `p`, or -1. `C` is the character class table.
 *
 * @example
 * matchEmoticon('vui :)) nhé', 4, 11, classes); // 7
 */
export function matchEmoticon(text: string, p: number, n: number, C: Uint8Array): number {
  const first = text.charCodeAt(p);
  if (!heads().has((first << 16) | text.charCodeAt(p + 1))) return -1;
  for (const a of ARROWS) {
    if (a.charCodeAt(0) === first && text.startsWith(a, p)) {
      // A run of the same sign goes on as before (`<<<`, `====`); an arrow's head ends it.
      const e = p + a.length;
      if (e < n && text.charCodeAt(e) === a.charCodeAt(a.length - 1)) return -1;
      return e;
    }
  }
  const spaceBefore = p === 0 || C[text.charCodeAt(p - 1)] === CharClass.Space;
  for (const m of EMOTICONS) {
    if (m.charCodeAt(0) !== first || !text.startsWith(m, p)) continue;
    let e = p + m.length;
    const last = m.charCodeAt(m.length - 1);
    if (isRepeatable(last)) while (e < n && text.charCodeAt(e) === last) e++;
    // `:))` and longer is never punctuation; anything else needs a space before it.
    if (!spaceBefore && !(isRepeatable(last) && e - p - m.length >= 1)) return -1;
    if (e < n && C[text.charCodeAt(e)]! <= CharClass.Digit) return -1;
    return e;
  }
  return -1;
}

/**
 * Whether an emoticon or arrow can start with the code unit `c`.
 *
 * @example
 * mayStartEmoticon(0x3a); // true (':')
 */
export const mayStartEmoticon = (c: number): boolean =>
  c === 0x3a || c === 0x3b || c === 0x3d || c === 0x5e || c === 0x3c || c === 0x3e || c === 0x2d;
