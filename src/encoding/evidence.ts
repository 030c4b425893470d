// The evidence pass: which encodings the page shows. Before the damaged words are decided, the
// words only one encoding explains set a prior per encoding (leave one out); after, the
// encodings they were read in set the damage rate a valid word is weighed with, and the line
// of each word says which encodings it may be read in at all (evidence first, issue 8).
import type { Candidate } from './candidates.js';
import { C_VI } from './char-classes.js';
import { DAMAGED, DEFERRED, FOREIGN, KEEP_VI, LOOSE, SYMBOLS } from './classify.js';
import { bitCount, type Context, credit, type Doc, K, lineEndOf, lookAround, rateScratch, scoreAround, setChoice, setEncoding, VIQR } from './document.js';
import { CLEAN_WEIGHT, DAMAGE_RATE_CAP, LOCAL_WINDOW, PLAIN_MIN, PLAIN_SHARE, PLAINLY_ONE_MIN, PLAINLY_ONE_SHARE, PRIOR_FLOOR, PRIOR_WEIGHT, RATE_SMOOTHING, SHARED_WEIGHT, WHOLLY_MIN, WHOLLY_SHARE } from './weights.js';
import { plainFound, plainReadings, splitLoose } from './scan-words.js';
import { closesQuote } from './word-shapes.js';
import { EVERY_STRICT_SHIFT, FIRST_NFD, HAS_BACKSLASH, SEVERAL_STRICT, SOME_LOOSE, SOME_SHARED, STRICT_ENCODINGS, TYPO_LIKE, WEAK_VIQR, WordTypes } from './word-table.js';
import { S_DIRTY, S_FIRST_TAKEN, S_LINE_EVIDENCE, S_LOCAL_ENCS, S_LOCAL_RATE, S_LOCAL_SHARE, S_LOCAL_WEIGHT, S_LOO_PRIOR, S_LOO_STATE, S_MASK_OF, S_OWN, S_SHARED_TIMES, S_SHARE_OF, scratchFloat64, scratchInt32, scratchInt8, scratchUint8 } from './scratch.js';

/** What the damaged words show of the page's encodings before any is decided. */
export interface Evidence {
  readonly unique: Float64Array;
  readonly support: Float64Array;
  readonly prior: Float64Array;
  readonly own: Float64Array;
  readonly escapes: number;
  readonly cleanBytes: number;
  readonly cleanNonAscii: number;
  /** Symbols and words with only loose readings, decided once the page's encoding is known. */
  readonly deferred: number[];
  /** Per distinct word, the loose readings put aside. */
  readonly looseAside: (Candidate[] | undefined)[];
  /** The page plainly shows one encoding (whole-text damage): {@link uniqueBest}. */
  readonly plainlyOne: boolean;
  readonly uniqueBest: number;
}

/**
 * The evidence pass: per encoding, the damaged words only it explains and those it shares;
 * from them each encoding's prior, and each distinct word's own part of it (leave one out).
 */
