// The language pass: a damaged-looking word is repaired only among Vietnamese (French `où`
// reads as VNI `ó`, but its neighbours are French); weak damage (a letter alone, a unit, a sign)
// is set aside to be weighed later; captions of a damaged page are read in its encoding.
import type { Candidate } from './candidates.js';
import { startsSentence } from './case-inference.js';
import { DAMAGED, FOREIGN, KEEP_ASCII, KEEP_VI, LOOSE, NO_LETTERS, SYMBOLS } from './classify.js';
import { type Context, type Doc, lineEndOf, NFD, setChoice } from './document.js';
import { CAPTION_WORDS, CONTEXT } from './weights.js';
import { afterAmount, isDong, isNumeroSign, isPowerUnit } from './word-shapes.js';
import { ALL_LOOSE, CURRENCY, FOREIGN_ASCII, LINKED, LONE_LETTER, NEW_LINE, UNMISTAKABLE, VERDICT_SHIFT, VIETNAMESE, WordTypes } from './word-table.js';
import { S_KIND, S_VERDICT, S_WEAK, scratchInt8, scratchUint8 } from './scratch.js';

/**
 * The language pass: damaged words that may be weak (a letter alone, a unit, only loose
 * readings) are settled, and damaged words among foreign ones put aside. Returns the words put
 * aside (see {@link rejectOutsideVietnamese}).
 */
export function settleLanguage(d: Doc): number[] {
  const { text, t, ty } = d;
  const n = t.count;
  // Words whose only readings are no syllable count as foreign until the document's encoding
  // is known (`Ærøskøbing` reads as TCVN3 letters, but is no Vietnamese word).
  // A letter alone (`ñ` is TCVN3 ủ, `ø` ứ) may as well be a letter named in the text (`chữ ñ`,
  // `thép Ø 10`): like a symbol alone, it is read only once the page shows its encoding, or
  // where the context wants the reading (see the deferred words below). The ordinal
  // indicators are weighed so only after a number (`30 º`); elsewhere VPS `ª` is a common ở.
  // After a number the micro sign starts a unit (`2,5 µm`, which TCVN3 would read `àm`), and
  // letters with a square or cube are one (`120 m²`, VISCII `mỗ`).
  // Most damaged words can be none of these; which can is known per distinct word. The same
  // pass notes which words are Vietnamese, which foreign (see rejectOutsideVietnamese).
  const weak = scratchInt8(S_WEAK, ty.count, -1);
  const kind = scratchUint8(S_KIND, n, 0);
  for (let i = 0; i < n; i++) {
    if (t.status[i] === DAMAGED) {
      const type = t.type[i]!;
      if (weak[type] === -1) weak[type] = mayBeWeak(text, ty, type) ? 1 : 0;
      if (weak[type] === 1) settleWeak(d, i);
    }
    kind[i] = languageOf(d, i);
  }
  return rejectOutsideVietnamese(d, kind);
}

/**
 * Damaged word `i`, which {@link mayBeWeak} lets be weak: its only readings are no syllable
 * (loose), or it is a unit or the numero sign after a number (foreign), or a letter alone
 * (weighed like a symbol).
 */
function settleWeak(d: Doc, i: number): void {
  const { text, t, ty } = d;
  const type = t.type[i]!;
  const tb = ty.bits[type]!;
  const first = text.charCodeAt(t.start[i]! + ty.coreStart[type]!);
  if ((tb & ALL_LOOSE) !== 0) t.status[i] = LOOSE;
  else if (isNumeroSign(text, t.start[i]! + ty.coreStart[type]!, t.start[i]! + ty.coreEnd[type]!)) t.status[i] = FOREIGN;
  else if ((first === 0xb5 || isPowerUnit(text, t.start[i]! + ty.coreStart[type]!, t.start[i]! + ty.coreEnd[type]!)) && afterAmount(text, t.start[i]!)) {
    t.status[i] = FOREIGN;
  }
  else if ((tb & LONE_LETTER) !== 0 && ((first !== 0xaa && first !== 0xba) || afterAmount(text, t.start[i]!))) t.status[i] = SYMBOLS;
}

