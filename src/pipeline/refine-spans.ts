// Repair's changes at the grain of characters. Repair replaces a whole damaged stretch
// (`No\u0323\u0302i.To\u0302i`, `â€œVÃ o`) with its reading, so every token inside it would
// map to the whole stretch. Decoding and composition work per character, though: when the
// damaged text is exactly the damage of each output character in turn, each character gets
// its own edit and `Nội`, `.`, `Tôi` (or `“` and `Vào`) each map to their own input.
import { type Alignment, AlignmentBuilder } from '../core/alignment.js';
import { mojibake } from '../encoding/encode.js';
import type { Encoding } from '../encoding/encodings.js';
import type { RepairChange } from '../encoding/repair.js';
import { recordEdit } from '../normalize/cluster-edits.js';

type Forms = Map<string, readonly string[]>;

/**
 * Damaged forms by encoding and character, for the life of the process: they depend on
 * nothing else, and an article repeats the same hundred letters. Bounded: emptied when full.
 */
const FORMS: Forms = new Map();
const FORMS_LIMIT = 8192;
const NOT_LETTER = /[^\p{L}\p{M}]/u;

/** The ways one character can look once damaged in `encoding` (both byte views, both Windows-1258 forms). */
function damagedForms(ch: string, encoding: RepairChange['encoding'], forms: Forms): readonly string[] {
  const key = encoding + '\u0000' + ch;
  let found = forms.get(key);
  if (found === undefined) {
    const encodings: Encoding[] = encoding === 'windows-1258' ? ['windows-1258', 'windows-1258-decomposed'] : [encoding];
    const all = new Set<string>();
    for (const e of encodings) {
      all.add(mojibake(ch, e));
      if (e !== 'viqr' && e !== 'nfd' && e !== 'utf-8') all.add(mojibake(ch, e, { view: 'latin1' }));
      if (e === 'utf-8') all.add(mojibake(ch, e).replace(/\u00a0/g, ' ')); // the no-break space of `à` is often lost
    }
    found = [...all].filter((f) => f !== '');
    if (forms.size >= FORMS_LIMIT) forms.clear();
    forms.set(key, found);
  }
  return found;
}

/** Records one change per character when its original is the damage of each character in turn. */
function recordDecoded(b: AlignmentBuilder, input: string, c: RepairChange, forms: Forms): boolean {
  const starts: number[] = [];
  const chars: string[] = [];
  let at = c.start;
  for (const ch of c.text) {
    let matched = -1;
    for (const f of damagedForms(ch, c.encoding, forms)) {
      if (at + f.length <= c.end && input.startsWith(f, at)) {
        matched = f.length;
        break;
      }
    }
    if (matched < 0) return false;
    starts.push(at);
    chars.push(ch);
    at += matched;
  }
  if (at !== c.end) return false;
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1]! : c.end;
    const ch = chars[k]!;
    if (end - starts[k]! !== ch.length || !input.startsWith(ch, starts[k])) b.edit(starts[k]!, end, ch.length);
  }
  return true;
}

/**
 * Repair's alignment rebuilt from its changes, each at the grain of characters where the
 * damage allows it (else the change as one edit, as repair made it).
 *
 * @example
 * const r = repair('Ha\u0300 No\u0323\u0302i.To\u0302i');
 * refineRepairAlignment(input, r.changes).toInput(7, 10); // { start: 11, end: 15 }: `Tôi` alone
 */
export function refineRepairAlignment(input: string, changes: readonly RepairChange[]): Alignment {
  const b = new AlignmentBuilder(changes.length * 4);
  const forms = FORMS;
  for (const c of changes) {
    // A change of letters only is one token however it maps: it stays one edit.
    if (c.end - c.start === c.text.length || !NOT_LETTER.test(c.text)) b.edit(c.start, c.end, c.text.length);
    else if (c.encoding === 'nfd') recordEdit(b, input, c.start, c.end, c.text);
    else if (!recordDecoded(b, input, c, forms)) b.edit(c.start, c.end, c.text.length);
  }
  return b.finish(input.length);
}