export function gatherEvidence(d: Doc): Evidence {
  const { t, ty } = d;
  const n = t.count;
  // Evidence per encoding: the damaged words only it explains (`unique`), those it shares with
  // other encodings (`shared`). Abbreviations, loanwords and symbols count for nothing: they
  // are read only once the document's encoding is plain.
  const unique = new Float64Array(K);
  const shared = new Float64Array(K);
  const maskOf = scratchInt32(S_MASK_OF, ty.count, -1);
  const shareOf = scratchFloat64(S_SHARE_OF, ty.count);
  const sharedTimes = scratchInt32(S_SHARED_TIMES, ty.count, 0);
  // What each distinct word adds to the support of each encoding: a word's reading is decided
  // on the evidence of the other words (leave one out), or a word several encodings explain
  // would vote for the reading the bigram model likes and then follow its own vote.
  const own = scratchFloat64(S_OWN, ty.count * K);
  let escapes = 0;
  let cleanBytes = 0; // words with ă đ ơ ư ạ…: no byte encoding shown as cp1252 produces them
  let cleanNonAscii = 0; // words with any mark: VIQR never produces them
  // Readings that are no syllable (abbreviations, loanwords) and words of symbols wait until
  // the document's encoding is known: symbols are deferred, and the loose readings of damaged
  // words put aside (in the same pass).
  const deferred: number[] = [];
  const looseAside: (Candidate[] | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const status = t.status[i];
    const type = t.type[i]!;
    if (status === KEEP_VI) {
      cleanNonAscii++;
      if ((ty.flags[type]! & C_VI) !== 0) cleanBytes++;
    }
    if (status === SYMBOLS || status === LOOSE) {
      deferred.push(i);
      t.status[i] = DEFERRED;
      continue;
    }
    if (status !== DAMAGED) continue;
    let mask = maskOf[type]!;
    if (mask < 0) {
      // The encodings of its syllable readings, and whether some are loose, as the scan found them.
      const summary = ty.summary[type]!;
      mask = summary & STRICT_ENCODINGS;
      maskOf[type] = mask;
      shareOf[type] = 1 / bitCount(mask);
      if ((summary & (FIRST_NFD | SOME_LOOSE)) === SOME_LOOSE) {
        // The loose readings kept aside: in a page plainly in their encoding they may still win
        // (VNI `KHÑT` is KHĐT, though TCVN3 reads a syllable in it).
        splitLoose(ty, type, ty.candidates[type]!, looseAside);
      }
    }
    if (mask === 0) continue;
    if ((mask & (mask - 1)) === 0) {
      unique[31 - Math.clz32(mask)]!++;
    } else {
      const share = shareOf[type]!;
      for (let m = mask; m !== 0; m &= m - 1) shared[31 - Math.clz32(m & -m)]! += share;
      sharedTimes[type]!++;
    }
    if ((mask & (1 << VIQR)) !== 0 && (ty.bits[type]! & HAS_BACKSLASH) !== 0) escapes++;
  }
  // A word's own part, added up once per distinct word (the same sums, in the same order).
  for (let type = 0; type < ty.count; type++) {
    const times = sharedTimes[type]!;
    if (times === 0) continue;
    const part = SHARED_WEIGHT * shareOf[type]!;
    let sum = 0;
    for (let x = 0; x < times; x++) sum += part;
    for (let m = maskOf[type]!; m !== 0; m &= m - 1) own[type * K + 31 - Math.clz32(m & -m)] = sum;
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
  for (let e = 0; e < K; e++) prior[e] = PRIOR_WEIGHT * Math.log((support[e]! + PRIOR_FLOOR) / (supportTotal + PRIOR_FLOOR * K));
  // A reading several encodings give is credited to the best-evidenced of them.
  for (let type = 0; type < ty.count; type++) {
    if ((ty.summary[type]! & SOME_SHARED) === 0) continue;
    for (const c of ty.candidates[type]!) if ((c.encs & (c.encs - 1)) !== 0) credit(c, prior);
    const aside = looseAside[type];
    if (aside !== undefined) for (const c of aside) if ((c.encs & (c.encs - 1)) !== 0) credit(c, prior);
  }

  // A page that plainly shows one encoding (whole-text damage): a word it explains is read in
  // it, without weighing what other encodings make of the word, and shared words are not
  // weighed again in context below.
  let uniqueTop = 0;
  let uniqueSum = 0;
  let uniqueBest = -1;
  for (let e = 0; e < K; e++) {
    uniqueSum += unique[e]!;
    if (unique[e]! > uniqueTop) {
      uniqueTop = unique[e]!;
      uniqueBest = e;
    }
  }
  const plainlyOne = uniqueTop >= PLAINLY_ONE_MIN && uniqueTop >= PLAINLY_ONE_SHARE * uniqueSum;
  return { unique, support, prior, own, escapes, cleanBytes, cleanNonAscii, deferred, looseAside, plainlyOne, uniqueBest };
}

/** The state the decision passes share; every word starts out undecided. */
export function newContext(d: Doc, ev: Evidence): Context {
  const { t, ty } = d;
  const n = t.count;
  const { escapes, prior, support, own } = ev;
  // Every word starts out undecided; afterwards a word is decided again only when a
  // neighbour's reading changed (its score depends on nothing else that changes).
  return {
    d,
    escapes,
    prior,
    support,
    own,
    looState: scratchUint8(S_LOO_STATE, ty.count, 0),
    looPrior: scratchFloat64(S_LOO_PRIOR, ty.count * K),
    weakMask: 0,
    altMask: 0,
    dirty: scratchUint8(S_DIRTY, n, 1),
  };
}

/** What the decided damaged words show: the encodings they were read in, and the damage rates. */
export interface Shown {
  readonly chosen: Float64Array;
  readonly chosenTotal: number;
  readonly damageRate: Float64Array;
  /** The page is damaged all through in `e`. */
  readonly wholly: (e: number) => boolean;
  /** `e` explains at least half of the page's damaged words. */
  readonly plain: (e: number) => boolean;
}

/** The encodings the page is written in, as its damaged words were read. */
export function readEncodings(d: Doc, ev: Evidence): Shown {
  const { t, ty } = d;
  const n = t.count;
  const { cleanBytes, cleanNonAscii } = ev;
  // 2. What the document is written in: the encodings the damaged words were read in.
  // A reading several encodings give counts for each of them (`ðang` is đang in both
  // Windows-1258 and VISCII): each is as plainly shown by it. The counts are whole numbers, so
  // the words that took their first reading are counted per distinct word and added at the end.
  const chosen = new Float64Array(K);
  let chosenTotal = 0;
  const firstTaken = scratchInt32(S_FIRST_TAKEN, ty.count, 0);
  for (let i = 0; i < n; i++) {
    const k = t.choice[i]!;
    if (k < 0 || t.status[i] !== DAMAGED) continue;
    if (k === 0) {
      firstTaken[t.type[i]!]!++;
      continue;
    }
    const encs = ty.readingEncs(t.type[i]!, k);
    for (let m = encs; m !== 0; m &= m - 1) chosen[31 - Math.clz32(m & -m)]!++;
    chosenTotal++;
  }
  for (let type = 0; type < ty.count; type++) {
    const times = firstTaken[type]!;
    if (times === 0) continue;
    const encs = ty.readingEncs(type, 0);
    for (let m = encs; m !== 0; m &= m - 1) chosen[31 - Math.clz32(m & -m)]! += times;
    chosenTotal += times;
  }
  // Probability that a word that is fine as it stands, but readable in `enc`, is damaged: the
  // share of damaged words among the words that could show `enc`'s damage (whole-document
  // damage leaves no clean word, so it tends to 1; one damaged word in a clean page, to 0).
  const damageRate = new Float64Array(K);
  for (let e = 0; e < K; e++) {
    const clean = e === VIQR ? cleanNonAscii : cleanBytes;
    damageRate[e] = Math.min(DAMAGE_RATE_CAP, chosen[e]! / (chosenTotal + CLEAN_WEIGHT * clean + RATE_SMOOTHING));
  }
  // The share of damage in the page, whatever encoding each damaged word was read in: a page
  // damaged all through trusts readings that are no syllable (`đ`, `ôtô`) in its plain encoding,
  // even where some of them were first read in another one (VNI `ñ` is also TCVN3 ủ).
  const wholly = (e: number): boolean =>
    chosen[e]! >= WHOLLY_MIN && chosenTotal / (chosenTotal + CLEAN_WEIGHT * (e === VIQR ? cleanNonAscii : cleanBytes) + RATE_SMOOTHING) >= WHOLLY_SHARE;
  const plain = (e: number): boolean => chosen[e]! >= PLAIN_MIN && chosen[e]! >= PLAIN_SHARE * chosenTotal;
  return { chosen, chosenTotal, damageRate, wholly, plain };
}

/**
 * log P(encoding) for a word of type `type` on the evidence of the other words (K values at
 * `ctx.looPrior[type * K]`), or null when the word adds nothing to any encoding's support
 * (then it is the page's prior). Computed once per distinct word and support.
 */
export function ownPrior(ctx: Context, type: number): boolean {
  const state = ctx.looState[type]!;
  if (state !== 0) return state === 1;
  const { own, support, looPrior } = ctx;
  const base = type * K;
  let mine = 0;
  let total = 0;
  for (let e = 0; e < K; e++) {
    mine += own[base + e]!;
    total += support[e]!;
  }
  if (mine === 0) {
    ctx.looState[type] = 2;
    return false;
  }
  const norm = Math.log(Math.max(0, total - mine) + PRIOR_FLOOR * K);
  for (let e = 0; e < K; e++) looPrior[base + e] = PRIOR_WEIGHT * (Math.log(Math.max(0, support[e]! - own[base + e]!) + PRIOR_FLOOR) - norm);
  ctx.looState[type] = 1;
  return true;
}

/**
 * Support per encoding from the damaged words: a word only one encoding explains counts 1 for
 * it; a word several explain is shared among them in proportion to how probable each reading
 * is between its neighbours (weighted by `weight`). Writes `support`; returns false when no
 * word was shared.
 */
export function reweighEvidence(
  ctx: Context,
  ambiguous: Int32Array,
  unique: Float64Array,
  weight: number,
  support: Float64Array,
  own: Float64Array,
): boolean {
  const { d } = ctx;
  const { t, ty } = d;
  const shares = new Float64Array(K);
  const fresh = new Float64Array(own.length);
  let any = false;
  for (let x = 0; x < ambiguous.length; x++) {
    const i = ambiguous[x]!;
    if (t.status[i] !== DAMAGED) continue;
    const cands = ty.candidates[t.type[i]!]!;
    let best = -Infinity;
    lookAround(d, i);
    for (let k = 0; k < cands.length; k++) {
      const s = scoreAround(d, i, k);
      rateScratch[k] = s;
      if (s > best) best = s;
    }
    let sum = 0;
    for (let k = 0; k < cands.length; k++) sum += rateScratch[k] = Math.exp(rateScratch[k]! - best);
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      if (c.loose) continue;
      const n = bitCount(c.encs);
      const type = t.type[i]!;
      for (let e = 0; e < K; e++) {
        if ((c.encs & (1 << e)) === 0) continue;
        const part = rateScratch[k]! / sum / n;
        shares[e]! += part;
        fresh[type * K + e]! += weight * part;
      }
    }
    any = true;
  }
  if (!any) return false;
  for (let e = 0; e < K; e++) support[e] = unique[e]! + weight * shares[e]!;
  own.set(fresh);
  return true;
}

