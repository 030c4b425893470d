// The full pass over a document with damage: classify every word, weigh the encodings the
// document shows, decide each damaged word, then the words that are valid as they stand but
// read differently in the document's encoding (TCVN3 `còng` is `cũng`).
import { type Candidate, REPAIR_ENCODINGS } from './candidates.js';
import { inferTcvn3Case } from './case-inference.js';
import {
  DAMAGED,
  DEFERRED,
  FOREIGN,
  KEEP_ASCII,
  KEEP_VI,
  LOOSE,
  NO_LETTERS,
  SYMBOLS,
  cannotBeDamaged,
  classified,
  classify,
} from './classify.js';
import { C_HIGH, C_MARK, C_VI, isEdgePunctuation } from './char-classes.js';
import type { DetectedEncoding } from './encodings.js';
import { isSyllableRange } from './judge.js';
import { BOUNDARY, bigramLogProb, syllableId } from './ngram-model.js';
import { type WordCursor, nextWord } from './scan.js';
import { viqrTone } from './viqr.js';
import { FOREIGN_ASCII, JOINED, LINKED, NO_CANDIDATES, NO_ID, WordTable } from './word-table.js';
import { AlignmentBuilder } from '../core/index.js';
import type { RepairChange } from './repair.js';

/** Neighbours looked at on each side when deciding whether a region is Vietnamese. */
const CONTEXT = 6;
/** How much the document's encoding counts against the bigram model for a damaged word. */
const PRIOR_WEIGHT = 2.5;
/** What a damaged word that several encodings explain adds to each one's support. */
const SHARED_WEIGHT = 0.25;
/** Share of the damaged words an encoding must explain before abbreviations are read in it. */
const PLAIN_SHARE = 0.5;
/** Share of the damaged words an encoding must explain before valid words are read in it. */
const DOMINANT_SHARE = 0.3;
/**
 * How much a clean word counts against reading valid words as damaged: above 1, a mostly clean
 * page keeps its look-alikes (`dùng` stays, though TCVN3 reads it `dựng`).
 */
const CLEAN_WEIGHT = 2;
/** Keeps one damaged word from making every look-alike in a clean page suspect. */
const RATE_SMOOTHING = 0.1;
/** Distinct words classified once per call; beyond this, words are classified every time. */
const MEMO_LIMIT = 100_000;

const K = REPAIR_ENCODINGS.length;
const encIndex = (e: DetectedEncoding): number => REPAIR_ENCODINGS.indexOf(e);
const NFD = encIndex('nfd');
const VIQR = encIndex('viqr');

/** A distinct word: where it first occurs, and what it is. */
interface MemoEntry {
  start: number;
  length: number;
  status: number;
  candidates: Candidate[];
  coreStart: number;
  coreEnd: number;
  foreignAscii: boolean;
  next: MemoEntry | null;
}

export interface DocumentResult {
  text: string;
  changes: RepairChange[];
  alignment: ReturnType<AlignmentBuilder['finish']> | null;
}

