// Where each character of a repaired word came from. A change replaces a whole word, but one
// word of damage may hold several tokens (UTF-8 mojibake of a quote and a word, `â€œVÃ o` is
// `“Vào`; decomposed Unicode glued to punctuation, `No\u0323\u0302i.To\u0302i`): decoding is per
// character, so the alignment is recorded per character, and each token maps to its own input.
//
// The groups are found by writing each output character back in the word's encoding and
// matching it against the input, left to right; where that fails (case restored by TCVN3 case
// inference in a form the encoding cannot write, bytes a pipeline dropped), the change stays
// one edit, as coarse as it was.
import type { AlignmentBuilder } from '../core/index.js';
import { mojibake } from './encode.js';
import type { DetectedEncoding, Encoding } from './encodings.js';

/** Forms an output character may have had in the input, per encoding (bounded, per process). */
const formsCache = new Map<string, readonly string[]>();
const FORMS_CACHE_LIMIT = 4096;

function formsOf(ch: string, encoding: DetectedEncoding): readonly string[] {
  const key = encoding + ch;
  let forms = formsCache.get(key);
  if (forms !== undefined) return forms;
  const found = new Set<string>([ch]);
  const add = (enc: Encoding, view?: 'latin1'): void => {
    for (const c of new Set([ch, ch.toLowerCase(), ch.toUpperCase()])) {
      const f = mojibake(c, enc, view === undefined ? undefined : { view });
      if (f !== '') found.add(f);
    }
  };
  switch (encoding) {
    case 'nfd':
      found.add(ch.normalize('NFD'));
      add('unicomp');
      break;
    case 'windows-1258':
      add('windows-1258');
      add('windows-1258-decomposed');
      break;
    case 'viscii':
    case 'vps':
      add(encoding);
      add(encoding, 'latin1');
      break;
    default:
      add(encoding);
  }
  // Longest first, so a letter is not matched by a prefix of its own form.
  forms = [...found].sort((a, b) => b.length - a.length);
  if (formsCache.size >= FORMS_CACHE_LIMIT) formsCache.clear();
  formsCache.set(key, forms);
  return forms;
}

/**
 * Per code unit of `piece`, how many code units of `original` it came from (0 for the low half
 * of a surrogate pair), or null when the two cannot be matched character by character.
 */
export function characterGroups(original: string, piece: string, encoding: DetectedEncoding): Int32Array | null {
  const groups = new Int32Array(piece.length);
  let p = 0;
  for (let k = 0; k < piece.length; k++) {
    const code = piece.charCodeAt(k);
    const wide = code >= 0xd800 && code <= 0xdbff && k + 1 < piece.length && (piece.charCodeAt(k + 1) & 0xfc00) === 0xdc00;
    const ch = wide ? piece.slice(k, k + 2) : piece[k]!;
    let taken = -1;
    for (const f of formsOf(ch, encoding)) {
      if (original.startsWith(f, p)) {
        taken = f.length;
        break;
      }
    }
    if (taken <= 0) return null;
    groups[k] = taken;
    p += taken;
    if (wide) groups[++k] = 0;
  }
  return p === original.length ? groups : null;
}

/** True when `piece` holds a character that is no letter or mark: a token may end inside it. */
export function mayHoldTokens(piece: string): boolean {
  for (let k = 0; k < piece.length; k++) {
    const c = piece.charCodeAt(k);
    if (c < 0x80) {
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return true;
    } else if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff)) return true;
  }
  return false;
}

/**
 * Records the change of input `[start, end)` into `piece`: one edit per character group that
 * changed (copies between them keep neighbouring tokens apart), or one edit for the whole
 * change when `groups` is null.
 */
export function recordChange(builder: AlignmentBuilder, text: string, start: number, end: number, piece: string, groups: Int32Array | null): void {
  if (groups === null) {
    builder.edit(start, end, piece.length);
    return;
  }
  let p = start;
  for (let k = 0; k < piece.length; ) {
    const len = groups[k]!;
    const units = k + 1 < piece.length && groups[k + 1] === 0 ? 2 : 1;
    const same = len === units && text.startsWith(piece.slice(k, k + units), p);
    if (!same) builder.edit(p, p + len, units);
    p += len;
    k += units;
  }
}
