// Deciding the damaged words (not Vietnamese as they stand, Vietnamese once decoded): each in
// context between its readings, then the symbols and loanwords the page's encoding explains.
import type { Candidate } from './candidates.js';
import { C_HIGH } from './char-classes.js';
import { DAMAGED, FOREIGN, KEEP_SYMBOLS, SYMBOLS } from './classify.js';
import { append, type Context, credit, isAmbiguous, K, lookAround, NFD, scoreAround, setChoice, supportSum, topEncoding, touchNeighbours, VIQR } from './document.js';
import { type Evidence, keepPlainEncoding, ownPrior, requireEvidence, reweighEvidence, type Shown } from './evidence.js';
import { viqrTone } from './viqr.js';
import { PRIOR_FLOOR, PRIOR_WEIGHT, SHARED_WEIGHT, VIQR_APOSTROPHE_RATE, VIQR_AT_CLAUSE_END_FACTOR, VIQR_BEFORE_LOWER_RATE, VIQR_BEFORE_PUNCTUATION_RATE, VIQR_ESCAPED_RATE } from './weights.js';
import { afterAmount, isAsciiLetter, isCurrencyReading, isLowerLetter, isUpperWord } from './word-shapes.js';
import { ALTERNATIVES_DONE, FIXED, LINKED, LONE_LETTER, TRAILING_SYMBOL, WordTable } from './word-table.js';
import { capitalFits } from './write.js';
import { S_DAMAGED_LIST, S_FIRST_CHOICE, S_KEPT_DONE, S_SWAPPED, S_WEIGHED, scratchInt8, scratchList, scratchUint8 } from './scratch.js';

/**
 * The damaged words: each takes the reading of the best-evidenced encoding, then is decided in
 * context; evidence is reweighed by the readings' fit, and weak damage kept only where its line
 * shows the encoding. Returns the damaged words weighed in context.
 */
export function decideDamagedWords(ctx: Context, ev: Evidence): Int32Array {
  const { d } = ctx;
  const { t, ty } = d;
  const n = t.count;
  const { prior, support, own, unique, plainlyOne, uniqueBest } = ev;
  // 1. Damaged words: each takes the reading of the best-evidenced encoding, then is decided in
  // context, twice (the second pass sees the first pass's choices on the right). Words with one
  // reading keep it; only the others are weighed in context. What a word starts with, and
  // whether it is weighed, is found once per distinct word.
  const firstChoice = scratchInt8(S_FIRST_CHOICE, ty.count, -1);
  const weighed = scratchUint8(S_WEIGHED, ty.count, 0);
  let list: Int32Array = scratchList(S_DAMAGED_LIST, n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (t.status[i] !== DAMAGED) continue;
    const type = t.type[i]!;
    let best = firstChoice[type]!;
    if (best < 0) {
      const kept = plainlyOne ? keepPlainEncoding(ty, type, uniqueBest) : 0;
      best = 0;
      if (kept > 0) {
        // Every reading left is credited to the page's encoding: the first is as good as any.
        weighed[type] = kept > 1 ? 1 : 0;
      } else {
        const cands = ty.candidates[type]!;
        for (let k = 1; k < cands.length; k++) {
          if (prior[cands[k]!.enc]! > prior[cands[best]!.enc]!) best = k;
        }
        weighed[type] = isAmbiguous(cands) ? 1 : 0;
      }
      firstChoice[type] = best;
    }
    t.choice[i] = best;
    if (weighed[type] === 1) list = append(list, m++, i);
  }
  const ambiguous = list.subarray(0, m);
  decideDamaged(ctx, ambiguous);
  // The evidence of a word several encodings explain, shared by how well each reading fits
  // its neighbours rather than evenly (`lµm` is TCVN3 làm and VISCII lộm: it is TCVN3's), then
  // the damaged words decided again with the sharper prior.
  if (!plainlyOne && reweighEvidence(ctx, ambiguous, unique, SHARED_WEIGHT, support, own)) {
    for (let e = 0; e < K; e++) prior[e] = PRIOR_WEIGHT * Math.log((support[e]! + PRIOR_FLOOR) / (supportSum(support) + PRIOR_FLOOR * K));
    for (let type = 0; type < ty.count; type++) {
      for (const c of ty.candidates[type]!) if ((c.encs & (c.encs - 1)) !== 0) credit(c, prior);
    }
    for (let x = 0; x < ambiguous.length; x++) ctx.dirty[ambiguous[x]!] = 1;
    ctx.looState.fill(0);
  }
  decideDamaged(ctx, ambiguous);
  requireEvidence(ctx);
  return ambiguous;
}

