// Deciding the valid words: a word fine as it stands is read in another encoding only where its
// line shows that encoding's damage, and only when the damage rate and the bigram model make
// the reading likelier than the word (TCVN3 `còng` is `cũng` in a TCVN3 line).
import type { Candidate } from './candidates.js';
import { C_COMB, C_MARK } from './char-classes.js';
import { cannotBeDamaged, classify, KEEP_ASCII, KEEP_SYMBOLS, KEEP_VI } from './classify.js';
import { decideDamaged, viqrRate } from './decide-damaged.js';
import { ambiguousOccurrences, append, type Context, credit, type Doc, K, lookAround, NFD, rateScratch, scoreAround, setChoice, validWithReadings, VIQR } from './document.js';
import { type Evidence, lineEvidence, type Local, localDamage, type Shown } from './evidence.js';
import { caseAllows, firstLetterCase, LOOK_ALIKE_ENCODINGS, LOOK_ALIKE_RATE } from './look-alikes.js';
import type { WordCursor } from './scan.js';
import { type Alternatives, rememberAlternatives, takeAlternatives } from './scan-words.js';
import { DOMINANT_SHARE, LONE_LETTER_RATE, SYMBOL_AS_PUNCTUATION, VALID_MARGIN } from './weights.js';
import { viqrTrailingTone } from './word-shapes.js';
import { ALTERNATIVES_DONE, JOINED, LINKED, LONE_LETTER, LOOK_ALIKE, TRAILING_SYMBOL, VIETNAMESE } from './word-table.js';
import { capitalFits } from './write.js';
import { S_FIRST_CASE, S_VALID_LIST, S_WEAK_OF, scratchInt8, scratchList } from './scratch.js';

/**
 * Words fine as they stand, read in the page's encodings where their line shows the damage,
 * weighed by the damage rate and the bigram model; then the damaged words once more.
 */
export function decideValidWords(ctx: Context, allowed: number, ev: Evidence, shown: Shown, lookAlikeSymbols: boolean, damaged: Int32Array): void {
  const { d } = ctx;
  const { chosen, chosenTotal, damageRate } = shown;
  let ambiguous = damaged;
  // 4. Words fine as they stand, read in the document's encodings, weighed by the damage rate
  // and the bigram model.
  let altMask = 0;
  for (let e = 0; e < K; e++) {
    if (e !== NFD && (allowed & (1 << e)) !== 0 && chosen[e]! >= 1 && chosen[e]! >= DOMINANT_SHARE * chosenTotal) {
      altMask |= 1 << e;
    }
  }
  // Look-alikes (`cã`, `bò`) in encodings the page shows no evidence of: a small prior, the
  // smaller the more damage the page shows in other encodings.
  const weakMask = (LOOK_ALIKE_ENCODINGS | (1 << VIQR)) & allowed & ~altMask;
  for (let e = 0; e < K; e++) {
    if ((weakMask & (1 << e)) !== 0) damageRate[e] = Math.max(damageRate[e]!, LOOK_ALIKE_RATE / (1 + chosenTotal - chosen[e]!));
  }
  ctx.weakMask = weakMask;
  ctx.altMask = altMask;
  if ((altMask | weakMask) !== 0 || lookAlikeSymbols) {
    // What each line shows depends on the damaged words alone, decided by now.
    const shown = lineEvidence(d);
    const found = (altMask | weakMask) !== 0 ? addAlternatives(d, allowed, altMask, weakMask, chosen, shown, lookAlikeSymbols) : null;
    if (found !== null || lookAlikeSymbols) {
      const valid = found ?? validWithReadings(d);
      const share = new Float64Array(K);
      for (let e = 0; e < K; e++) share[e] = chosenTotal > 0 ? Math.min(1, chosen[e]! / chosenTotal) : 0;
      const local = localDamage(d, valid);
      decideValid(ctx, damageRate, share, local, valid, shown);
      decideValid(ctx, damageRate, share, local, valid, shown);
    }
    // The damaged words see their final neighbours once more (with those read since).
    if (ev.deferred.length > 0) ambiguous = ambiguousOccurrences(d);
    decideDamaged(ctx, ambiguous);
  }
}