export function repairDocument(text: string, allowed: number, inferCase: boolean): DocumentResult {
  const t = scanWords(text, allowed);
  const n = t.count;
  protectLinks(text, t);

  // Words whose only readings are no syllable count as foreign until the document's encoding
  // is known (`Ærøskøbing` reads as TCVN3 letters, but is no Vietnamese word).
  for (let i = 0; i < n; i++) {
    if (t.status[i] === DAMAGED && allLoose(t.candidates[i]!)) t.status[i] = LOOSE;
  }
  rejectOutsideVietnamese(t);

  // Evidence per encoding: the damaged words only it explains (`unique`), those it shares with
  // other encodings (`shared`), and all it explains (`readers`). Abbreviations, loanwords and
  // symbols count for nothing: they are read only once the document's encoding is plain.
  const unique = new Float64Array(K);
  const shared = new Float64Array(K);
  let escapes = 0;
  let cleanBytes = 0; // words with ă đ ơ ư ạ…: no byte encoding shown as cp1252 produces them
  let cleanNonAscii = 0; // words with any mark: VIQR never produces them
  for (let i = 0; i < n; i++) {
    const status = t.status[i];
    if (status === KEEP_VI) {
      cleanNonAscii++;
      if ((t.flags[i]! & C_VI) !== 0) cleanBytes++;
    }
    if (status !== DAMAGED) continue;
    const cands = t.candidates[i]!;
    if (cands.length === 1) {
      const c = cands[0]!;
      if (c.loose) continue;
      unique[c.enc]!++;
      if (c.enc === VIQR && hasBackslash(text, t.start[i]!, t.end[i]!)) escapes++;
      continue;
    }
    let mask = 0;
    for (let k = 0; k < cands.length; k++) if (!cands[k]!.loose) mask |= 1 << cands[k]!.enc;
    const distinct = bitCount(mask);
    for (let e = 0; e < K; e++) {
      if ((mask & (1 << e)) === 0) continue;
      if (distinct === 1) unique[e]!++;
      else shared[e]! += 1 / distinct;
    }
    if ((mask & (1 << VIQR)) !== 0 && hasBackslash(text, t.start[i]!, t.end[i]!)) escapes++;
  }
  const support = new Float64Array(K);
  let supportTotal = 0;
  for (let e = 0; e < K; e++) {
    support[e] = unique[e]! + SHARED_WEIGHT * shared[e]!;
    supportTotal += support[e]!;
  }
  // log P(encoding) for a damaged word: documents are mostly written in one encoding, so an
  // encoding that explains no word on its own gets almost nothing.
  const prior = new Float64Array(K);
  for (let e = 0; e < K; e++) prior[e] = PRIOR_WEIGHT * Math.log((support[e]! + 0.02) / (supportTotal + 0.02 * K));

  // Readings that are no syllable (abbreviations, loanwords) and words of symbols wait until
  // the document's encoding is known.
  const deferred: number[] = [];
  for (let i = 0; i < n; i++) {
    const status = t.status[i];
    if (status === SYMBOLS || status === LOOSE) {
      deferred.push(i);
    } else if (status === DAMAGED && t.candidates[i]![0]!.enc !== NFD) {
      const cands = t.candidates[i]!;
      if (anyLoose(cands)) {
        const strict = cands.filter((c) => !c.loose);
        if (strict.length === 0) deferred.push(i);
        else t.candidates[i] = strict;
      }
    }
  }
  for (const i of deferred) t.status[i] = DEFERRED;

  const ctx = { text, t, escapes };

  // 1. Damaged words: each takes the reading of the best-evidenced encoding, then is decided in
  // context, twice (the second pass sees the first pass's choices on the right).
  for (let i = 0; i < n; i++) {
    if (t.status[i] !== DAMAGED) continue;
    const cands = t.candidates[i]!;
    let best = 0;
    for (let k = 1; k < cands.length; k++) {
      if (prior[cands[k]!.enc]! > prior[cands[best]!.enc]!) best = k;
    }
    t.choice[i] = best;
  }
  const decideDamaged = (): void => {
    for (let i = 0; i < n; i++) {
      if (t.status[i] !== DAMAGED) continue;
      const cands = t.candidates[i]!;
      if (cands.length === 1) {
        t.choice[i] = 0;
        continue;
      }
      if (cands[0]!.enc === NFD) continue;
      const both = hasBothViqrReadings(cands);
      let best = -1;
      let bestScore = -Infinity;
      for (let k = 0; k < cands.length; k++) {
        const c = cands[k]!;
        let score = prior[c.enc]! + contextScore(ctx, i, k);
        if (both && c.encoding === 'viqr') {
          const p = viqrRate(text, t, i, true, 1, escapes);
          score += Math.log(c.trailingMark ? p : 1 - p);
        }
        if (score > bestScore) {
          bestScore = score;
          best = k;
        }
      }
      t.choice[i] = best;
    }
  };
  decideDamaged();
  decideDamaged();

  // 2. What the document is written in: the encodings the damaged words were read in.
  const chosen = new Float64Array(K);
  let chosenTotal = 0;
  for (let i = 0; i < n; i++) {
    if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
    chosen[t.candidates[i]![t.choice[i]!]!.enc]!++;
    chosenTotal++;
  }
  // Probability that a word that is fine as it stands, but readable in `enc`, is damaged: the
  // share of damaged words among the words that could show `enc`'s damage (whole-document
  // damage leaves no clean word, so it tends to 1; one damaged word in a clean page, to 0).
  const damageRate = (enc: DetectedEncoding): number => {
    const e = encIndex(enc);
    const clean = enc === 'viqr' ? cleanNonAscii : cleanBytes;
    return Math.min(0.995, chosen[e]! / (chosenTotal + CLEAN_WEIGHT * clean + RATE_SMOOTHING));
  };
  const plain = (enc: DetectedEncoding): boolean => {
    const e = encIndex(enc);
    return chosen[e]! >= 2 && chosen[e]! >= PLAIN_SHARE * chosenTotal;
  };

  // 3. Abbreviations, loanwords and symbols in an encoding the document plainly shows: an
  // all-caps abbreviation (`HĐND`) wherever that encoding is plain; loanwords (`ôtô`, `Lênin`)
  // and symbols only where the whole document is damaged (in a mostly clean page they are
  // more likely foreign words).
  for (const i of deferred) {
    const symbols = t.end[i]! - t.start[i]! >= 2 && (t.flags[i]! & ~C_HIGH) === 0;
    const kept = t.candidates[i]!.filter((c) => {
      // Two or more symbols that read as a syllable (TCVN3 `®·` = đã) are as telling as a
      // damaged word, unless the page shows another encoding; one symbol needs a damaged page.
      if (symbols && !c.loose && (chosenTotal === 0 || c.enc === topEncoding(chosen))) return true;
      if (!plain(c.encoding)) return false;
      if (c.loose && isUpperWord(c.text, c.coreStart, c.coreEnd)) return true;
      return chosen[c.enc]! >= 3 && damageRate(c.encoding) >= 0.8;
    });
    t.candidates[i] = kept.length > 0 ? kept : NO_CANDIDATES;
    t.status[i] = kept.length > 0 ? DAMAGED : FOREIGN;
    t.choice[i] = kept.length > 0 ? 0 : -1;
  }

  // 4. Words fine as they stand, read in the document's encodings, weighed by the damage rate
  // and the bigram model.
  let altMask = 0;
  for (let e = 0; e < K; e++) {
    if (REPAIR_ENCODINGS[e] !== 'nfd' && (allowed & (1 << e)) !== 0 && chosen[e]! >= 1 && chosen[e]! >= DOMINANT_SHARE * chosenTotal) {
      altMask |= 1 << e;
    }
  }
  if (altMask !== 0) {
    addAlternatives(text, t, allowed, altMask);
    const decideValid = (): void => {
      for (let i = 0; i < n; i++) {
        const status = t.status[i];
        if (status !== KEEP_VI && status !== KEEP_ASCII) continue;
        const cands = t.candidates[i]!;
        if (cands.length === 0) continue;
        let maxRate = 0;
        const rates = cands.map((c) => {
          let rate = damageRate(c.encoding);
          if (c.encoding === 'viqr') rate = viqrRate(text, t, i, c.trailingMark, rate, escapes);
          if (rate > maxRate) maxRate = rate;
          return rate;
        });
        let best = -1;
        let bestScore = Math.log(1 - Math.min(0.999, maxRate)) + contextScore(ctx, i, -1);
        for (let k = 0; k < cands.length; k++) {
          const score = Math.log(rates[k]!) + contextScore(ctx, i, k);
          if (score > bestScore) {
            bestScore = score;
            best = k;
          }
        }
        t.choice[i] = best;
      }
    };
    decideValid();
    decideValid();
    // The damaged words see their final neighbours once more.
    decideDamaged();
  }
  return build(text, t, inferCase);
}