/** Decides every damaged word with more than one reading, in context. */
export function decideDamaged(ctx: Context, list: Int32Array): void {
  const { d, prior, escapes, dirty } = ctx;
  const { text, t, ty } = d;
  for (let x = 0; x < list.length; x++) {
    const i = list[x]!;
    if (t.status[i] !== DAMAGED || dirty[i] === 0 || (t.bits[i]! & FIXED) !== 0) continue;
    dirty[i] = 0;
    const cands = ty.candidates[t.type[i]!]!;
    if (cands.length === 1) {
      setChoice(ctx, i, 0);
      continue;
    }
    if (cands[0]!.enc === NFD) continue;
    const both = hasBothViqrReadings(cands);
    const type = t.type[i]!;
    const own = ownPrior(ctx, type);
    let best = -1;
    let bestScore = -Infinity;
    lookAround(d, i);
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      let score = (own ? ctx.looPrior[type * K + c.enc]! : prior[c.enc]!) + scoreAround(d, i, k);
      if (both && c.enc === VIQR) {
        const p = viqrRate(text, t, i, true, 1, escapes);
        score += Math.log(c.trailingMark ? p : 1 - p);
      }
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    setChoice(ctx, i, best);
  }
}

/**
 * Abbreviations, loanwords and symbols in an encoding the page plainly shows, and the loose
 * readings put aside. Returns true when some symbols are left to weigh like look-alikes.
 */
export function settleDeferred(ctx: Context, ev: Evidence, shown: Shown): boolean {
  const { d } = ctx;
  const { text, t, ty } = d;
  const n = t.count;
  const { deferred, looseAside } = ev;
  const { chosen, chosenTotal, plain, wholly } = shown;
  // 3. Abbreviations, loanwords and symbols in an encoding the document plainly shows: an
  // all-caps abbreviation (`HĐND`) wherever that encoding is plain; loanwords (`ôtô`, `Lênin`)
  // and symbols only where the whole document is damaged (in a mostly clean page they are
  // more likely foreign words).
  const top = topEncoding(chosen);
  const keptDone = scratchUint8(S_KEPT_DONE, ty.count, 0);
  // Symbols not read outright (`·` is VISCII ở, but also a middle dot) are weighed later like
  // look-alike words: their readings against a clause break, in context.
  const symbolReadings: (Candidate[] | null)[] = [];
  let lookAlikeSymbols = false;
  let asIsCase: Int8Array | undefined;
  for (const i of deferred) {
    const type = t.type[i]!;
    if ((t.bits[i]! & LINKED) !== 0) {
      t.status[i] = FOREIGN;
      setChoice(ctx, i, -1);
      continue;
    }
    if (keptDone[type] === 0) {
      keptDone[type] = 1;
      const symbols = ty.length[type]! >= 2 && (ty.flags[type]! & ~C_HIGH) === 0;
      const lone = ty.status[type] === SYMBOLS || (ty.bits[type]! & LONE_LETTER) !== 0;
      const trailing = (ty.bits[type]! & TRAILING_SYMBOL) !== 0;
      if (lone) {
        const strict = ty.candidates[type]!.filter((c) => !c.loose);
        symbolReadings[type] = strict.length > 0 ? strict : null;
      }
      const all = ty.candidates[type]!;
      ty.setReadings(
        type,
        all.filter((c) => {
          // Two or more symbols that read as a syllable (TCVN3 `®·` = đã) are as telling as a
          // damaged word, unless the page shows another encoding; one symbol needs a damaged page.
          if (symbols && !c.loose && (chosenTotal === 0 || c.enc === top)) return true;
          // Letters and a square (`ch²`) are damage in a page that shows the encoding elsewhere.
          if (trailing && !c.loose && chosen[c.enc]! >= 1) return true;
          if (!plain(c.enc)) return false;
          if (c.loose && isUpperWord(c.text, c.coreStart, c.coreEnd)) return true;
          return wholly(c.enc);
        }),
      );
      // `đ` after an amount, in the encoding the page shows most (TCVN3 `50.000 ®`), is the
      // currency sign even in a page with little other damage; elsewhere the word stays.
      if (ty.candidates[type]!.length === 0) {
        const sign = all.find((c) => isCurrencyReading(c) && c.enc === top);
        if (sign !== undefined) {
          ty.setReadings(type, [sign]);
          keptDone[type] = 2;
        }
      }
    }
    if (keptDone[type] === 2 && !afterAmount(text, t.start[i]!)) {
      t.status[i] = FOREIGN;
      setChoice(ctx, i, -1);
      continue;
    }
    // Every occurrence of a word weighed as a symbol is weighed so (its readings replaced the
    // empty list at the first one).
    if (keptDone[type] === 3) {
      t.status[i] = KEEP_SYMBOLS;
      continue;
    }
    const kept = ty.candidates[type]!.length > 0;
    if (!kept && symbolReadings[type] != null) {
      ty.setReadings(type, symbolReadings[type]!);
      ty.bits[type]! |= ALTERNATIVES_DONE;
      t.status[i] = KEEP_SYMBOLS;
      keptDone[type] = 3;
      lookAlikeSymbols = true;
      continue;
    }
    // A symbol alone that reads as a capital (VISCII `¼` is Ử) is a letter only where a capital
    // fits: at a sentence start or among capitals; inside a sentence it is the symbol.
    if (kept && (ty.status[type] === SYMBOLS || (ty.bits[type]! & LONE_LETTER) !== 0) && ty.coreEnd[type]! - ty.coreStart[type]! === 1 && !capitalFits(d, i, ty.candidates[type]![0]!, (asIsCase ??= new Int8Array(ty.count).fill(-1)))) {
      t.status[i] = FOREIGN;
      setChoice(ctx, i, -1);
      continue;
    }
    t.status[i] = kept ? DAMAGED : FOREIGN;
    setChoice(ctx, i, kept ? 0 : -1);
    if (kept) touchNeighbours(ctx, i);
  }

  // An abbreviation or loanword in the encoding the page plainly shows beats a syllable read
  // in an encoding it does not show.
  if (looseAside.length > 0) {
    // Per distinct word: -1 no readings aside (or none that can win), 0 not yet weighed, 1 read
    // in the one put aside.
    const swapped = scratchInt8(S_SWAPPED, ty.count, -1);
    for (let type = 0; type < looseAside.length; type++) if (looseAside[type] !== undefined) swapped[type] = 0;
    for (let i = 0; i < n; i++) {
      const type = t.type[i]!;
      if (swapped[type] === -1 || t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
      const aside = looseAside[type]!;
      if (swapped[type] === 0) {
        const current = ty.candidates[type]![t.choice[i]!]!;
        const better = plain(current.enc)
          ? undefined
          : aside.find((c) => plain(c.enc) && (isUpperWord(c.text, c.coreStart, c.coreEnd) || wholly(c.enc)));
        if (better === undefined) {
          // The currency sign after an amount, in the encoding the page shows most (VNI
          // `100.000 ñ`, though TCVN3 reads ñ as ủ), decided per occurrence.
          const sign = plain(current.enc) ? undefined : aside.find((c) => isCurrencyReading(c) && c.enc === top);
          if (sign !== undefined && afterAmount(text, t.start[i]!)) {
            let k = ty.candidates[type]!.indexOf(sign);
            if (k < 0) {
              ty.setReadings(type, [...ty.candidates[type]!, sign]);
              k = ty.candidates[type]!.length - 1;
            }
            t.bits[i]! |= FIXED;
            setChoice(ctx, i, k);
            continue;
          }
          if (sign === undefined) swapped[type] = -1;
          continue;
        }
        ty.setReadings(type, [better]);
        swapped[type] = 1;
      }
      setChoice(ctx, i, 0);
      touchNeighbours(ctx, i);
    }
  }
  return lookAlikeSymbols;
}

/** A VIQR word read both with its last `.` `?` `'` as a tone mark and as punctuation. */
function hasBothViqrReadings(cands: Candidate[]): boolean {
  let mark = false;
  let literal = false;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.enc !== VIQR) continue;
    if (c.trailingMark) mark = true;
    else literal = true;
  }
  return mark && literal;
}