/**
 * Readings of the valid words in the encodings of `mask`, each distinct word once. Returns the
 * valid words that have readings to weigh, in order (as {@link validWithReadings} would), or
 * null when no word fine as it stands has one.
 *
 * A valid word on a line that shows no damage (`shown` 0) keeps its own reading whatever its
 * readings are (decideValid weighs none of them there), so its readings are looked for only
 * where the same word stands on a line that shows damage; it is left out of the list, which changes
 * nothing for it (it stays as it stands) nor for the others (each is weighed on its own line
 * and neighbours). Only whether some valid word has readings at all decides what follows, and
 * that is found out for the words left out when it matters.
 */
function addAlternatives(
  d: Doc,
  allowed: number,
  altMask: number,
  weakMask: number,
  chosen: Float64Array,
  shown: Int32Array,
  lookAlikeSymbols: boolean,
): Int32Array | null {
  const { t, ty } = d;
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  const found: Candidate[] = [];
  let any = false;
  let skipped = false;
  let list: Int32Array = scratchList(S_VALID_LIST, t.count);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    const status = t.status[i];
    if ((status !== KEEP_VI && status !== KEEP_ASCII && status !== KEEP_SYMBOLS) || (t.bits[i]! & LINKED) !== 0) continue;
    const type = t.type[i]!;
    if (status !== KEEP_SYMBOLS) {
      const tb = ty.bits[type]!;
      if ((tb & ALTERNATIVES_DONE) !== 0) {
        if (ty.candidates[type]!.length > 0) any = true;
      } else if (shown[i] === 0) {
        skipped = true;
        continue;
      } else {
        ty.bits[type] = tb | ALTERNATIVES_DONE;
        if (readValidWord(d, i, allowed, altMask, weakMask, chosen, cur, found)) any = true;
      }
    }
    if (ty.candidates[type]!.length > 0) list = append(list, m++, i);
  }
  // Symbols to weigh (only they can be in the list now) are weighed only when some valid word
  // has readings: look at the words left out until one has.
  if (!any && skipped && m > 0 && !lookAlikeSymbols) {
    for (let i = 0; i < t.count && !any; i++) {
      const status = t.status[i];
      if ((status !== KEEP_VI && status !== KEEP_ASCII) || (t.bits[i]! & LINKED) !== 0) continue;
      const type = t.type[i]!;
      const tb = ty.bits[type]!;
      if ((tb & ALTERNATIVES_DONE) !== 0) continue;
      ty.bits[type] = tb | ALTERNATIVES_DONE;
      if (readValidWord(d, i, allowed, altMask, weakMask, chosen, cur, found)) any = true;
    }
  }
  return any ? list.subarray(0, m) : null;
}