/**
 * Evidence first: a damaged word that may as well be something else (a typo `môt`, VIQR tone
 * characters alone `Sa'`) keeps its reading only when its line shows damage in the same
 * encoding by another word: a word damaged the plain way in that encoding, or for VIQR tones,
 * another VIQR word. Otherwise it stays as it stands.
 */
export function requireEvidence(ctx: Context): void {
  const { d } = ctx;
  const { t, ty } = d;
  const n = t.count;
  let lineStart = 0;
  while (lineStart < n) {
    const lineEnd = lineEndOf(t, lineStart);
    let weakViqr = 0;
    let weak = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
      const tb = ty.bits[t.type[i]!]!;
      if ((tb & WEAK_VIQR) !== 0) weakViqr++;
      if ((tb & (TYPO_LIKE | WEAK_VIQR)) !== 0) weak++;
    }
    // Most lines have no weak damage: what the others show is counted only for those that do.
    if (weak > 0) {
      const shown = strongEncodings(d, lineStart, lineEnd, weakViqr > 1);
      for (let i = lineStart; i < lineEnd; i++) {
        if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
        const type = t.type[i]!;
        const tb = ty.bits[type]!;
        if ((tb & (TYPO_LIKE | WEAK_VIQR)) === 0) continue;
        if ((tb & WEAK_VIQR) !== 0 && closesQuote(d.text, t.start[i]!, t.end[i]!)) {
          t.status[i] = FOREIGN;
          setChoice(ctx, i, -1);
          continue;
        }
        const mask = (tb & WEAK_VIQR) !== 0 && weakViqr > 1 ? shown | (1 << VIQR) : shown;
        if ((ty.readingEncs(type, t.choice[i]!) & mask) !== 0) continue;
        let k = ty.candidates[type]!.findIndex((c) => !c.loose && (c.encs & mask) !== 0);
        if (k < 0) t.status[i] = FOREIGN;
        setChoice(ctx, i, k);
      }
    }
    lineStart = lineEnd;
  }
}

