import { decodeRuns } from './char-class-codes.js';
import { CHAR_CLASS_RUNS } from './char-classes.generated.js';

let bmp: Uint8Array | undefined;
let astralStarts: Uint32Array | undefined;
let astralClasses: Uint8Array | undefined;

/**
 * The class of every BMP code unit (surrogate halves included), expanded from the generated
 * runs at first use: about 4,000 fills, well under a millisecond.
 *
 * @example
 * bmpClasses()['a'.charCodeAt(0)] === CharClass.Lower; // true
 */
export function bmpClasses(): Uint8Array {
  if (bmp !== undefined) return bmp;
  const { starts, classes } = decodeRuns(CHAR_CLASS_RUNS);
  const table = new Uint8Array(0x10000);
  for (let r = 0; r < starts.length && starts[r]! < 0x10000; r++) {
    const to = r + 1 < starts.length ? Math.min(starts[r + 1]!, 0x10000) : 0x10000;
    table.fill(classes[r]!, starts[r]!, to);
  }
  astralStarts = starts;
  astralClasses = classes;
  bmp = table;
  return table;
}

/**
 * The class of a supplementary-plane code point (emoji, rare CJK, math letters).
 *
 * @example
 * astralClass(0x1f602) === CharClass.Pict; // 😂
 */
export function astralClass(cp: number): number {
  if (astralStarts === undefined) bmpClasses();
  const s = astralStarts!;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return astralClasses![lo]!;
}
