import type { EntityContext } from '../../context.js';
import { adminUnits } from '../../gazetteer/index.js';
import { formsCommonWord } from './common-words.js';
import { isGivenEnd, isNameSyllable, isSurname, STRONG_MIDDLE } from './names.js';
import type { Candidate } from '../../types.js';
import { NOT_NAME_START, TITLES } from './lexicon.js';
import { headAt } from './body.js';
import { barePlaceAt, placeNameAfterUnit, unitWordAt } from './location.js';
import { follows, isCapWord, keyOf, matchPhrase, spanText, textAt, type Words } from './words.js';

/** Most syllables in a person's name we read. */
const MAX_NAME = 5;

/** Kinship words and forms of address after which a given name alone is a person. */
const KINSHIP: ReadonlySet<string> = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'thím', 'dì', 'mợ', 'cậu', 'bé', 'chí']);

/** Capitalized words from `j` that may be a name, joined, at most {@link MAX_NAME}. */
function nameRun(w: Words, j: number): number {
  let k = 0;
  while (k < MAX_NAME && j + k < w.n && isCapWord(w, j + k) && (k === 0 || follows(w, j + k))) {
    if (k > 0 && startsOther(w, j + k)) break;
    k++;
  }
  return k;
}

/** A body, a place with its unit word or a title starts at `k`: no name goes on there. */
const startsOther = (w: Words, k: number): boolean => headAt(w, k) > 0 || unitWordAt(w, k) > 0 || matchPhrase(w, k, TITLES) >= 2;


/**
 * A title or kinship word and the name after it: `ông Trương Công Dũng`, `anh Sáng`, `bà
 * Thạch Thị Sà Rươl`. The title stays outside. Not when the words after it begin a body
 * (`Chủ tịch UBND`, `Bí thư Tỉnh ủy`) or the title itself starts a place (`Bà Rịa`).
 */
function afterTitle(ctx: EntityContext, w: Words, i: number): Candidate | null {
  const t = matchPhrase(w, i, TITLES);
  if (t === 0) return null;
  const j = i + t;
  if (j >= w.n || !follows(w, j) || !isCapWord(w, j) || NOT_NAME_START.has(w.lower[j]!) || startsOther(w, j)) return null;
  const run = nameRun(w, j);
  if (run === 0) return null;
  // `Bà Rịa`, `Cô Tô`, `Bác Ái`: the title word is the first syllable of a place, unless what
  // follows it reads as a given name (`Anh Sơn chia sẻ` is a man).
  let givenOnly = true;
  for (let k = j; k < j + run; k++) if (!isNameSyllable(textAt(w, k))) givenOnly = false;
  if (!givenOnly) for (let k = j + 1; k <= Math.min(w.n, j + 4); k++) if (adminUnits(keyOf(w, i, k)).length > 0) return null;
  // A given name alone only after a kinship word (`anh Sáng`), not after an office
  // (`Trưởng phòng Nông nghiệp`); and no name reads on into a common word (`Nông nghiệp`).
  if (run === 1 && !KINSHIP.has(w.lower[i + t - 1]!)) return null;
  const after = j + run;
  if (after < w.n && follows(w, after) && formsCommonWord(ctx.text, w.start[after - 1]!, w.end[after - 1]!, w.start[after]!, w.end[after]!)) return null;
  return { type: 'person', start: w.start[j]!, end: w.end[j + run - 1]!, value: { name: spanText(ctx.text, w, j, j + run) }, rule: 'person/title' };
}

/**
 * A surname and given names from the name lists, two to four syllables: `Trương Công Dũng`,
 * `Lê Thị Mỹ Hạnh`. Not a name the gazetteer has for a place (`Hà Nam`, `Lâm Hà`), nor after
 * a unit word (`phường Lương Văn Tri` is a place).
 */
