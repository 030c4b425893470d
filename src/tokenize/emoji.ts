import { CharClass } from './char-class-codes.js';
import { astralClass, bmpClasses } from './char-classes.js';

// Emoji sequences as UTS #51 builds them, read greedily:
//   element  = pictograph [FE0F|FE0E] [skin tone] [tags…] | regional-indicator pair | keycap
//   sequence = element (ZWJ element)*
// A text-style pictograph (©, ❤, ☀) is an emoji only when something asks for emoji
// presentation (U+FE0F, a skin tone, a ZWJ link); alone it is a symbol.

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

/**
 * Class and width (1 or 2 code units) of the code point at `i`; lone surrogates are Other.
 *
 * @example
 * classAt('😂', 0, 2, w); // CharClass.Pict, w.width === 2
 */
export function classAt(text: string, i: number, n: number, out: { width: number }): number {
  const c = text.charCodeAt(i);
  const k = bmpClasses()[c]!;
  if (k === CharClass.High && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      out.width = 2;
      return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
  }
  out.width = 1;
  return k === CharClass.High || k === CharClass.Low ? CharClass.Other : k;
}

const isEmojiStart = (k: number): boolean =>
  k === CharClass.Pict || k === CharClass.PictText || k === CharClass.Regional || k === CharClass.Modifier;

/**
 * Set by {@link matchEmoji}: true for an emoji, false for a text-style symbol.
 *
 * @example
 * matchEmoji('❤', 0, 1); emojiMatch.isEmoji; // false
 */
export const emojiMatch = { isEmoji: false };

const w = { width: 1 };

/**
 * The end of the emoji sequence at `p` (whose class is a pictograph, regional or modifier).
 *
 * @example
 * matchEmoji('👨‍👩‍👧!', 0, 9); // 8
 */
export function matchEmoji(text: string, p: number, n: number): number {
  let i = p;
  let emoji = false;
  for (;;) {
    const k = classAt(text, i, n, w);
    i += w.width;
    if (k === CharClass.Regional) {
      emoji = true;
      if (i < n && classAt(text, i, n, w) === CharClass.Regional) i += w.width;
    } else if (k !== CharClass.PictText) {
      emoji = true;
    }
    // Presentation selectors, skin tones, tag sequences, keycap marks.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === ZWJ) break;
      const m = classAt(text, i, n, w);
      if (m === CharClass.Modifier || c === VS16) emoji = true;
      else if (m !== CharClass.Extend) break;
      i += w.width;
    }
    if (i + 1 < n && text.charCodeAt(i) === ZWJ && isEmojiStart(classAt(text, i + 1, n, w))) {
      emoji = true;
      i++;
      continue;
    }
    break;
  }
  emojiMatch.isEmoji = emoji;
  return i;
}

/**
 * The end of a keycap emoji (`1️⃣`, `#⃣`) at `p`, or -1.
 *
 * @example
 * matchKeycap('1\uFE0F\u20E3', 0, 3); // 3
 */
export function matchKeycap(text: string, p: number, n: number): number {
  let i = p + 1;
  if (i < n && text.charCodeAt(i) === VS16) i++;
  return i < n && text.charCodeAt(i) === KEYCAP ? i + 1 : -1;
}