/** Scans and classifies every word, each distinct word once. */
function scanWords(text: string, allowed: number): WordTable {
  const t = new WordTable();
  const cur: WordCursor = { start: 0, end: 0, flags: 0 };
  const memo = new Map<number, MemoEntry>();
  let memoSize = 0;
  let pos = 0;
  let prevEnd = 0;
  while (nextWord(text, pos, cur)) {
    const { start, end, flags } = cur;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let m = memo.get(h) ?? null;
    while (m !== null && !(m.length === end - start && sameRange(text, m.start, start, m.length))) m = m.next;
    if (m === null) {
      const candidates: Candidate[] = [];
      let status: number;
      if (cannotBeDamaged(flags)) {
        status = isSyllableRange(text, start, end) ? KEEP_VI : FOREIGN;
        classified.coreStart = start;
        classified.coreEnd = end;
      } else {
        status = classify(text, cur, allowed, candidates);
      }
      const coreStart = classified.coreStart - start;
      const coreEnd = classified.coreEnd - start;
      m = {
        start,
        length: end - start,
        status,
        candidates: candidates.length === 0 ? NO_CANDIDATES : candidates,
        coreStart,
        coreEnd,
        foreignAscii: status === KEEP_ASCII && isForeignAscii(text, start + coreStart, start + coreEnd),
        next: memo.get(h) ?? null,
      };
      if (memoSize < MEMO_LIMIT) {
        memo.set(h, m);
        memoSize++;
      }
    }
    let bits = m.foreignAscii ? FOREIGN_ASCII : 0;
    if (t.count > 0 && onlySpaces(text, prevEnd, start)) bits |= JOINED;
    t.push(start, end, start + m.coreStart, start + m.coreEnd, m.status, flags, bits, m.candidates);
    pos = prevEnd = end;
  }
  return t;
}

