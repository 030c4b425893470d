// UTF-8 punctuation shown as Windows-1252 (`â€œ` is “, `â€“` –, `â€¦` …): three characters no
// language writes, so they are repaired wherever they stand, before the words are weighed
// (a page of clean Vietnamese with only its quotes damaged shows no damaged word at all, and
// `â€œhotâ€` holds an English word).
import { AlignmentBuilder, type EditAlignment } from '../core/index.js';
import type { RepairChange } from './types.js';

/** Windows-1252's characters for bytes 0x80–0x9F (U+FFFF where the byte is undefined). */
const CP1252_HIGH = '\u20ac\uffff\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\uffff\u017d\uffff\uffff\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\uffff\u017e\u0178';

/** The continuation byte 0x80–0xBF a character shows, or -1. */
function continuationByte(c: number): number {
  if (c >= 0x80 && c <= 0xbf) return c; // Latin-1 view, or 0xA0–0xBF in either view
  const k = CP1252_HIGH.indexOf(String.fromCharCode(c));
  return k >= 0 && c !== 0xffff ? 0x80 + k : -1;
}

export interface PunctuationRepair {
  readonly text: string;
  readonly changes: RepairChange[];
  readonly alignment: EditAlignment;
}

/**
 * Repairs every `â€` + continuation character in `text` (E2 80 xx: U+2000–U+203F). A `â€` whose
 * third byte a pipeline dropped (0x9D has no Windows-1252 character) is the closing quote `”`,
 * the only common one of the five. Returns null when there is none.
 */
export function repairUtf8Punctuation(text: string): PunctuationRepair | null {
  let at = text.indexOf('\u00e2\u20ac');
  if (at < 0) return null;
  const changes: RepairChange[] = [];
  const builder = new AlignmentBuilder(8);
  const parts: string[] = [];
  let copied = 0;
  while (at >= 0) {
    const next = at + 2 < text.length ? text.charCodeAt(at + 2) : -1;
    const byte = next < 0 ? -1 : continuationByte(next);
    let end: number;
    let out: string;
    if (byte >= 0) {
      end = at + 3;
      out = String.fromCharCode(0x2000 | (byte & 0x3f));
    } else {
      end = at + (next === 0xfffd ? 3 : 2);
      out = '\u201d';
    }
    parts.push(text.slice(copied, at), out);
    builder.edit(at, end, out.length);
    changes.push({ start: at, end, original: text.slice(at, end), text: out, encoding: 'utf-8' });
    copied = end;
    at = text.indexOf('\u00e2\u20ac', end);
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), changes, alignment: builder.finish(text.length) };
}