/**
 * True when some occurrence of damaged word `type` may be taken for no damage, or weighed like
 * a symbol, by the first pass of {@link repairDocument}: it has only loose readings, is a
 * letter alone, or has the shape of the numero sign, a micro sign or a unit's power.
 */
function mayBeWeak(text: string, ty: WordTypes, type: number): boolean {
  if ((ty.bits[type]! & (ALL_LOOSE | LONE_LETTER)) !== 0) return true;
  const s = ty.first[type]! + ty.coreStart[type]!;
  const e = ty.first[type]! + ty.coreEnd[type]!;
  if (text.charCodeAt(s) === 0xb5 || isPowerUnit(text, s, e)) return true;
  return e - s === 2 && (text.charCodeAt(s) | 0x20) === 0x6e && text.charCodeAt(s + 1) === 0xba;
}

/** What {@link languageOf} says a word counts as (neither is 0). */
const VI_WORD = 1;

const FOREIGN_WORD = 2;

/** Whether word `i` counts as Vietnamese, foreign or neither (see rejectOutsideVietnamese). */
function languageOf(d: Doc, i: number): number {
  const { text, t, ty } = d;
  const s = t.status[i];
  if (s === KEEP_VI || s === DAMAGED) return VI_WORD;
  const tb = ty.bits[t.type[i]!]!;
  // `đ` after an amount (`50.000 đ`, damaged `50.000 Ä‘`) is the currency sign: Vietnamese.
  if ((s === LOOSE ? (tb & CURRENCY) !== 0 : s === FOREIGN && isDong(text, t.start[i]!, t.end[i]!)) && afterAmount(text, t.start[i]!)) return VI_WORD;
  if (s === FOREIGN || s === LOOSE || (s === KEEP_ASCII && (tb & FOREIGN_ASCII) !== 0)) return FOREIGN_WORD;
  return 0;
}

/**
 * A damaged-looking word is repaired only among Vietnamese: French `où` reads as VNI `ó`, but
 * its neighbours are French. Counts, in a sliding window, the neighbours that are Vietnamese
 * (with marks, or damaged, or `đ` after an amount) against those that are words in no reading
 * (ASCII words count as foreign when they are no syllable and no abbreviation: `ligger`). A word
 * damaged the way no language writes a word is kept whatever its neighbours (see unmistakable).
 * `kind` is {@link languageOf} each word.
 */