/**
 * The encodings the damaged words of line `[lineStart, lineEnd)` that are no weak damage were
 * read in, as far as {@link requireEvidence} needs them: once every weak word's reading is in
 * one of them, more cannot change what it decides (`viqr`: VIQR tones count as shown too).
 */
function strongEncodings(d: Doc, lineStart: number, lineEnd: number, viqr: boolean): number {
  const { t, ty } = d;
  let shown = 0;
  for (let i = lineStart; i < lineEnd; i++) {
    if (t.status[i] !== DAMAGED || t.choice[i]! < 0 || (ty.bits[t.type[i]!]! & (TYPO_LIKE | WEAK_VIQR)) !== 0) continue;
    const more = shown | ty.readingEncs(t.type[i]!, t.choice[i]!);
    if (more === shown) continue;
    shown = more;
    if (weakKept(d, lineStart, lineEnd, shown, viqr)) break;
  }
  return shown;
}

/** True when the reading of every weak word of the line is in an encoding of `shown` (see {@link strongEncodings}). */
function weakKept(d: Doc, lineStart: number, lineEnd: number, shown: number, viqr: boolean): boolean {
  const { t, ty } = d;
  for (let i = lineStart; i < lineEnd; i++) {
    if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
    const type = t.type[i]!;
    const tb = ty.bits[type]!;
    if ((tb & (TYPO_LIKE | WEAK_VIQR)) === 0) continue;
    const mask = (tb & WEAK_VIQR) !== 0 && viqr ? shown | (1 << VIQR) : shown;
    if ((ty.readingEncs(type, t.choice[i]!) & mask) === 0) return false;
  }
  return true;
}

