// Non-negative integers as text for the generated data modules (lexicon, model): base 32, the
// last digit of each number from a second alphabet, so numbers need no separators and a stream
// of small numbers is one character each. Plain ASCII, which gzip packs well and a decoder
// reads with one table lookup per character.
const DIGITS = '0123456789abcdefghijklmnopqrstuv';
const LAST_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';

/**
 * Encodes a non-negative integer for {@link NumberReader}.
 *
 * @example
 * packNumber(5); // 'F'
 * packNumber(40); // '1I'
 */
export function packNumber(n: number): string {
  let s = LAST_DIGITS[n & 31]!;
  n >>>= 5;
  while (n > 0) {
    s = DIGITS[n & 31]! + s;
    n >>>= 5;
  }
  return s;
}

let DIGIT_VALUE: Int8Array | null = null;

/** Digit values by character code: 0-31 inner digits, 32-63 last digits, -1 anything else. */
function digitValues(): Int8Array {
  if (DIGIT_VALUE === null) {
    const v = new Int8Array(128).fill(-1);
    for (let i = 0; i < 32; i++) {
      v[DIGITS.charCodeAt(i)] = i;
      v[LAST_DIGITS.charCodeAt(i)] = 32 + i;
    }
    DIGIT_VALUE = v;
  }
  return DIGIT_VALUE;
}

/**
 * Reads the numbers {@link packNumber} wrote, from `text` at `pos`; any other character (a
 * newline between two streams) is skipped. Past the end it reads 0.
 *
 * @example
 * const r = new NumberReader('FA\n1I', 0);
 * [r.next(), r.next(), r.next()]; // [5, 0, 40]
 */
export class NumberReader {
  private readonly digits = digitValues();

  constructor(
    private readonly text: string,
    public pos: number,
  ) {}

  next(): number {
    const { text, digits } = this;
    const length = text.length;
    let p = this.pos;
    let value = 0;
    while (p < length) {
      const c = text.charCodeAt(p++);
      const d = c < 128 ? digits[c]! : -1;
      if (d >= 32) {
        this.pos = p;
        return value * 32 + (d - 32);
      }
      if (d >= 0) value = value * 32 + d;
    }
    this.pos = p;
    return 0;
  }
}