function surnameName(ctx: EntityContext, w: Words, i: number): Candidate | null {
  if (!isCapWord(w, i) || !isSurname(textAt(w, i))) return null;
  // After a unit word a gazetteer name is the place's (`huyện Châu Thành`, `phường Lương Văn Tri`).
  if (placeNameAfterUnit(w, i) > 0) return null;
  // The last syllable of a place (`Lạng Sơn`, `Kiên Giang`) before a name starts no name.
  for (let b = 1; b <= 2; b++) if (follows(w, i - b + 1) && i - b >= 0 && isCapWord(w, i - b) && adminUnits(keyOf(w, i - b, i + 1)).length > 0) return null;
  let k = i + 1;
  let known = 0;
  while (k < w.n && k - i < 4 && isCapWord(w, k) && follows(w, k)) {
    if (isNameSyllable(textAt(w, k)) || (k === i + 1 && STRONG_MIDDLE.has(textAt(w, k)))) known++;
    else if (!(k - i >= 2 && STRONG_MIDDLE.has(textAt(w, i + 1)))) break;
    k++;
  }
  // A given name the lists lack may end a name of three (`Bùi Xuân Khu`): a surname and a known
  // middle name before it, and nothing capitalized after it.
  let unknownLast = false;
  if (k - i === 2 && known === 1 && isCapWord(w, k) && follows(w, k) && !startsOther(w, k) && !(isCapWord(w, k + 1) && follows(w, k + 1)) && barePlaceAt(w, i + 1, true)?.to !== k + 1 && adminUnits(keyOf(w, i + 1, k + 1)).length === 0) {
    k++;
    unknownLast = true;
  }
  const len = k - i;
  if (len < 2 || known === 0) return null;
  // The last syllable must be able to end a given name, unless `Thị`/`Văn` already told us.
  const last = textAt(w, k - 1);
  if (!unknownLast && !isGivenEnd(last) && !STRONG_MIDDLE.has(textAt(w, i + 1))) return null;
  if (len <= 3 && adminUnits(keyOf(w, i, k)).length > 0) return null;
  const b = barePlaceAt(w, i);
  if (b !== null && b.to >= k) return null;
  // A place that starts inside and runs past the name (`Từ Hà` + `Nội`): the place it is.
  for (let p = i + 1; p < k; p++) {
    const inner = barePlaceAt(w, p, true);
    if (inner !== null && inner.to > k) return null;
  }
  return { type: 'person', start: w.start[i]!, end: w.end[k - 1]!, value: { name: spanText(ctx.text, w, i, k) }, rule: 'person/name' };
}

/** Tokens that end a sentence before a byline. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…', '”', '"', ':']);

/**
 * A byline: two or three name syllables alone at the end of the text (`… tăng 35%. Minh Anh`),
 * maybe followed by a source in parentheses (`Thanh Hà (TTXVN)`).
 */
function byline(ctx: EntityContext, w: Words): Candidate | null {
  let end = w.n;
  while (end > 0 && (textAt(w, end - 1) === '.' || textAt(w, end - 1) === '/')) end--;
  if (end >= 3 && textAt(w, end - 1) === ')') {
    let k = end - 2;
    while (k >= 0 && end - k < 6 && textAt(w, k) !== '(') k--;
    if (k >= 0 && textAt(w, k) === '(') end = k;
  }
  let from = end;
  while (from > 0 && end - from < 3 && isCapWord(w, from - 1) && isNameSyllable(textAt(w, from - 1))) {
    if (from < end && !follows(w, from)) break;
    from--;
  }
  if (end - from < 2) return null;
  if (from > 0 && follows(w, from) && !SENTENCE_END.has(textAt(w, from - 1))) return null;
  // A province or country at the end is a place (`… ở Sóc Trăng. Hà Nội`); a district's name
  // is a byline's as often (`Thanh Hà`).
  const place = barePlaceAt(w, from, true);
  if (place !== null && place.to === end && place.value.level !== 'district') return null;
  return { type: 'person', start: w.start[from]!, end: w.end[end - 1]!, value: { name: spanText(ctx.text, w, from, end) }, rule: 'person/byline' };
}

/** Every person candidate. */
export function findPersons(ctx: EntityContext, w: Words): Candidate[] {
  const out: Candidate[] = [];
  const b = byline(ctx, w);
  if (b !== null) out.push(b);
  for (let i = 0; i < w.n; i++) {
    // A person starts after a title (a dictionary phrase) or at a capitalized surname.
    if (w.first[i] === 0 && w.cap[i] === 0) continue;
    const c = afterTitle(ctx, w, i) ?? surnameName(ctx, w, i);
    if (c === null) continue;
    out.push(c);
    while (i + 1 < w.n && w.end[i]! < c.end) i++;
  }
  return out;
}