function rejectOutsideVietnamese(d: Doc, kind: Uint8Array): number[] {
  const { text, t, ty } = d;
  const n = t.count;
  // Window [i - CONTEXT, i + CONTEXT] within the word's line: a line is a paragraph, a heading
  // or a list item, and the next one may be in another language. Both ends only move forward.
  let vi = 0;
  let foreign = 0;
  let lo = 0;
  let hi = 0;
  const reject: number[] = [];
  let lineFirst = 0;
  let lineEnd = 0; // one past the last word of the current line
  // Per distinct word: 0 not yet known, 1 decomposed Unicode (never rejected), 2 a reading
  // keeps its first letter's case, 3 every reading makes its first letter, a capital, small.
  const verdict = scratchUint8(S_VERDICT, ty.count, 0);
  for (let i = 0; i < n; i++) {
    if (i >= lineEnd) {
      lineFirst = i;
      lineEnd = lineEndOf(t, i);
    }
    const from = Math.max(lineFirst, i - CONTEXT);
    const to = Math.min(lineEnd, i + CONTEXT + 1);
    if (hi <= from) {
      // Nothing of the window so far is left in it.
      vi = foreign = 0;
      hi = lo = from;
    }
    // Counted without branches: which words are which is no pattern to predict.
    for (; lo < from; lo++) {
      vi -= kind[lo]! & VI_WORD;
      foreign -= kind[lo]! >> 1;
    }
    for (; hi < to; hi++) {
      vi += kind[hi]! & VI_WORD;
      foreign += kind[hi]! >> 1;
    }
    const s = t.status[i];
    const selfVi = kind[i]! & VI_WORD;
    const selfForeign = kind[i]! >> 1;
    if (s === DAMAGED || s === SYMBOLS || s === LOOSE) {
      const type = t.type[i]!;
      let v = verdict[type]!;
      if (v === 0) {
        v = (ty.summary[type]! >> VERDICT_SHIFT) & 3;
        if (v === 0) v = readingVerdict(text, ty.first[type]! + ty.coreStart[type]!, ty.candidates[type]!);
        verdict[type] = v;
      }
      // A word damaged the way no language writes a word (a symbol or a control between its
      // letters, a capital after a small letter) is damage whatever its neighbours are; so is
      // the currency sign after an amount.
      const sure = v === 1 || (ty.bits[type]! & UNMISTAKABLE) !== 0 || (s === LOOSE && kind[i] === VI_WORD);
      if (!sure && vi - selfVi < foreign - selfForeign) reject.push(i);
      // A capital that every reading makes a small letter (VPS `Ça` is đa: its Đ is `ñ`) at
      // the start of a sentence, where the writer would have put a capital.
      else if (!sure && s === DAMAGED && v === 3 && startsSentence(text, t.start[i]!)) reject.push(i);
    }
    // Two or more Vietnamese words around, outnumbering the foreign ones: look-alikes may be read.
    if (vi - selfVi >= 2 && vi - selfVi > foreign - selfForeign) t.bits[i]! |= VIETNAMESE;
  }
  for (const i of reject) t.status[i] = t.status[i] === SYMBOLS ? NO_LETTERS : FOREIGN;
  return reject;
}

/**
 * What the readings `cands` of a word whose syllable starts at `text[at]` say to
 * {@link rejectOutsideVietnamese}: 1 decomposed Unicode (never rejected), 2 a reading keeps its
 * first letter's case, 3 every reading makes its first letter, a capital, small. A function of
 * the word alone (the scan keeps it per distinct word).
 */
export function readingVerdict(text: string, at: number, cands: readonly Candidate[]): number {
  return cands[0]!.enc === NFD ? 1 : lowersFirstLetter(text, at, cands) ? 3 : 2;
}

/** Every syllable reading of the word turns its first letter (`text[at]`), a capital, into a small one. */
function lowersFirstLetter(text: string, at: number, cands: readonly Candidate[]): boolean {
  const first = text[at]!;
  if (first === first.toLowerCase()) return false;
  let strict = 0;
  for (const c of cands) {
    if (c.loose) continue;
    strict++;
    const ch = c.text[c.coreStart]!;
    // TCVN3 leaves the case of most letters open: its small letter says nothing.
    if (ch === ch.toUpperCase() || (c.caseless !== null && c.caseless[c.coreStart] === 1)) return false;
  }
  return strict > 0;
}

/**
 * Damaged words {@link rejectOutsideVietnamese} put aside for their foreign neighbours, on a line
 * of at most {@link CAPTION_WORDS} words in a page that plainly shows one of their encodings: a
 * caption or a credit line (`AÛnh: Reuters`), read in it.
 */
export function readCaptions(ctx: Context, rejected: readonly number[], plain: (e: number) => boolean): void {
  const { t, ty } = ctx.d;
  for (const i of rejected) {
    if (t.status[i] !== FOREIGN || (t.bits[i]! & LINKED) !== 0) continue;
    let lineStart = i;
    while (lineStart > 0 && (t.bits[lineStart]! & NEW_LINE) === 0) lineStart--;
    const lineEnd = lineEndOf(t, i);
    if (lineEnd - lineStart > CAPTION_WORDS) continue;
    const cands = ty.candidates[t.type[i]!]!;
    const k = cands.findIndex((c) => {
      if (c.loose) return false;
      for (let m = c.encs; m !== 0; m &= m - 1) if (plain(31 - Math.clz32(m & -m))) return true;
      return false;
    });
    if (k < 0) continue;
    t.status[i] = DAMAGED;
    setChoice(ctx, i, k);
  }
}
