import { assertText } from '../core/options.js';
import { Scanner } from './scanner.js';

/**
 * Tokens as a struct of typed arrays: token `i` covers `text.slice(start[i], end[i])` and has
 * kind code `kind[i]` (see `TokenKind`). The arrays are views of exactly `count` entries.
 * Offsets are UTF-16 code units into the scanned string.
 *
 * @example
 * const { count, start, end, kind } = scanTokens(text);
 * for (let i = 0; i < count; i++) if (kind[i] === TokenKind.Url) console.log(text.slice(start[i], end[i]));
 */
export interface TokenTable {
  readonly count: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
}

/**
 * The core scan: one left-to-right pass that fills typed arrays and creates no per-token
 * objects. Everything else in `vntext/tokenize` (and the segmenter) is built on it.
 *
 * @example
 * const t = scanTokens('Ngày 23/10/2023, HTX có 2.270 thành viên.');
 * t.count;                          // 9
 * tokenKindName(t.kind[1]!);        // 'date'
 * 'Ngày 23/10/2023'.slice(t.start[1], t.end[1]); // '23/10/2023'
 */
export function scanTokens(text: string): TokenTable {
  assertText('scanTokens', text);
  const s = new Scanner(text);
  // Prose averages about six code units per token including the space; start a little above
  // that so most texts never grow, and double when they do.
  let cap = (text.length >>> 2) + 16;
  let start = new Uint32Array(cap);
  let end = new Uint32Array(cap);
  let kind = new Uint8Array(cap);
  let n = 0;
  let k: number;
  while ((k = s.next()) !== 0) {
    if (n === cap) {
      cap *= 2;
      const s2 = new Uint32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Uint32Array(cap);
      e2.set(end);
      end = e2;
      const k2 = new Uint8Array(cap);
      k2.set(kind);
      kind = k2;
    }
    start[n] = s.tokenStart;
    end[n] = s.tokenEnd;
    kind[n] = k;
    n++;
  }
  return { count: n, start: start.subarray(0, n), end: end.subarray(0, n), kind: kind.subarray(0, n) };
}