function sameRange(text: string, a: number, b: number, len: number): boolean {
  if (a === b) return true;
  for (let i = 0; i < len; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Readings of the valid words in the encodings of `mask`, each distinct word once. */
function addAlternatives(text: string, t: WordTable, allowed: number, mask: number): void {
  const cur: WordCursor = { start: 0, end: 0, flags: 0 };
  const memo = new Map<string, Candidate[]>();
  for (let i = 0; i < t.count; i++) {
    const status = t.status[i];
    if ((status !== KEEP_VI && status !== KEEP_ASCII) || cannotBeDamaged(t.flags[i]!) || (t.bits[i]! & LINKED) !== 0) continue;
    // Plain ASCII words have readings only in VIQR, and only with a mark character.
    if (status === KEEP_ASCII && (t.flags[i]! & C_MARK) === 0) continue;
    const key = text.slice(t.start[i]!, t.end[i]!);
    let alts = memo.get(key);
    if (alts === undefined) {
      const found: Candidate[] = [];
      cur.start = t.start[i]!;
      cur.end = t.end[i]!;
      cur.flags = t.flags[i]!;
      classify(text, cur, allowed, found, mask);
      alts = found.filter((c) => !c.loose);
      if (memo.size < MEMO_LIMIT) memo.set(key, alts);
    }
    if (alts.length > 0) t.candidates[i] = alts;
  }
}

/**
 * A damaged-looking word is repaired only among Vietnamese: French `où` reads as VNI `ó`, but
 * its neighbours are French. Counts, in a sliding window, the neighbours that are Vietnamese
 * (with marks, or damaged) against those that are words in no reading (ASCII words count as
 * foreign when they are no syllable and no abbreviation: `ligger`).
 */
function rejectOutsideVietnamese(t: WordTable): void {
  const n = t.count;
  const kind = new Int8Array(n); // 1 Vietnamese, -1 foreign, 0 neither
  for (let i = 0; i < n; i++) {
    const s = t.status[i];
    if (s === KEEP_VI || s === DAMAGED) kind[i] = 1;
    else if (s === FOREIGN || s === LOOSE || (s === KEEP_ASCII && (t.bits[i]! & FOREIGN_ASCII) !== 0)) kind[i] = -1;
  }
  let vi = 0;
  let foreign = 0;
  // Window [i - CONTEXT, i + CONTEXT], maintained incrementally.
  for (let j = 0; j <= Math.min(n - 1, CONTEXT); j++) {
    if (kind[j] === 1) vi++;
    else if (kind[j] === -1) foreign++;
  }
  const reject: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = t.status[i];
    if ((s === DAMAGED || s === SYMBOLS || s === LOOSE) && t.candidates[i]![0]!.enc !== NFD) {
      const selfVi = kind[i] === 1 ? 1 : 0;
      const selfForeign = kind[i] === -1 ? 1 : 0;
      if (vi - selfVi < foreign - selfForeign) reject.push(i);
    }
    const out = i - CONTEXT;
    if (out >= 0) {
      if (kind[out] === 1) vi--;
      else if (kind[out] === -1) foreign--;
    }
    const inn = i + CONTEXT + 1;
    if (inn < n) {
      if (kind[inn] === 1) vi++;
      else if (kind[inn] === -1) foreign++;
    }
  }
  for (const i of reject) {
    t.status[i] = t.status[i] === SYMBOLS ? NO_LETTERS : FOREIGN;
    t.candidates[i] = NO_CANDIDATES;
  }
}

/** The encoding most damaged words were read in, or -1. */
function topEncoding(chosen: Float64Array): number {
  let best = -1;
  for (let e = 0; e < chosen.length; e++) if (chosen[e]! >= 1 && (best < 0 || chosen[e]! > chosen[best]!)) best = e;
  return best;
}

function allLoose(cands: Candidate[]): boolean {
  if (cands[0]!.enc === NFD) return false;
  for (let k = 0; k < cands.length; k++) if (!cands[k]!.loose) return false;
  return true;
}

function anyLoose(cands: Candidate[]): boolean {
  for (let k = 0; k < cands.length; k++) if (cands[k]!.loose) return true;
  return false;
}

function bitCount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
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
function viqrRate(text: string, t: WordTable, i: number, trailingMark: boolean, rate: number, escapes: number): number {
  if (!trailingMark) return rate;
  if (escapes > 0) return 0.99;
  const start = t.start[i]!;
  const end = t.end[i]!;
  let p = end - 1;
  while (p > start && !isAsciiLetter(text.charCodeAt(p - 1))) p--;
  // p: first character after the last letter; skip shape marks to the tone character.
  while (p < end && viqrTone(text.charCodeAt(p)) < 0) p++;
  const after = p + 1 < text.length ? text.charCodeAt(p + 1) : 0;
  if (after === 0x2c || after === 0x2e || after === 0x3b || after === 0x3a || after === 0x3f || after === 0x21) return 0.995;
  let j = p + 1;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  const next = j < text.length ? text.charCodeAt(j) : 0;
  const lowerFollows = j > p + 1 && (isLowerLetter(next) || (next >= 0x30 && next <= 0x39));
  return lowerFollows ? Math.max(rate, 0.9) : rate * 0.3;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLowerLetter = (c: number): boolean => {
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
};

function isUpperWord(s: string, start: number, end: number): boolean {
  return s.slice(start, end) === s.slice(start, end).toUpperCase();
}

interface Context {
  text: string;
  t: WordTable;
  escapes: number;
}

/** log P of word `i`'s reading `k` (-1: as it stands) between its current neighbours. */
function contextScore(ctx: Context, i: number, k: number): number {
  const { text, t } = ctx;
  const id = idOf(text, t, i, k);
  const prev = i > 0 && (t.bits[i]! & JOINED) !== 0 && !endsClause(text, t, i - 1, t.choice[i - 1]!) ? idOf(text, t, i - 1, t.choice[i - 1]!) : BOUNDARY;
  if (i + 1 >= t.count || (t.bits[i + 1]! & JOINED) === 0) return bigramLogProb(prev, id) + bigramLogProb(id, BOUNDARY);
  const next = idOf(text, t, i + 1, t.choice[i + 1]!);
  // A reading that ends the clause (`chi?` as `chi` + `?`) still has to start the next one.
  if (endsClause(text, t, i, k)) return bigramLogProb(prev, id) + bigramLogProb(id, BOUNDARY) + bigramLogProb(BOUNDARY, next);
  return bigramLogProb(prev, id) + bigramLogProb(id, next);
}

/** True when reading `k` of word `i` ends with punctuation that ends a clause (`chi.`). */
function endsClause(text: string, t: WordTable, i: number, k: number): boolean {
  let s = text;
  let from = t.coreEnd[i]!;
  let to = t.end[i]!;
  if (k >= 0) {
    const c = t.candidates[i]![k]!;
    s = c.text;
    from = c.coreEnd;
    to = s.length;
  }
  for (let j = from; j < to; j++) {
    const ch = s.charCodeAt(j);
    if (ch === 0x2e || ch === 0x3f || ch === 0x21 || ch === 0x2c || ch === 0x3b || ch === 0x3a) return true;
  }
  return false;
}

function idOf(text: string, t: WordTable, i: number, k: number): number {
  if (k < 0) {
    if (t.keepId[i] === NO_ID) {
      const status = t.status[i];
      t.keepId[i] = status === KEEP_VI || status === KEEP_ASCII ? syllableId(text.slice(t.coreStart[i]!, t.coreEnd[i]!)) : BOUNDARY;
    }
    return t.keepId[i]!;
  }
  const c = t.candidates[i]![k]!;
  if (c.id === NO_ID) c.id = syllableId(c.text.slice(c.coreStart, c.coreEnd));
  return c.id;
}

function isForeignAscii(text: string, start: number, end: number): boolean {
  if (isSyllableRange(text, start, end)) return false;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  if (upper === end - start && end - start <= 5) return false; // VN, UBND, HCM
  // Vietnamese without marks still parses as syllables, but stop codas need a mark (`Viet`):
  // try the word with a tone before calling it foreign.
  return !toneless(text.slice(start, end));
}

/** True when adding some tone mark to one vowel makes the ASCII word a syllable. */
function toneless(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (!'aeiouyAEIOUY'.includes(word[i]!)) continue;
    for (const mark of ['\u0301', '\u0323']) {
      const w = (word.slice(0, i + 1) + mark + word.slice(i + 1)).normalize('NFC');
      if (isSyllableRange(w, 0, w.length)) return true;
    }
  }
  return false;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) if (text.charCodeAt(i) === 0x5c) return true;
  return false;
}

