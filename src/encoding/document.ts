// The state the passes of the document pass share: the words (word-table.ts) and the text, the
// decisions so far (the chosen reading of each occurrence), and how a reading scores between its
// neighbours in the syllable bigram model.
import type { EditAlignment } from '../core/index.js';
import { type Candidate, REPAIR_ENCODINGS } from './candidates.js';
import { DAMAGED, KEEP_ASCII, KEEP_SYMBOLS, KEEP_VI } from './classify.js';
import type { DetectedEncoding } from './encodings.js';
import { bigramLogProb, BOUNDARY, syllableId } from './ngram-model.js';
import type { RepairChange } from './types.js';
import { ENDS_CLAUSE, JOINED, LINKED, LONE_LETTER, NEW_LINE, NO_ID, WordTable, WordTypes } from './word-table.js';
import { S_AMBIGUOUS, S_WITH_READINGS, scratchList } from './scratch.js';

export const K = REPAIR_ENCODINGS.length;

const encIndex = (e: DetectedEncoding): number => REPAIR_ENCODINGS.indexOf(e);

export const NFD = encIndex('nfd');

export const VIQR = encIndex('viqr');

export const CP1258 = encIndex('windows-1258');

export interface DocumentResult {
  text: string;
  changes: RepairChange[];
  alignment: EditAlignment | null;
}

/** The words of one call: occurrences and distinct words. */
export interface Doc {
  readonly text: string;
  readonly t: WordTable;
  readonly ty: WordTypes;
}

/** Scratch for per-reading rates in {@link decideValid}; readings per word are few. */
export const rateScratch = new Float64Array(64);

export interface Context {
  readonly d: Doc;
  readonly escapes: number;
  readonly prior: Float64Array;
  /** Support per encoding, and per distinct word its own part of it (see {@link repairDocument}). */
  readonly support: Float64Array;
  readonly own: Float64Array;
  /** Per distinct word: 0 its prior not yet computed, 1 in {@link looPrior}, 2 the page's. */
  readonly looState: Uint8Array;
  readonly looPrior: Float64Array;
  /** Encodings read only in look-alikes, and only among Vietnamese words. */
  weakMask: number;
  /** Encodings the page shows, in which valid words are read too. */
  altMask: number;
  /** 1 for words whose neighbours changed since they were last decided. */
  readonly dirty: Uint8Array;
}

export function touchNeighbours(ctx: Context, i: number): void {
  if (i > 0) ctx.dirty[i - 1] = 1;
  if (i + 1 < ctx.dirty.length) ctx.dirty[i + 1] = 1;
}

export function setChoice(ctx: Context, i: number, k: number): void {
  if (ctx.d.t.choice[i] === k) return;
  ctx.d.t.choice[i] = k;
  touchNeighbours(ctx, i);
}

/** A damaged word whose readings the context must decide between. */
export const isAmbiguous = (cands: Candidate[]): boolean => cands.length > 1 && cands[0]!.enc !== NFD;

/** Appends `i` to a growing list (returns the list, perhaps grown). */
export function append(list: Int32Array, m: number, i: number): Int32Array {
  if (m < list.length) {
    list[m] = i;
    return list;
  }
  const grown = new Int32Array(m * 2);
  grown.set(list);
  grown[m] = i;
  return grown;
}

/** Damaged words with readings for the context to decide between, in order. */
export function ambiguousOccurrences(d: Doc): Int32Array {
  const { t, ty } = d;
  let list: Int32Array = scratchList(S_AMBIGUOUS, t.count);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.status[i] === DAMAGED && isAmbiguous(ty.candidates[t.type[i]!]!)) list = append(list, m++, i);
  }
  return list.subarray(0, m);
}

/** Words fine as they stand that have readings to weigh, in order. */
export function validWithReadings(d: Doc): Int32Array {
  const { t, ty } = d;
  let list: Int32Array = scratchList(S_WITH_READINGS, t.count);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    const status = t.status[i];
    if (status !== KEEP_VI && status !== KEEP_ASCII && status !== KEEP_SYMBOLS) continue;
    if ((t.bits[i]! & LINKED) === 0 && ty.candidates[t.type[i]!]!.length > 0) list = append(list, m++, i);
  }
  return list.subarray(0, m);
}

export function supportSum(support: Float64Array): number {
  let sum = 0;
  for (let e = 0; e < K; e++) sum += support[e]!;
  return sum;
}

/** Credits reading `c` to the encoding among those that give it with the highest `weight`. */
export function credit(c: Candidate, weight: Float64Array): void {
  let best = -1;
  for (let e = 0; e < K; e++) if ((c.encs & (1 << e)) !== 0 && (best < 0 || weight[e]! > weight[best]!)) best = e;
  setEncoding(c, best);
}