/**
 * VIQR written with RFC 1456 escapes marks a literal `.` `?` `'` after a vowel with `\`, so an
 * unescaped one is a tone mark; without escapes it is most often punctuation, unless more
 * punctuation, a digit or a lower-case word follows (`chi?.`, `chi. ấy` end no sentence).
 */
export function viqrRate(text: string, t: WordTable, i: number, trailingMark: boolean, rate: number, escapes: number): number {
  if (!trailingMark) return rate;
  if (escapes > 0) return VIQR_ESCAPED_RATE;
  const start = t.start[i]!;
  const end = t.end[i]!;
  let p = end - 1;
  while (p > start && !isAsciiLetter(text.charCodeAt(p - 1))) p--;
  // p: first character after the last letter; skip shape marks to the tone character.
  while (p < end && viqrTone(text.charCodeAt(p)) < 0) p++;
  // An apostrophe right after a letter is no Vietnamese punctuation.
  if (text.charCodeAt(p) === 0x27) return VIQR_APOSTROPHE_RATE;
  const after = p + 1 < text.length ? text.charCodeAt(p + 1) : 0;
  if (after === 0x2c || after === 0x2e || after === 0x3b || after === 0x3a || after === 0x3f || after === 0x21) return VIQR_BEFORE_PUNCTUATION_RATE;
  let j = p + 1;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  const next = j < text.length ? text.charCodeAt(j) : 0;
  const lowerFollows = j > p + 1 && (isLowerLetter(next) || (next >= 0x30 && next <= 0x39));
  return lowerFollows ? Math.max(rate, VIQR_BEFORE_LOWER_RATE) : rate * VIQR_AT_CLAUSE_END_FACTOR;
}
