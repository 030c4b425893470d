// TCVN3 (VN3) has upper-case codes only for Ă Â Ê Ô Ơ Ư Đ; the 60 upper-case toned letters
// were typed with the lower-case code in an upper-case font (.VnTimeH), so the bytes lose their
// case. It comes back from the word's other letters, then from its neighbours: a word in an
// all-caps heading is upper case, a word that starts a sentence is capitalized.
//
// What a reading's own letters say is worked out once per distinct word ({@link caseModeOf});
// each occurrence then only looks at its neighbours or the sentence start, when it must.
import type { Candidate } from './candidates.js';

/** The case-less letters stay as decoded (lower case). */
export const CASE_AS_IS = 0;
/** The case-less letters are upper case: the letters that tell their case are all capitals. */
export const CASE_UPPER = 1;
/** Capitalize the first letter when the word starts a sentence. */
export const CASE_SENTENCE = 2;
/** Upper case when the neighbours are written in capitals, else as decoded. */
export const CASE_NEIGHBOURS = 3;
/** Upper case when the neighbours are capitals, else capitalized at a sentence start. */
export const CASE_NEIGHBOURS_SENTENCE = 4;

/** Variants of a reading's text: as decoded, case-less letters upper-cased, first one upper-cased. */
export const VARIANT_AS_IS = 0;
export const VARIANT_UPPER = 1;
export const VARIANT_CAPITAL = 2;

// What String#toLowerCase and #toUpperCase say of a code unit, asked once per code unit for the
// process (the calls allocate two strings each, in the write pass's inner loops).
const CASE_KNOWN = 1;
const CASE_HAS_LOWER = 2; // upper case: it has a lower-case form
const CASE_HAS_UPPER = 4; // lower case: it has an upper-case form
const caseBits = new Uint8Array(0x10000);

function caseOf(c: number): number {
  const k = caseBits[c]!;
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  return (caseBits[c] = CASE_KNOWN | (ch.toLowerCase() !== ch ? CASE_HAS_LOWER : 0) | (ch.toUpperCase() !== ch ? CASE_HAS_UPPER : 0));
}

const isUpper = (c: number): boolean => (caseOf(c) & CASE_HAS_LOWER) !== 0;
const isLower = (c: number): boolean => (caseOf(c) & CASE_HAS_UPPER) !== 0;

/** What the reading's own letters say about the case of its case-less ones (cached on it). */
export function caseModeOf(c: Candidate): number {
  if (c.caseMode >= 0) return c.caseMode;
  return (c.caseMode = computeCaseMode(c));
}

function computeCaseMode(c: Candidate): number {
  const caseless = c.caseless;
  if (caseless === null) return CASE_AS_IS;
  const s = c.text;
  let informative = 0;
  let upper = 0;
  let firstLetter = -1;
  let anyCaseless = false;
  for (let k = c.coreStart; k < c.coreEnd; k++) {
    const code = s.charCodeAt(k);
    if (!isUpper(code) && !isLower(code)) continue;
    if (firstLetter < 0) firstLetter = k;
    if (caseless[k] === 1) {
      anyCaseless = true;
      continue;
    }
    informative++;
    if (isUpper(code)) upper++;
  }
  if (!anyCaseless || firstLetter < 0) return CASE_AS_IS;
  const firstCaseless = caseless[firstLetter] === 1;
  if (informative >= 2 || (informative === 1 && firstCaseless)) {
    if (upper === informative) return CASE_UPPER;
    return firstCaseless ? CASE_SENTENCE : CASE_AS_IS;
  }
  // One upper-case letter, the first (`Vµ`): a heading word or a capitalized one.
  if (informative === 1 && upper === 1) return CASE_NEIGHBOURS;
  if (informative === 1) return CASE_AS_IS;
  return firstCaseless ? CASE_NEIGHBOURS_SENTENCE : CASE_NEIGHBOURS;
}

/** The reading's text in a case variant. */
export function variantText(c: Candidate, variant: number): string {
  if (variant === VARIANT_AS_IS || c.caseless === null) return c.text;
  const s = c.text;
  const caseless = c.caseless;
  let first = -1;
  for (let k = c.coreStart; k < c.coreEnd; k++) {
    const code = s.charCodeAt(k);
    if (isUpper(code) || isLower(code)) {
      first = k;
      break;
    }
  }
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (caseless[k] === 1 && (variant === VARIANT_UPPER || k === first)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

/** 0: tells nothing; 1: has lower case; 2: all upper case (two letters or more). */
export function wordCaseOf(s: string, caseless: Uint8Array | null): number {
  let upper = 0;
  let letters = 0;
  for (let k = 0; k < s.length; k++) {
    if (caseless !== null && caseless[k] === 1) continue;
    const code = s.charCodeAt(k);
    if (isLower(code)) return 1;
    if (isUpper(code)) {
      upper++;
      letters++;
    }
  }
  return letters >= 2 && upper === letters ? 2 : 0;
}

/** {@link wordCaseOf} of a reading, cached on it. */
export function candidateWordCase(c: Candidate): number {
  if (c.wordCase >= 0) return c.wordCase;
  return (c.wordCase = wordCaseOf(c.text, c.caseless));
}

/** True when the word at `start` begins a sentence: text start, a line, or after . ! ? */
export function startsSentence(text: string, start: number): boolean {
  let j = start - 1;
  let quoted = false;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    // Spaces and opening quotes or brackets between the sentence end and the word.
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      j--;
      continue;
    }
    if (c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xab) {
      quoted = true;
      j--;
      continue;
    }
    break;
  }
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  if (c === 0x0a || c === 0x0d) return true;
  if (c === 0x21 || c === 0x3f) return true;
  // A quotation opened after a colon starts a sentence: `nói: "Ở Huế…"`.
  if (c === 0x3a) return quoted;
  if (c === 0x2e) return !(j >= 2 && text.charCodeAt(j - 1) === 0x2e && text.charCodeAt(j - 2) === 0x2e);
  return false;
}