/**
 * Words inside URLs, e-mail addresses and paths are never repaired: the run of non-space
 * text around them contains `@`, `www.` or a `/` before a letter.
 */
function protectLinks(text: string, t: WordTable): void {
  if (text.indexOf('/') < 0 && text.indexOf('@') < 0 && text.indexOf('www.') < 0) return;
  for (let i = 0; i < t.count; i++) {
    if (t.candidates[i]!.length === 0 && (t.flags[i]! & C_MARK) === 0) continue;
    let s = t.start[i]!;
    let e = t.end[i]!;
    let steps = 0;
    while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && steps++ < 256) s--;
    while (e < text.length && !isSpace(text.charCodeAt(e)) && steps++ < 512) e++;
    if (!looksLikeLink(text, s, e)) continue;
    t.bits[i]! |= LINKED;
    if (t.status[i] === DAMAGED || t.status[i] === LOOSE) t.status[i] = FOREIGN;
    t.candidates[i] = NO_CANDIDATES;
  }
}

function looksLikeLink(text: string, s: number, e: number): boolean {
  if (e - s >= 4 && text.startsWith('www.', s)) return true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40) return true;
    if (c === 0x2f && i + 1 < e) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x7e) return true;
    }
  }
  return false;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;

function build(text: string, t: WordTable, inferCase: boolean): DocumentResult {
  const changes: RepairChange[] = [];
  const builder = new AlignmentBuilder();
  const pieces: string[] = [];
  let copied = 0;
  for (let i = 0; i < t.count; i++) {
    const k = t.choice[i]!;
    if (k < 0) continue;
    const c = t.candidates[i]![k]!;
    let replacement = c.text;
    if (inferCase && c.caseless !== null) replacement = inferTcvn3Case(text, t, i, c);
    // Report the word itself: leave out punctuation that reads the same in both.
    let a = t.start[i]!;
    let b = t.end[i]!;
    let ra = 0;
    let rb = replacement.length;
    while (a < b && ra < rb && text.charCodeAt(a) === replacement.charCodeAt(ra) && isEdgePunctuation(text.charCodeAt(a))) {
      a++;
      ra++;
    }
    while (b > a && rb > ra && text.charCodeAt(b - 1) === replacement.charCodeAt(rb - 1) && isEdgePunctuation(text.charCodeAt(b - 1))) {
      b--;
      rb--;
    }
    const piece = ra === 0 && rb === replacement.length ? replacement : replacement.slice(ra, rb);
    const original = text.slice(a, b);
    if (piece === original) continue;
    pieces.push(text.slice(copied, a), piece);
    copied = b;
    builder.edit(a, b, piece.length);
    changes.push({ start: a, end: b, original, text: piece, encoding: c.encoding });
  }
  if (changes.length === 0) return { text, changes, alignment: null };
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes, alignment: builder.finish(text.length) };
}
