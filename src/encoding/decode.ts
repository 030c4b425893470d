import { VntextInputError } from '../core/errors.js';
import { normalizeBounded } from '../normalize/bounded.js';
import { type TableEncoding, codePage } from './code-pages.js';
import { encodingArg } from './encode.js';
import type { Encoding } from './encodings.js';
import { isSyllableRange } from './judge.js';
import { TrailingMark, decodeViqrRange } from './viqr.js';

/** Byte encodings `decode(bytes, 'auto')` chooses among when the bytes are not UTF-8. */
const AUTO_CANDIDATES: readonly TableEncoding[] = ['vni', 'tcvn3', 'windows-1258', 'viscii', 'vps', 'tcvn5712-1'];
/** Bytes `'auto'` looks at to choose an encoding. */
const AUTO_SAMPLE = 1 << 16;

/**
 * Decodes the bytes of a legacy Vietnamese file. `'auto'` takes valid UTF-8 as UTF-8 and
 * otherwise chooses the code page in which the most words are Vietnamese syllables. Bytes that
 * are no letter in a code page decode as that code page's Windows font shows them. `viqr`
 * honours RFC 1456 escapes and reads a tone character after a word that has a tone as
 * punctuation (`Nội.`).
 *
 * @example
 * decode(Uint8Array.of(0x74, 0x72, 0x65, 0xe2, 0x6e), 'vni'); // 'trên'
 * decode(bytesOfAnOldTcvn3File, 'auto');                      // the text, in Unicode
 */
export function decode(bytes: Uint8Array, encoding: Encoding | 'auto'): string {
  if (!(bytes instanceof Uint8Array)) throw new VntextInputError('decode', 'a Uint8Array', bytes);
  const enc = encodingArg('decode', encoding, ['auto']) as Encoding | 'auto';
  switch (enc) {
    case 'auto':
      return decodeAuto(bytes);
    case 'utf-8':
      return new TextDecoder('utf-8').decode(bytes);
    case 'nfd':
    case 'unicomp':
      return normalizeBounded(new TextDecoder('utf-8').decode(bytes));
    case 'viqr': {
      const text = latin1(bytes);
      const out = new Uint16Array(text.length);
      const n = decodeViqrRange(text, 0, text.length, out, TrailingMark.Mark);
      return codesToString(out, n);
    }
    case 'windows-1258-decomposed':
      return decodeTable(bytes, 'windows-1258');
    default:
      return decodeTable(bytes, enc);
  }
}

function decodeTable(bytes: Uint8Array, name: TableEncoding): string {
  const page = codePage(name);
  const { single, pairRow, pairs, passThrough } = page;
  const out = new Uint16Array(bytes.length);
  let n = 0;
  let combining = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const row = pairRow[b]!;
    if (row >= 0 && i + 1 < bytes.length) {
      const letter = pairs[row * 256 + bytes[i + 1]!]!;
      if (letter !== 0) {
        out[n++] = letter;
        i++;
        continue;
      }
    }
    const letter = single[b]!;
    const code = letter !== 0 ? letter : passThrough[b]!;
    if (code >= 0x300 && code <= 0x36f) combining = true;
    out[n++] = code;
  }
  const s = codesToString(out, n);
  // A combining tone byte after a base it could not pair with (Windows-1258) still composes.
  return combining ? normalizeBounded(s) : s;
}

function decodeAuto(bytes: Uint8Array): string {
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null) return utf8;
  const sample = bytes.subarray(0, AUTO_SAMPLE);
  let best: TableEncoding = 'vni';
  let bestScore = -Infinity;
  for (const name of AUTO_CANDIDATES) {
    const score = vietnameseScore(decodeTable(sample, name));
    if (score > bestScore) {
      bestScore = score;
      best = name;
    }
  }
  return decodeTable(bytes, best);
}

/** Syllables with diacritics minus words that are no syllable: how Vietnamese a text reads. */
function vietnameseScore(text: string): number {
  let score = 0;
  const words = text.split(/[\s.,;:!?"'()\[\]{}<>«»“”‘’…–—\-/\\0-9]+/u);
  for (const w of words) {
    if (w === '') continue;
    let ascii = true;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) ascii = false;
    if (ascii) continue;
    score += isSyllableRange(w, 0, w.length) ? 1 : -1;
  }
  return score;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 4096)));
  }
  return s;
}

function codesToString(codes: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 4096) {
    s += String.fromCharCode.apply(null, Array.from(codes.subarray(i, Math.min(n, i + 4096))));
  }
  return s;
}
