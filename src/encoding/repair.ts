import { assertText, composeAlignments, flag, identityAlignment, readOptions } from '../core/index.js';
import { type PunctuationRepair, repairUtf8Punctuation } from './utf8-punctuation.js';
import { VntextOptionError } from '../core/errors.js';
import { REPAIR_ENCODINGS } from './candidates.js';
import type { DetectedEncoding } from './encodings.js';
import { hasDamage } from './fast-check.js';
import { repairDocument } from './repair-document.js';
import type { RepairChange, RepairOptions, RepairResult } from './types.js';

export type { RepairChange, RepairOptions, RepairResult } from './types.js';

const FN = 'repair';
const KNOWN: readonly (keyof RepairOptions & string)[] = ['encodings', 'inferCase'];

/**
 * Repairs Vietnamese text damaged by legacy encodings, word by word: VNI-Windows, TCVN3
 * (ABC), VIQR, VISCII, VPS and Windows-1258 bytes shown as Windows-1252 or Latin-1, UTF-8 shown
 * as Windows-1252 (`Viá»‡t`), and decomposed Unicode. A word is changed only when it is not
 * Vietnamese as it stands and is Vietnamese once decoded; words that are valid either way
 * (TCVN3 `còng` = `cũng`) are decided by the document's dominant encoding and a syllable
 * bigram model. Valid Vietnamese, text without diacritics, English, other European languages,
 * URLs and e-mail addresses are left alone. Clean text returns the input string itself.
 *
 * @example
 * repair('Đại hội diễn ra treân địa bàn huyện.').text;
 * // 'Đại hội diễn ra trên địa bàn huyện.'
 * repair('Nguyeân taéc cuûa coâng ty').changes[0];
 * // { start: 0, end: 7, original: 'Nguyeân', text: 'Nguyên', encoding: 'vni' }
 */
export function repair(text: string, options?: RepairOptions): RepairResult {
  assertText(FN, text);
  const opts = readOptions<RepairOptions>(FN, options, KNOWN);
  const allowed = encodingMask(opts.encodings);
  const inferCase = flag(FN, 'inferCase', opts.inferCase, true);
  const punctuation = (allowed & UTF8_BIT) !== 0 ? repairUtf8Punctuation(text) : null;
  if (punctuation !== null) return afterPunctuation(text, punctuation, allowed, inferCase);
  if (!hasDamage(text, allowed)) return unchanged(text);
  const r = repairDocument(text, allowed, inferCase);
  if (r.alignment === null) return unchanged(text);
  return { text: r.text, changes: r.changes, alignment: r.alignment };
}

const UTF8_BIT = 1 << REPAIR_ENCODINGS.indexOf('utf-8');

/**
 * The words repaired after UTF-8 punctuation was (see utf8-punctuation.ts): their changes and
 * alignment are mapped back through the punctuation's, and a punctuation change inside a
 * repaired word becomes part of that word's change.
 */
function afterPunctuation(input: string, p: PunctuationRepair, allowed: number, inferCase: boolean): RepairResult {
  const r = hasDamage(p.text, allowed) ? repairDocument(p.text, allowed, inferCase) : null;
  if (r === null || r.alignment === null) return { text: p.text, changes: p.changes, alignment: p.alignment };
  const changes: RepairChange[] = [];
  let k = 0;
  for (const c of r.changes) {
    const start = p.alignment.toInputStart(c.start);
    const end = p.alignment.toInputEnd(c.end);
    while (k < p.changes.length && p.changes[k]!.end <= start) changes.push(p.changes[k++]!);
    while (k < p.changes.length && p.changes[k]!.start < end) k++;
    changes.push({ start, end, original: input.slice(start, end), text: c.text, encoding: c.encoding });
  }
  while (k < p.changes.length) changes.push(p.changes[k++]!);
  return { text: r.text, changes, alignment: composeAlignments(r.alignment, p.alignment) };
}

function unchanged(text: string): RepairResult {
  return { text, changes: [], alignment: identityAlignment(text.length) };
}

function encodingMask(list: unknown): number {
  if (list === undefined) return (1 << REPAIR_ENCODINGS.length) - 1;
  const expected = `an array of ${REPAIR_ENCODINGS.map((e) => `'${e}'`).join(', ')}`;
  if (!Array.isArray(list)) throw new VntextOptionError(FN, 'encodings', expected, list);
  let mask = 0;
  for (const e of list) {
    const i = REPAIR_ENCODINGS.indexOf(e as DetectedEncoding);
    if (i < 0) throw new VntextOptionError(FN, 'encodings', expected, e);
    mask |= 1 << i;
  }
  return mask;
}