/** Readings of valid word `i` (the first occurrence of its word looked at); true when it has some. */
function readValidWord(
  d: Doc,
  i: number,
  allowed: number,
  altMask: number,
  weakMask: number,
  chosen: Float64Array,
  cur: WordCursor,
  found: Candidate[],
): boolean {
  const { text, t, ty } = d;
  const status = t.status[i];
  const type = t.type[i]!;
  const flags = ty.flags[type]!;
  if (cannotBeDamaged(flags)) return false;
  // Plain ASCII words have readings only in VIQR, and only with a mark character.
  if (status === KEEP_ASCII && (flags & C_MARK) === 0) return false;
  const first = ty.first[type]!;
  const coreEnd = first + ty.coreEnd[type]!;
  // Without evidence: a look-alike in TCVN3, VNI or Windows-1258; in VIQR, a word whose
  // `.` or `?` may be a tone mark (decided per occurrence: see viqrRate).
  let weak = 0;
  if (status === KEEP_ASCII) weak = viqrTrailingTone(text, coreEnd, first + ty.length[type]!) ? weakMask & (1 << VIQR) : 0;
  else if ((ty.summary[type]! & LOOK_ALIKE) !== 0) weak = weakMask & ~(1 << VIQR);
  const mask = altMask | weak;
  if (mask === 0) return false;
  cur.start = t.start[i]!;
  cur.end = t.end[i]!;
  cur.flags = flags;
  // What an earlier call found for the word in these encodings, or classify it now.
  let readings = takeAlternatives(ty, type, text, cur.start, cur.end, mask);
  if (readings === null) {
    classify(text, cur, allowed, found, mask);
    readings = alternativesOf(mask, found);
    found.length = 0;
    rememberAlternatives(ty, type, text, cur.start, cur.end, readings);
  }
  const strict = readings.strict;
  if (readings.shared) for (const c of strict) if ((c.encs & (c.encs - 1)) !== 0) credit(c, chosen);
  if (strict.length > 0) ty.setReadings(type, strict);
  return strict.length > 0;
}

/** The syllable readings among `found` (the readings of a valid word in the encodings of `mask`). */
function alternativesOf(mask: number, found: readonly Candidate[]): Alternatives {
  const strict = found.filter((c) => !c.loose);
  return { mask, strict, shared: strict.some((c) => (c.encs & (c.encs - 1)) !== 0) };
}

/** Decides every valid word that has readings in the document's encodings. */
function decideValid(ctx: Context, damageRate: Float64Array, share: Float64Array, local: Local, list: Int32Array, shown: Int32Array): void {
  const { d, escapes, dirty } = ctx;
  const { text, t, ty } = d;
  let asIsCase: Int8Array | undefined;
  let toneBases: (string | undefined)[] | undefined;
  // Per distinct word (its readings do not change here): whether some reading is in a weak
  // encoding, and the case of its first letter (-1 until needed).
  const weakOf = scratchInt8(S_WEAK_OF, ty.count, -1);
  const firstCase = scratchInt8(S_FIRST_CASE, ty.count, -1);
  for (let x = 0; x < list.length; x++) {
    const i = list[x]!;
    const status = t.status[i];
    if ((status !== KEEP_VI && status !== KEEP_ASCII && status !== KEEP_SYMBOLS) || dirty[i] === 0 || (t.bits[i]! & LINKED) !== 0) continue;
    const type = t.type[i]!;
    const cands = ty.candidates[type]!;
    if (cands.length === 0) continue;
    dirty[i] = 0;
    let maxRate = 0;
    // Readings in an encoding the page shows no evidence of: look-alikes only, among
    // Vietnamese words, and not names (see look-alikes.ts).
    if (weakOf[type] === -1) {
      weakOf[type] = 0;
      for (let k = 0; k < cands.length; k++) if ((ctx.weakMask & (1 << cands[k]!.enc)) !== 0) weakOf[type] = 1;
    }
    const weakReadings = weakOf[type] === 1;
    const weakAllowed =
      ctx.weakMask !== 0 &&
      (t.bits[i]! & VIETNAMESE) !== 0 &&
      // Symbols have no case to tell a name by (TCVN3 `®·` is đã).
      (status === KEEP_SYMBOLS || caseAllowsAt(text, t.start[i]! + ty.coreStart[type]!, firstCase, type)) &&
      !(weakReadings && reduplicated(d, i, (toneBases ??= [])));
    const lone = status === KEEP_SYMBOLS && (ty.bits[t.type[i]!]! & LONE_LETTER) !== 0;
    const trailing = (ty.bits[t.type[i]!]! & TRAILING_SYMBOL) !== 0;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      // The page's rate, or the rate among the neighbours where damage clusters (one damaged
      // paragraph in a clean page), spread over the encodings as the page or the neighbours show them.
      let rate = Math.max(damageRate[c.enc]!, local.rate[x]! * Math.max(share[c.enc]!, local.share[x * K + c.enc]!));
      if (c.enc === VIQR) rate = viqrRate(text, t, i, c.trailingMark, rate, escapes);
      if (!weakAllowed && (ctx.weakMask & (1 << c.enc)) !== 0) rate = 0;
      // A symbol that reads as a capital (TCVN3 `¤` is Ô) is a letter only where a capital fits.
      else if (status === KEEP_SYMBOLS && !capitalFits(d, i, c, (asIsCase ??= new Int8Array(ty.count).fill(-1)))) rate = 0;
      else if (lone && ((weakAllowed && (trailing || (LOOK_ALIKE_ENCODINGS & (1 << c.enc)) !== 0)) || (ctx.altMask & (1 << c.enc)) !== 0)) {
        rate = Math.max(rate, LONE_LETTER_RATE);
      }
      // Evidence first: no reading in an encoding whose damage the line does not show.
      if ((shown[i]! & (1 << c.enc)) === 0) rate = 0;
      if (rate > maxRate) maxRate = rate;
      rateScratch[k] = rate;
    }
    // No reading has a chance (each rate is 0, so each score is -Infinity): the word stays.
    if (maxRate === 0) {
      setChoice(ctx, i, -1);
      continue;
    }
    let best = -1;
    lookAround(d, i);
    // A reading must be clearly better than the word as it stands (evidence first).
    let bestScore = Math.log(1 - Math.min(0.999, maxRate)) + scoreAround(d, i, -1) + VALID_MARGIN;
    // The model's clause break stands for any punctuation; a symbol like `·` is a rare one.
    if (status === KEEP_SYMBOLS) bestScore += SYMBOL_AS_PUNCTUATION;
    for (let k = 0; k < cands.length; k++) {
      const score = Math.log(rateScratch[k]!) + scoreAround(d, i, k);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    setChoice(ctx, i, best);
  }
}