/**
 * Per occurrence, the encodings whose damage its line shows: a valid word is read in an
 * encoding only where another word of its line is damaged in it (evidence first).
 */
export function lineEvidence(d: Doc): Int32Array {
  const { t, ty } = d;
  const n = t.count;
  const out = scratchInt32(S_LINE_EVIDENCE, n, 0);
  let lineStart = 0;
  while (lineStart < n) {
    const lineEnd = lineEndOf(t, lineStart);
    let shown = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
      shown |= ty.readingEncs(t.type[i]!, t.choice[i]!);
    }
    out.fill(shown, lineStart, lineEnd);
    lineStart = lineEnd;
  }
  return out;
}

/** What {@link localDamage} finds around each word of a list. */
export interface Local {
  /** Per entry: the share of damaged words among the words around it that could show damage. */
  rate: Float64Array;
  /** Per entry and encoding (K values each): the share of those damaged words read in it. */
  share: Float64Array;
}

/**
 * Per entry of `list`, the share of damaged words among the words around it that could show
 * damage, counted like the page's damage rate (a clean word with ă đ ơ ư ạ… counts twice), and
 * how those damaged words spread over the encodings (a TCVN3 paragraph in a page of five
 * encodings is TCVN3's, though TCVN3 has a fifth of the page).
 */
