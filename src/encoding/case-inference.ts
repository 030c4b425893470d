// TCVN3 (VN3) has upper-case codes only for Ă Â Ê Ô Ơ Ư Đ; the 60 upper-case toned letters
// were typed with the lower-case code in an upper-case font (.VnTimeH), so the bytes lose their
// case. It comes back from the word's other letters, then from its neighbours: a word in an
// all-caps heading is upper case, a word that starts a sentence is capitalized.
import type { Candidate } from './candidates.js';
import type { WordTable } from './word-table.js';

const isUpper = (c: number): boolean => String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c);
const isLower = (c: number): boolean => String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c);

/** The candidate's text with the case of its case-less letters decided. */
export function inferTcvn3Case(text: string, words: WordTable, i: number, c: Candidate): string {
  const s = c.text;
  const caseless = c.caseless!;
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
  if (!anyCaseless || firstLetter < 0) return s;

  let allCaps: boolean;
  let capitalizeFirst = false;
  if (informative >= 2 || (informative === 1 && caseless[firstLetter] === 1)) {
    allCaps = upper === informative;
  } else if (informative === 1 && upper === 1) {
    // One upper-case letter, the first (`Vµ`): a heading word or a capitalized one.
    allCaps = neighboursAllCaps(text, words, i);
  } else if (informative === 1) {
    allCaps = false;
  } else {
    allCaps = neighboursAllCaps(text, words, i);
  }
  if (!allCaps && caseless[firstLetter] === 1) capitalizeFirst = startsSentence(text, words.start[i]!);
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (caseless[k] === 1 && (allCaps || (capitalizeFirst && k === firstLetter))) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

/** True when the nearest words on each side (that exist) are written in capitals. */
function neighboursAllCaps(text: string, words: WordTable, i: number): boolean {
  let votes = 0;
  let seen = 0;
  for (const j of [i - 1, i + 1, i - 2, i + 2]) {
    if (j < 0 || j >= words.count) continue;
    const verdict = wordCase(text, words, j);
    if (verdict === 0) continue;
    seen++;
    if (verdict === 2) votes++;
    if (seen === 2) break;
  }
  return seen > 0 && votes === seen;
}

/** 0: tells nothing; 1: has lower case; 2: all upper case (two letters or more). */
function wordCase(text: string, words: WordTable, j: number): number {
  const k = words.choice[j]!;
  const chosen = k >= 0 ? words.candidates[j]![k]! : null;
  const s = chosen !== null ? chosen.text : text.slice(words.start[j]!, words.end[j]!);
  const caseless = chosen !== null ? chosen.caseless : null;
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
