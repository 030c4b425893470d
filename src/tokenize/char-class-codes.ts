/**
 * The tokenizer's character classes. Word material comes first (Lower..Digit) so the hot loop
 * tests "continues a word" with a single `c <= CharClass.Digit`.
 *
 * @example
 * bmpClasses()[0x1b0] === CharClass.Lower; // 'ư'
 */
export const CharClass = {
  Lower: 0,
  Upper: 1,
  /** Caseless letters and non-ASCII digits. */
  Letter: 2,
  /** Combining marks and format characters (ZWJ, ZWNJ, soft hyphen, variation selectors). */
  Extend: 3,
  /** ASCII 0-9 only: Vietnamese numbers, dates and phones are written with these. */
  Digit: 4,
  Space: 5,
  Punct: 6,
  Symbol: 7,
  /** Extended_Pictographic with emoji presentation by default. */
  Pict: 8,
  /** Extended_Pictographic shown as text unless followed by U+FE0F (©, ❤, ☀). */
  PictText: 9,
  High: 10,
  Low: 11,
  Control: 12,
  /** Unassigned and private-use code points. */
  Other: 13,
  Regional: 14,
  /** Emoji skin-tone modifiers U+1F3FB..U+1F3FF. */
  Modifier: 15,
} as const;

// Runs are packed as base64 digits: one digit for the class, then the run length as a
// little-endian base-32 varint (bit 5 set on every digit but the last).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Packs run starts and classes (first start must be 0) for the generated module.
 *
 * @example
 * encodeRuns([0, 48], [13, 4]); // 'NwBEw+/hB'
 */
export function encodeRuns(starts: readonly number[], classes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < starts.length; i++) {
    let len = (i + 1 < starts.length ? starts[i + 1]! : 0x110000) - starts[i]!;
    out += ALPHABET[classes[i]!];
    while (len >= 32) {
      out += ALPHABET[32 | (len & 31)];
      len >>>= 5;
    }
    out += ALPHABET[len];
  }
  return out;
}

/**
 * Inverse of {@link encodeRuns}.
 *
 * @example
 * decodeRuns(CHAR_CLASS_RUNS).starts.length; // about 3,800 runs
 */
export function decodeRuns(packed: string): { starts: Uint32Array; classes: Uint8Array } {
  const value = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) value[ALPHABET.charCodeAt(i)] = i;
  // Every run has exactly two digits below 32: its class and the last digit of its length.
  let small = 0;
  for (let i = 0; i < packed.length; i++) if (value[packed.charCodeAt(i)]! < 32) small++;
  const count = small >> 1;
  const starts = new Uint32Array(count);
  const classes = new Uint8Array(count);
  let pos = 0;
  let cp = 0;
  for (let r = 0; r < count; r++) {
    classes[r] = value[packed.charCodeAt(pos++)]!;
    let len = 0;
    let scale = 1;
    for (;;) {
      const d = value[packed.charCodeAt(pos++)]!;
      len += (d & 31) * scale;
      scale *= 32;
      if (d < 32) break;
    }
    starts[r] = cp;
    cp += len;
  }
  return { starts, classes };
}
