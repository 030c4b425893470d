import type { EntityContext } from '../../context.js';
import type { Candidate } from '../../types.js';
import { readBody } from './body.js';
import { COOP_HEADS, GENERIC_AFTER, GENERIC_BEFORE } from './lexicon.js';
import { follows, isAbbreviation, isCapWord, keyOf, matchPhrase, Phrases, spanText, textAt, type Words } from './words.js';
import { TokenKind } from '../../../tokenize/token-kind.js';

const HEADS = Phrases.of(COOP_HEADS);
/** Abbreviations that are the kind itself, never one cooperative's short name. */
const GENERIC_ABBREVIATIONS: ReadonlySet<string> = new Set(['HTX', 'THT', 'LHHTX', 'HTXNN']);

/**
 * A head word (`HTX`, `Hợp tác xã`, `Liên hiệp HTX`, `Tổ hợp tác`) followed by its sector words
 * and proper name (`HTX Nông nghiệp Hải Thượng`, `Tổ hợp tác khóm sạch ấp Tân Hòa`). Left out:
 * a head with no name after it (the anaphoric `HTX`), after a word that makes it a kind (`các
 * HTX`, `478 HTX`, `Luật Hợp tác xã`), inside `Liên minh HTX` (an organization), and
 * lower-case `tổ hợp tác` (a kind). A name needs a capitalized word or a place.
 */
export function cooperativeAt(ctx: EntityContext, w: Words, i: number): Candidate | null {
  const h = matchPhrase(w, i, HEADS);
  if (h === 0) return null;
  const head = keyOf(w, i, i + h);
  const capital = isCapWord(w, i) || isAbbreviation(w, i);
  // Lower-case `tổ hợp tác` and `hợp tác xã` are kinds unless a capitalized name follows at once.
  if (!capital && !isCapWord(w, i + h)) return null;
  if (head === 'tổ hợp tác' && !capital) return null;
  if (follows(w, i)) {
    const p = w.lower[i - 1]!;
    if (GENERIC_BEFORE.has(p) || w.kind[i - 1] === TokenKind.Number) return null;
    if (p === 'minh' && i >= 2 && w.lower[i - 2] === 'liên') return null;
  }
  if (i + h >= w.n || !follows(w, i + h) || matchPhrase(w, i + h, GENERIC_AFTER, 2) > 0) return null;
  const body = readBody(ctx, w, i + h, true);
  if (body.caps === 0 && body.places.length === 0) return null;
  const name = spanText(ctx.text, w, i, body.to);
  return { type: 'cooperative', start: w.start[i]!, end: w.end[body.to - 1]!, value: { name }, rule: 'cooperative/head' };
}

/**
 * Every cooperative, and the short names the text defines for them: after `Hợp tác xã Nông
 * nghiệp Tân Lập (HTXTL)` or `… (HTX Tân Lập)`, the short form in parentheses and its later
 * uses are the same cooperative (`value.abbreviationOf` names the full form).
 */
export function findCooperatives(ctx: EntityContext, w: Words): Candidate[] {
  const out: Candidate[] = [];
  // Short form → the full name it stands for.
  const defined = new Map<string, string>();
  for (let i = 0; i < w.n; i++) {
    // Every head is capitalized but `hợp tác xã` before a capitalized name.
    if (w.cap[i] === 0 && w.lower[i] !== 'hợp') continue;
    const t = textAt(w, i);
    const full = defined.size === 0 ? undefined : defined.get(t);
    if (full !== undefined && isAbbreviation(w, i)) {
      out.push(shortForm(w, i, i + 1, t, full));
      continue;
    }
    const c = cooperativeAt(ctx, w, i);
    if (c === null) continue;
    const name = (c.value as { name: string }).name;
    const fullOfThis = defined.get(name);
    out.push(fullOfThis === undefined ? c : { ...c, value: { name, abbreviationOf: fullOfThis }, rule: 'cooperative/abbreviation' });
    let k = i;
    while (k + 1 < w.n && w.end[k]! < c.end) k++;
    // `(ABBR)` or `(HTX Tân Lập)` right after the name defines its short form.
    if (fullOfThis === undefined && textAt(w, k + 1) === '(') {
      if (isAbbreviation(w, k + 2) && textAt(w, k + 3) === ')' && !GENERIC_ABBREVIATIONS.has(textAt(w, k + 2))) {
        defined.set(textAt(w, k + 2), name);
        out.push(shortForm(w, k + 2, k + 3, textAt(w, k + 2), name));
        k += 3;
      } else {
        const inner = k + 2 < w.n ? cooperativeAt(ctx, w, k + 2) : null;
        let close = k + 2;
        while (inner !== null && close < w.n && w.end[close]! < inner.end) close++;
        if (inner !== null && textAt(w, close + 1) === ')') {
          const short = (inner.value as { name: string }).name;
          defined.set(short, name);
          out.push({ ...inner, value: { name: short, abbreviationOf: name }, rule: 'cooperative/abbreviation' });
          k = close + 1;
        }
      }
    }
    i = k;
  }
  return out;
}

/** A short form of a cooperative over tokens `[from, to)`. */
function shortForm(w: Words, from: number, to: number, name: string, full: string): Candidate {
  return { type: 'cooperative', start: w.start[from]!, end: w.end[to - 1]!, value: { name, abbreviationOf: full }, rule: 'cooperative/abbreviation' };
}