/** `lookAlikeCaseAllows` (look-alikes.ts) at `start`, the first letter's case kept per distinct word in `cache`. */
function caseAllowsAt(text: string, start: number, cache: Int8Array, type: number): boolean {
  let first = cache[type]!;
  if (first < 0) first = cache[type] = firstLetterCase(text, start);
  return caseAllows(text, start, first);
}

/**
 * True when word `i` and a neighbour are the same syllable but for the tone (`sù sụ`, `lò dò`
 * is not): a reduplicative, which the bigram model rarely saw, so a look-alike in one is kept.
 */
function reduplicated(d: Doc, i: number, bases: (string | undefined)[]): boolean {
  const { text, t, ty } = d;
  const base = (j: number): string => {
    const type = t.type[j]!;
    let b = bases[type];
    if (b === undefined) {
      const first = ty.first[type]!;
      b = bases[type] = toneBase(text.slice(first + ty.coreStart[type]!, first + ty.coreEnd[type]!));
    }
    return b;
  };
  for (let j = i - 1; j <= i + 1; j += 2) {
    if (j < 0 || j >= t.count || (t.bits[Math.max(i, j)]! & JOINED) === 0) continue;
    const status = t.status[j];
    if (status !== KEEP_VI && status !== KEEP_ASCII) continue;
    // Precomposed syllables keep their length without the tone: most pairs differ in it.
    const ti = t.type[i]!;
    const tj = t.type[j]!;
    if (((ty.flags[ti]! | ty.flags[tj]!) & C_COMB) === 0 && ty.coreEnd[ti]! - ty.coreStart[ti]! !== ty.coreEnd[tj]! - ty.coreStart[tj]!) continue;
    if (base(j) === base(i)) return true;
  }
  return false;
}

/** A syllable in lower case without its tone mark (`sụ` → `su`, `Ồ` → `ô`). */
const toneBase = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
    .normalize('NFC')
    .toLowerCase();
