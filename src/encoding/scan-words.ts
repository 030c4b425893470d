// The scan pass: every word of the document in a word table, each distinct word classified
// once (its status, its readings, what its shape says).
import { analyzeRange, Verdict } from '../syllable/analyze.js';
import type { Candidate } from './candidates.js';
import { isEdgePunctuation } from './char-classes.js';
import { cannotBeDamaged, classified, classify, DAMAGED, FOREIGN, KEEP_ASCII, KEEP_VI } from './classify.js';
import { allLoose, CP1258, type Doc } from './document.js';
import { isSyllableRange } from './judge.js';
import { nextWord, type WordCursor } from './scan.js';
import { endsWithClause, hasBackslash, isCurrencyReading, isForeignAscii, isLatin1Letter, onlyViqrTones, trailingSymbol, unmistakable } from './word-shapes.js';
import { ALL_LOOSE, CURRENCY, ENDS_CLAUSE, FOREIGN_ASCII, HAS_BACKSLASH, LONE_LETTER, TRAILING_SYMBOL, TYPO_LIKE, UNMISTAKABLE, WEAK_VIQR, WordTable, WordTypes } from './word-table.js';

/** Scans every word; classifies each distinct word once. */
export function scanWords(text: string, allowed: number): Doc {
  // About one word in five code units of prose: room for all of them at once.
  const t = new WordTable(text.length >> 2);
  const ty = new WordTypes();
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  const scratch: Candidate[] = [];
  let pos = 0;
  while (nextWord(text, pos, cur)) {
    const start = cur.start;
    const end = cur.end;
    const h = cur.hash;
    let type = ty.find(text, start, end, h);
    if (type < 0) {
      type = ty.add(start, end, h);
      classifyType(text, cur, allowed, ty, type, scratch);
    }
    t.push(start, end, type, ty.status[type]!, t.count > 0 ? cur.gap : 0);
    pos = end;
  }
  return { text, t, ty };
}

function classifyType(text: string, cur: WordCursor, allowed: number, ty: WordTypes, type: number, scratch: Candidate[]): void {
  const { start, end, flags } = cur;
  let status: number;
  if (cannotBeDamaged(flags)) {
    // Punctuation the scanner took in as a VIQR mark (`sụ.`, `gì?`) is no part of the syllable.
    let s = start;
    let e = end;
    while (s < e && isEdgePunctuation(text.charCodeAt(s))) s++;
    while (e > s && isEdgePunctuation(text.charCodeAt(e - 1))) e--;
    status = s < e && isSyllableRange(text, s, e) ? KEEP_VI : FOREIGN;
    classified.coreStart = status === KEEP_VI ? s : start;
    classified.coreEnd = status === KEEP_VI ? e : end;
  } else {
    status = classify(text, cur, allowed, scratch);
  }
  const coreStart = classified.coreStart;
  const coreEnd = classified.coreEnd;
  let bits = 0;
  if (status === KEEP_ASCII && isForeignAscii(text, coreStart, coreEnd)) bits |= FOREIGN_ASCII;
  if (hasBackslash(text, start, end)) bits |= HAS_BACKSLASH;
  if (status === DAMAGED && scratch.length > 0 && allLoose(scratch)) {
    bits |= ALL_LOOSE;
    if (scratch.some(isCurrencyReading)) bits |= CURRENCY;
  }
  if (status === DAMAGED && unmistakable(text, coreStart, coreEnd)) bits |= UNMISTAKABLE;
  else if (status === DAMAGED && coreEnd - coreStart === 1 && isLatin1Letter(text.charCodeAt(coreStart))) bits |= LONE_LETTER;
  else if (status === DAMAGED && trailingSymbol(text, coreStart, coreEnd)) bits |= LONE_LETTER | TRAILING_SYMBOL;
  if (endsWithClause(text, coreEnd, end)) bits |= ENDS_CLAUSE;
  if (status === DAMAGED && scratch.length > 0) {
    // Windows-1258 writes the tone as a second vowel-like byte (`hoòc` is học): no typo.
    if (analyzeRange(text, coreStart, coreEnd) === Verdict.ImpossibleTone && !scratch.some((c) => (c.encs & (1 << CP1258)) !== 0)) bits |= TYPO_LIKE;
    else if (onlyViqrTones(text, start, end, scratch)) bits |= WEAK_VIQR;
  }
  ty.status[type] = status;
  ty.flags[type] = flags;
  ty.bits[type] = bits;
  ty.coreStart[type] = coreStart - start;
  ty.coreEnd[type] = coreEnd - start;
  if (scratch.length > 0) {
    ty.candidates[type] = scratch.slice();
    scratch.length = 0;
  }
}