/**
 * Credits reading `c` to encoding `e`. Readings are shared between calls (scan-words.ts): the
 * alignment groups an earlier page made with another encoding are dropped.
 */
export function setEncoding(c: Candidate, e: number): void {
  if (c.enc !== e) {
    c.groups = null;
    c.group = undefined;
  }
  c.enc = e;
  c.encoding = REPAIR_ENCODINGS[e]!;
}

/** The encoding most damaged words were read in, or -1. */
export function topEncoding(chosen: Float64Array): number {
  let best = -1;
  for (let e = 0; e < chosen.length; e++) if (chosen[e]! >= 1 && (best < 0 || chosen[e]! > chosen[best]!)) best = e;
  return best;
}

export function allLoose(cands: Candidate[]): boolean {
  if (cands[0]!.enc === NFD) return false;
  for (let k = 0; k < cands.length; k++) if (!cands[k]!.loose) return false;
  return true;
}

export function bitCount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

/**
 * Model ids of the neighbours of the word {@link lookAround} was last called for, as they now
 * read: the readings of a word are scored against them without finding them again for each.
 */
const around = { prev: BOUNDARY, next: BOUNDARY, last: true };

/** Fills {@link around} for word `i`. */
export function lookAround(d: Doc, i: number): void {
  const t = d.t;
  around.prev = i > 0 && (t.bits[i]! & JOINED) !== 0 && !endsClause(d, i - 1, t.choice[i - 1]!) ? idOf(d, i - 1, t.choice[i - 1]!) : BOUNDARY;
  around.last = i + 1 >= t.count || (t.bits[i + 1]! & JOINED) === 0;
  around.next = around.last ? BOUNDARY : idOf(d, i + 1, t.choice[i + 1]!);
}

/** log P of word `i`'s reading `k` (-1: as it stands) between the neighbours {@link lookAround} found. */
export function scoreAround(d: Doc, i: number, k: number): number {
  const id = idOf(d, i, k);
  // A letter alone kept as it stands (`ä, ö, ü`) is a foreign word standing for a clause break:
  // next to punctuation it costs no second break. A symbol is punctuation, and a second one is rare.
  const lp = k < 0 && (d.ty.bits[d.t.type[i]!]! & LONE_LETTER) !== 0 ? mergedLogProb : bigramLogProb;
  const prev = around.prev;
  if (around.last) return lp(prev, id) + lp(id, BOUNDARY);
  const next = around.next;
  // A reading that ends the clause (`chi?` as `chi` + `?`) still has to start the next one.
  if (endsClause(d, i, k)) return lp(prev, id) + lp(id, BOUNDARY) + lp(BOUNDARY, next);
  return lp(prev, id) + lp(id, next);
}

/** log P(b | a), where clause breaks in a row are one break. */
const mergedLogProb = (a: number, b: number): number => (a === BOUNDARY && b === BOUNDARY ? 0 : bigramLogProb(a, b));

/** True when reading `k` of word `i` ends with punctuation that ends a clause (`chi.`). */
function endsClause(d: Doc, i: number, k: number): boolean {
  const type = d.t.type[i]!;
  if (k < 0) return (d.ty.bits[type]! & ENDS_CLAUSE) !== 0;
  return d.ty.candidates[type]![k]!.endsClause;
}

function idOf(d: Doc, i: number, k: number): number {
  const { t, ty } = d;
  const type = t.type[i]!;
  if (k < 0) {
    const status = t.status[i];
    if (status !== KEEP_VI && status !== KEEP_ASCII) return BOUNDARY;
    let id = ty.keepId[type]!;
    if (id === NO_ID) {
      const s = ty.first[type]!;
      id = ty.keepId[type] = keepIdOf(d.text, s + ty.coreStart[type]!, s + ty.coreEnd[type]!);
    }
    return id;
  }
  return readingId(ty.candidates[type]![k]!);
}

/** The bigram model's id of a reading (cached on it). */
export function readingId(c: Candidate): number {
  // A reading with no syllable (punctuation) separates its neighbours like a clause break.
  if (c.id === NO_ID) c.id = c.coreStart === c.coreEnd ? BOUNDARY : syllableId(c.text.slice(c.coreStart, c.coreEnd));
  return c.id;
}

/** The bigram model's id of a word as it stands (its syllable `text[coreStart, coreEnd)`). */
export function keepIdOf(text: string, coreStart: number, coreEnd: number): number {
  return syllableId(text.slice(coreStart, coreEnd));
}

/** One past the last word of the line that word `start` is on (lines are what the passes count within). */
export function lineEndOf(t: WordTable, start: number): number {
  let end = start + 1;
  while (end < t.count && (t.bits[end]! & NEW_LINE) === 0) end++;
  return end;
}