export function localDamage(d: Doc, list: Int32Array): Local {
  const { t, ty } = d;
  const n = t.count;
  const rate = scratchFloat64(S_LOCAL_RATE, list.length);
  const share = scratchFloat64(S_LOCAL_SHARE, list.length * K);
  // Per word, filled in as the window reaches it: 1 damaged and read, -1 clean with a letter no
  // byte encoding produces, else 0; and the encodings of a damaged word's reading.
  const weight = scratchInt8(S_LOCAL_WEIGHT, n, 0);
  const encsOf = scratchInt32(S_LOCAL_ENCS, n, 0);
  const perEnc = new Float64Array(K);
  let lo = 0;
  let hi = 0;
  let damaged = 0;
  let clean = 0;
  for (let x = 0; x < list.length; x++) {
    const i = list[x]!;
    const from = Math.max(0, i - LOCAL_WINDOW);
    const to = Math.min(n, i + LOCAL_WINDOW + 1);
    if (hi <= from) {
      // Nothing of the window so far is left in it: start afresh (the counts are whole
      // numbers, so they come out as if the window had slid there).
      damaged = clean = 0;
      perEnc.fill(0);
      lo = hi = from;
    }
    for (; hi < to; hi++) {
      const s = t.status[hi];
      if (s === DAMAGED && t.choice[hi]! >= 0) {
        const encs = ty.readingEncs(t.type[hi]!, t.choice[hi]!);
        weight[hi] = 1;
        encsOf[hi] = encs;
        damaged++;
        for (let m = encs; m !== 0; m &= m - 1) perEnc[31 - Math.clz32(m & -m)]!++;
      } else if (s === KEEP_VI && (ty.flags[t.type[hi]!]! & C_VI) !== 0) {
        weight[hi] = -1;
        clean++;
      }
    }
    for (; lo < from; lo++) {
      const w = weight[lo]!;
      if (w > 0) {
        damaged--;
        for (let m = encsOf[lo]!; m !== 0; m &= m - 1) perEnc[31 - Math.clz32(m & -m)]!--;
      } else if (w < 0) clean--;
    }
    rate[x] = damaged / (damaged + CLEAN_WEIGHT * clean + RATE_SMOOTHING);
    if (damaged === 0) continue;
    // Only the encodings of the word's readings are asked for.
    const cands = ty.candidates[t.type[i]!]!;
    for (let k = 0; k < cands.length; k++) {
      const e = cands[k]!.enc;
      share[x * K + e] = Math.min(1, perEnc[e]! / damaged);
    }
  }
  return { rate, share };
}

/**
 * A page that plainly shows encoding `e` (whole-text damage): a word it explains is read in
 * it, without weighing what other encodings make of the word (its other readings are dropped).
 * Returns how many readings are left when some were dropped (each is then credited to `e`),
 * else 0.
 */
export function keepPlainEncoding(ty: WordTypes, type: number, e: number): number {
  const bit = 1 << e;
  // The readings are still the syllable readings the scan found (gatherEvidence put the loose
  // ones aside): their summary says whether some but not all are given by `e` (no decomposed
  // Unicode among them: it has one reading).
  const summary = ty.summary[type]!;
  if ((summary & (SEVERAL_STRICT | FIRST_NFD)) !== SEVERAL_STRICT || (summary & bit) === 0 || ((summary >> EVERY_STRICT_SHIFT) & bit) !== 0) return 0;
  plainReadings(ty, type, ty.candidates[type]!, e);
  // A reading only `e` gives is credited to it already.
  if (plainFound.shared) for (const c of plainFound.kept) setEncoding(c, e);
  ty.setReadings(type, plainFound.kept);
  return plainFound.kept.length;
}
