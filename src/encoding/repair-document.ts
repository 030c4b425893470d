// The full pass over a document with damage: classify every distinct word once, weigh the
// encodings the document shows, decide each damaged word in context, then the words that are
// valid as they stand but read differently in the document's encoding (TCVN3 `còng` is
// `cũng`), and write the result.
//
// Everything per occurrence lives in typed arrays (word-table.ts); what a word is, its
// readings and their model ids, once per distinct word. The passes over occurrences allocate
// nothing; the output is written into a code-unit buffer and the change objects are made at
// the end, sharing their strings between occurrences of the same word.
import { type Candidate, REPAIR_ENCODINGS } from './candidates.js';
import {
  CASE_AS_IS,
  CASE_NEIGHBOURS,
  CASE_NEIGHBOURS_SENTENCE,
  CASE_SENTENCE,
  CASE_UPPER,
  VARIANT_AS_IS,
  VARIANT_CAPITAL,
  VARIANT_UPPER,
  candidateWordCase,
  caseModeOf,
  startsSentence,
  variantText,
  wordCaseOf,
} from './case-inference.js';
import { C_COMB, C_HIGH, C_MARK, C_VI, isEdgePunctuation } from './char-classes.js';
import {
  DAMAGED,
  DEFERRED,
  FOREIGN,
  KEEP_ASCII,
  KEEP_SYMBOLS,
  KEEP_VI,
  LOOSE,
  NO_LETTERS,
  SYMBOLS,
  cannotBeDamaged,
  classified,
  classify,
} from './classify.js';
import type { DetectedEncoding } from './encodings.js';
import { isSyllableRange } from './judge.js';
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { BOUNDARY, bigramLogProb, syllableId } from './ngram-model.js';
import { type WordCursor, nextWord } from './scan.js';
import { viqrTone } from './viqr.js';
import { LOOK_ALIKE_ENCODINGS, LOOK_ALIKE_RATE, caseAllows, firstLetterCase, isLookAlike } from './look-alikes.js';
import {
  ALL_LOOSE,
  ALTERNATIVES_DONE,
  CURRENCY,
  FIXED,
  UNMISTAKABLE,
  ENDS_CLAUSE,
  FOREIGN_ASCII,
  HAS_BACKSLASH,
  JOINED,
  LINKED,
  NEW_LINE,
  LONE_LETTER,
  NO_CANDIDATES,
  TRAILING_SYMBOL,
  TYPO_LIKE,
  WEAK_VIQR,
  NO_ID,
  VIETNAMESE,
  WordTable,
  WordTypes,
} from './word-table.js';
import { AlignmentBuilder, type EditAlignment } from '../core/index.js';
import { characterGroups, mayHoldTokens, recordChange } from './fine-alignment.js';
import type { RepairChange } from './repair.js';

/** Neighbours looked at on each side when deciding whether a region is Vietnamese. */
const CONTEXT = 6;
/** How much the document's encoding counts against the bigram model for a damaged word. */
const PRIOR_WEIGHT = 2.5;
/** What a damaged word that several encodings explain adds to each one's support. */
const SHARED_WEIGHT = 0.25;
/**
 * When the words only one encoding explains are this many, and this share of all such words,
 * the page plainly shows that encoding and shared words are not weighed again in context.
 */
const PLAINLY_ONE_MIN = 20;
const PLAINLY_ONE_SHARE = 0.95;
/** Share of the damaged words an encoding must explain before abbreviations are read in it. */
const PLAIN_SHARE = 0.5;
/** Share of the damaged words an encoding must explain before valid words are read in it. */
const DOMINANT_SHARE = 0.3;
/**
 * How much a clean word counts against reading valid words as damaged: above 1, a mostly clean
 * page keeps its look-alikes (`dùng` stays, though TCVN3 reads it `dựng`).
 */
const CLEAN_WEIGHT = 2;
/** log P(a clause break is written with this symbol): `·`, `«`, `®` are rare punctuation. */
const SYMBOL_AS_PUNCTUATION = Math.log(0.01);
/**
 * Probability that a Latin-1 letter alone among Vietnamese words (TCVN3 `ë` is ở, but `ñ`, `ø`
 * are also letters named in the text) is damage: no Vietnamese word is such a letter, so it is
 * more often damage than not, and the context decides (`chị ë lại` is read, `chữ ñ` is not).
 */
const LONE_LETTER_RATE = 0.75;
/**
 * log of how much likelier than the word as it stands a reading of a valid word must be, on top
 * of the damage rate its line shows. Tried 0.5, 1 and 2: each lowered validation whole-text
 * (99.5 → 99.4, 99.3, 99.2) and lost VNI `hôn` = hơn beside VNI damage, without keeping a single
 * more clean word in the damaged-page check (scripts/check-false-changes.ts): the evidence gate
 * does that work, so the margin is 0.
 */
const VALID_MARGIN = 0;
/** Keeps one damaged word from making every look-alike in a clean page suspect. */
const RATE_SMOOTHING = 0.1;

const K = REPAIR_ENCODINGS.length;
const encIndex = (e: DetectedEncoding): number => REPAIR_ENCODINGS.indexOf(e);
const NFD = encIndex('nfd');
const VIQR = encIndex('viqr');
const CP1258 = encIndex('windows-1258');

export interface DocumentResult {
  text: string;
  changes: RepairChange[];
  alignment: EditAlignment | null;
}

/** The words of one call: occurrences and distinct words. */
interface Doc {
  readonly text: string;
  readonly t: WordTable;
  readonly ty: WordTypes;
}

/** Scratch for per-reading rates in {@link decideValid}; readings per word are few. */
const rateScratch = new Float64Array(64);

export function repairDocument(text: string, allowed: number, inferCase: boolean): DocumentResult {
  const d = scanWords(text, allowed);
  const { t, ty } = d;
  const n = t.count;
  protectLinks(d);

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
  const weak = new Int8Array(ty.count).fill(-1);
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (t.status[i] === DAMAGED) {
      const type = t.type[i]!;
      if (weak[type] === -1) weak[type] = mayBeWeak(text, ty, type) ? 1 : 0;
      if (weak[type] === 1) settleWeak(d, i);
    }
    kind[i] = languageOf(d, i);
  }
  const rejected = rejectOutsideVietnamese(d, kind);

  // Evidence per encoding: the damaged words only it explains (`unique`), those it shares with
  // other encodings (`shared`). Abbreviations, loanwords and symbols count for nothing: they
  // are read only once the document's encoding is plain.
  const unique = new Float64Array(K);
  const shared = new Float64Array(K);
  const maskOf = new Int32Array(ty.count).fill(-1);
  const shareOf = new Float64Array(ty.count);
  const sharedTimes = new Int32Array(ty.count);
  // What each distinct word adds to the support of each encoding: a word's reading is decided
  // on the evidence of the other words (leave one out), or a word several encodings explain
  // would vote for the reading the bigram model likes and then follow its own vote.
  const own = new Float64Array(ty.count * K);
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
      mask = 0;
      const cands = ty.candidates[type]!;
      for (let k = 0; k < cands.length; k++) if (!cands[k]!.loose) mask |= cands[k]!.encs;
      maskOf[type] = mask;
      shareOf[type] = 1 / bitCount(mask);
      if (cands[0]!.enc !== NFD && anyLoose(cands)) {
        ty.candidates[type] = cands.filter((c) => !c.loose);
        // Kept aside: in a page plainly in their encoding they may still win (VNI `KHÑT` is
        // KHĐT, though TCVN3 reads a syllable in it).
        looseAside[type] = cands.filter((c) => c.loose);
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
  for (let e = 0; e < K; e++) prior[e] = PRIOR_WEIGHT * Math.log((support[e]! + 0.02) / (supportTotal + 0.02 * K));
  // A reading several encodings give is credited to the best-evidenced of them.
  for (let type = 0; type < ty.count; type++) {
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

  // Every word starts out undecided; afterwards a word is decided again only when a
  // neighbour's reading changed (its score depends on nothing else that changes).
  const ctx: Context = {
    d,
    escapes,
    prior,
    support,
    own,
    looState: new Uint8Array(ty.count),
    looPrior: new Float64Array(ty.count * K),
    weakMask: 0,
    altMask: 0,
    dirty: new Uint8Array(n).fill(1),
  };

  // 1. Damaged words: each takes the reading of the best-evidenced encoding, then is decided in
  // context, twice (the second pass sees the first pass's choices on the right). Words with one
  // reading keep it; only the others are weighed in context. What a word starts with, and
  // whether it is weighed, is found once per distinct word.
  const firstChoice = new Int8Array(ty.count).fill(-1);
  const weighed = new Uint8Array(ty.count);
  let list: Int32Array = new Int32Array(64);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (t.status[i] !== DAMAGED) continue;
    const type = t.type[i]!;
    let best = firstChoice[type]!;
    if (best < 0) {
      if (plainlyOne) keepPlainEncoding(ty, type, uniqueBest);
      const cands = ty.candidates[type]!;
      best = 0;
      for (let k = 1; k < cands.length; k++) {
        if (prior[cands[k]!.enc]! > prior[cands[best]!.enc]!) best = k;
      }
      firstChoice[type] = best;
      weighed[type] = isAmbiguous(cands) ? 1 : 0;
    }
    t.choice[i] = best;
    if (weighed[type] === 1) list = append(list, m++, i);
  }
  let ambiguous = list.subarray(0, m);
  decideDamaged(ctx, ambiguous);
  // The evidence of a word several encodings explain, shared by how well each reading fits
  // its neighbours rather than evenly (`lµm` is TCVN3 làm and VISCII lộm: it is TCVN3's), then
  // the damaged words decided again with the sharper prior.
  if (!plainlyOne && reweighEvidence(ctx, ambiguous, unique, SHARED_WEIGHT, support, own)) {
    for (let e = 0; e < K; e++) prior[e] = PRIOR_WEIGHT * Math.log((support[e]! + 0.02) / (supportSum(support) + 0.02 * K));
    for (let type = 0; type < ty.count; type++) {
      for (const c of ty.candidates[type]!) if ((c.encs & (c.encs - 1)) !== 0) credit(c, prior);
    }
    for (let x = 0; x < ambiguous.length; x++) ctx.dirty[ambiguous[x]!] = 1;
    ctx.looState.fill(0);
  }
  decideDamaged(ctx, ambiguous);
  requireEvidence(ctx);

  // 2. What the document is written in: the encodings the damaged words were read in.
  // A reading several encodings give counts for each of them (`ðang` is đang in both
  // Windows-1258 and VISCII): each is as plainly shown by it. The counts are whole numbers, so
  // the words that took their first reading are counted per distinct word and added at the end.
  const chosen = new Float64Array(K);
  let chosenTotal = 0;
  const firstTaken = new Int32Array(ty.count);
  for (let i = 0; i < n; i++) {
    const k = t.choice[i]!;
    if (k < 0 || t.status[i] !== DAMAGED) continue;
    if (k === 0) {
      firstTaken[t.type[i]!]!++;
      continue;
    }
    const encs = ty.candidates[t.type[i]!]![k]!.encs;
    for (let m = encs; m !== 0; m &= m - 1) chosen[31 - Math.clz32(m & -m)]!++;
    chosenTotal++;
  }
  for (let type = 0; type < ty.count; type++) {
    const times = firstTaken[type]!;
    if (times === 0) continue;
    const encs = ty.candidates[type]![0]!.encs;
    for (let m = encs; m !== 0; m &= m - 1) chosen[31 - Math.clz32(m & -m)]! += times;
    chosenTotal += times;
  }
  // Probability that a word that is fine as it stands, but readable in `enc`, is damaged: the
  // share of damaged words among the words that could show `enc`'s damage (whole-document
  // damage leaves no clean word, so it tends to 1; one damaged word in a clean page, to 0).
  const damageRate = new Float64Array(K);
  for (let e = 0; e < K; e++) {
    const clean = e === VIQR ? cleanNonAscii : cleanBytes;
    damageRate[e] = Math.min(0.995, chosen[e]! / (chosenTotal + CLEAN_WEIGHT * clean + RATE_SMOOTHING));
  }
  // The share of damage in the page, whatever encoding each damaged word was read in: a page
  // damaged all through trusts readings that are no syllable (`đ`, `ôtô`) in its plain encoding,
  // even where some of them were first read in another one (VNI `ñ` is also TCVN3 ủ).
  const wholly = (e: number): boolean =>
    chosen[e]! >= 3 && chosenTotal / (chosenTotal + CLEAN_WEIGHT * (e === VIQR ? cleanNonAscii : cleanBytes) + RATE_SMOOTHING) >= 0.8;
  const plain = (e: number): boolean => chosen[e]! >= 2 && chosen[e]! >= PLAIN_SHARE * chosenTotal;

  // 3. Abbreviations, loanwords and symbols in an encoding the document plainly shows: an
  // all-caps abbreviation (`HĐND`) wherever that encoding is plain; loanwords (`ôtô`, `Lênin`)
  // and symbols only where the whole document is damaged (in a mostly clean page they are
  // more likely foreign words).
  const top = topEncoding(chosen);
  const keptDone = new Uint8Array(ty.count);
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
      ty.candidates[type] = all.filter((c) => {
        // Two or more symbols that read as a syllable (TCVN3 `®·` = đã) are as telling as a
        // damaged word, unless the page shows another encoding; one symbol needs a damaged page.
        if (symbols && !c.loose && (chosenTotal === 0 || c.enc === top)) return true;
        // Letters and a square (`ch²`) are damage in a page that shows the encoding elsewhere.
        if (trailing && !c.loose && chosen[c.enc]! >= 1) return true;
        if (!plain(c.enc)) return false;
        if (c.loose && isUpperWord(c.text, c.coreStart, c.coreEnd)) return true;
        return wholly(c.enc);
      });
      // `đ` after an amount, in the encoding the page shows most (TCVN3 `50.000 ®`), is the
      // currency sign even in a page with little other damage; elsewhere the word stays.
      if (ty.candidates[type]!.length === 0) {
        const sign = all.find((c) => isCurrencyReading(c) && c.enc === top);
        if (sign !== undefined) {
          ty.candidates[type] = [sign];
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
      ty.candidates[type] = symbolReadings[type]!;
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
    const swapped = new Int8Array(ty.count).fill(-1);
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
              ty.candidates[type] = [...ty.candidates[type]!, sign];
              k = ty.candidates[type]!.length - 1;
            }
            t.bits[i]! |= FIXED;
            setChoice(ctx, i, k);
            continue;
          }
          if (sign === undefined) swapped[type] = -1;
          continue;
        }
        ty.candidates[type] = [better];
        swapped[type] = 1;
      }
      setChoice(ctx, i, 0);
      touchNeighbours(ctx, i);
    }
  }

  // A short line of a page plainly in one encoding (a caption, `AÛnh: Reuters`) is read in it,
  // though its few words are mostly foreign.
  if (rejected.length > 0) readCaptions(ctx, rejected, plain);

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
    const found = (altMask | weakMask) !== 0 ? addAlternatives(d, allowed, altMask, weakMask, chosen) : null;
    if (found !== null || lookAlikeSymbols) {
      const valid = found ?? validWithReadings(d);
      const share = new Float64Array(K);
      for (let e = 0; e < K; e++) share[e] = chosenTotal > 0 ? Math.min(1, chosen[e]! / chosenTotal) : 0;
      const local = localDamage(d, valid);
      const shown = lineEvidence(d);
      decideValid(ctx, damageRate, share, local, valid, shown);
      decideValid(ctx, damageRate, share, local, valid, shown);
    }
    // The damaged words see their final neighbours once more (with those read since).
    if (deferred.length > 0) ambiguous = ambiguousOccurrences(d);
    decideDamaged(ctx, ambiguous);
  }
  return build(d, inferCase);
}

/** Scans every word; classifies each distinct word once. */
function scanWords(text: string, allowed: number): Doc {
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

/**
 * Readings of the valid words in the encodings of `mask`, each distinct word once. Returns the
 * valid words that have readings to weigh, in order (as {@link validWithReadings} would), or
 * null when no word fine as it stands has one.
 */
function addAlternatives(d: Doc, allowed: number, altMask: number, weakMask: number, chosen: Float64Array): Int32Array | null {
  const { t, ty } = d;
  const cur: WordCursor = { start: 0, end: 0, flags: 0, hash: 0, gap: 0 };
  const found: Candidate[] = [];
  let any = false;
  let list: Int32Array = new Int32Array(64);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    const status = t.status[i];
    if ((status !== KEEP_VI && status !== KEEP_ASCII && status !== KEEP_SYMBOLS) || (t.bits[i]! & LINKED) !== 0) continue;
    const type = t.type[i]!;
    if (status !== KEEP_SYMBOLS) {
      const tb = ty.bits[type]!;
      if ((tb & ALTERNATIVES_DONE) !== 0) {
        if (ty.candidates[type]!.length > 0) any = true;
      } else {
        ty.bits[type] = tb | ALTERNATIVES_DONE;
        if (readValidWord(d, i, allowed, altMask, weakMask, chosen, cur, found)) any = true;
      }
    }
    if (ty.candidates[type]!.length > 0) list = append(list, m++, i);
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
  const coreStart = first + ty.coreStart[type]!;
  const coreEnd = first + ty.coreEnd[type]!;
  // Without evidence: a look-alike in TCVN3, VNI or Windows-1258; in VIQR, a word whose
  // `.` or `?` may be a tone mark (decided per occurrence: see viqrRate).
  let weak = 0;
  if (status === KEEP_ASCII) weak = viqrTrailingTone(text, coreEnd, first + ty.length[type]!) ? weakMask & (1 << VIQR) : 0;
  else if (isLookAlike(text, coreStart, coreEnd)) weak = weakMask & ~(1 << VIQR);
  const mask = altMask | weak;
  if (mask === 0) return false;
  cur.start = t.start[i]!;
  cur.end = t.end[i]!;
  cur.flags = flags;
  classify(text, cur, allowed, found, mask);
  let strict = 0;
  for (const c of found) {
    if (c.loose) continue;
    strict++;
    if ((c.encs & (c.encs - 1)) !== 0) credit(c, chosen);
  }
  if (strict > 0) ty.candidates[type] = strict === found.length ? found.slice() : found.filter((c) => !c.loose);
  found.length = 0;
  return strict > 0;
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
  const verdict = new Uint8Array(ty.count);
  for (let i = 0; i < n; i++) {
    if (i >= lineEnd) {
      lineFirst = i;
      lineEnd = i + 1;
      while (lineEnd < n && (t.bits[lineEnd]! & NEW_LINE) === 0) lineEnd++;
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
        const decomposed = ty.candidates[type]![0]!.enc === NFD;
        v = verdict[type] = decomposed ? 1 : lowersFirstLetter(d, type) ? 3 : 2;
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

/** Words on a line this short are read in the page's plain encoding whatever their neighbours. */
const CAPTION_WORDS = 4;

/**
 * Damaged words {@link rejectOutsideVietnamese} put aside for their foreign neighbours, on a line
 * of at most {@link CAPTION_WORDS} words in a page that plainly shows one of their encodings: a
 * caption or a credit line (`AÛnh: Reuters`), read in it.
 */
function readCaptions(ctx: Context, rejected: readonly number[], plain: (e: number) => boolean): void {
  const { t, ty } = ctx.d;
  for (const i of rejected) {
    if (t.status[i] !== FOREIGN || (t.bits[i]! & LINKED) !== 0) continue;
    let lineStart = i;
    while (lineStart > 0 && (t.bits[lineStart]! & NEW_LINE) === 0) lineStart--;
    let lineEnd = i + 1;
    while (lineEnd < t.count && (t.bits[lineEnd]! & NEW_LINE) === 0) lineEnd++;
    if (lineEnd - lineStart > CAPTION_WORDS || (lineStart > 0 && (t.bits[lineStart]! & NEW_LINE) === 0)) continue;
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

/** Every syllable reading of word `type` turns its first letter, a capital, into a small one. */
function lowersFirstLetter(d: Doc, type: number): boolean {
  const { text, ty } = d;
  const first = text[ty.first[type]! + ty.coreStart[type]!]!;
  if (first === first.toLowerCase()) return false;
  let strict = 0;
  for (const c of ty.candidates[type]!) {
    if (c.loose) continue;
    strict++;
    const ch = c.text[c.coreStart]!;
    // TCVN3 leaves the case of most letters open: its small letter says nothing.
    if (ch === ch.toUpperCase() || (c.caseless !== null && c.caseless[c.coreStart] === 1)) return false;
  }
  return strict > 0;
}

/** True when the word at `start` follows a number, with at most spaces between (`50.000 đ`). */
function afterAmount(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  return c >= 0x30 && c <= 0x39;
}

/** `đ` or `Đ` alone, perhaps with punctuation after it (`đ;`). */
function isDong(text: string, start: number, end: number): boolean {
  if ((text.charCodeAt(start) | 1) !== 0x111) return false;
  for (let j = start + 1; j < end; j++) if (!isEdgePunctuation(text.charCodeAt(j))) return false;
  return true;
}

/** A reading that is `đ` (or `Đ`) alone. */
const isCurrencyReading = (c: Candidate): boolean => c.coreEnd - c.coreStart === 1 && (c.text.charCodeAt(c.coreStart) | 1) === 0x111;

/**
 * True when `text[s, e)` is damaged the way no word of any language is written: a symbol,
 * control or cp1252 punctuation between two letters (UTF-8 `quáº­n`, TCVN3 `c¸c`, VISCII
 * `qu§n`), a capital after a small letter (`quËn`, VPS `quÆn`), Windows-1258's tone after â ê ô
 * ă ơ ư (`quâòn`), or a VIQR mark between a vowel and a letter (`qua^.n`). French `où` or German
 * `Größe` are none of these.
 */
function unmistakable(text: string, s: number, e: number): boolean {
  let letterBefore = false;
  let lowerBefore = false;
  let oddSince = -1; // position of an odd character after a letter, waiting for a letter
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (oddSince >= 0) return true;
      // Windows-1258's acute and dot below after â ê ô ă ơ ư (`quâòn`, `tiêìp`): no language
      // puts a second accented vowel there.
      if ((c === 0xec || c === 0xf2) && i > s && isCp1258Base(text.charCodeAt(i - 1))) return true;
      const upper = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde);
      if (upper && lowerBefore && c >= 0xc0) return true;
      if (!upper) lowerBefore = true;
      letterBefore = true;
      continue;
    }
    if (!letterBefore) continue;
    if ((c >= 0x80 && c <= 0xbf && c !== 0xa0) || c === 0xd7 || c === 0xf7 || c === 0xfffd || c < 0x20) oddSince = i;
    else if (c > 0x24f && c !== 0x2019 && c !== 0x201c && c !== 0x201d) oddSince = i; // cp1252 punctuation, but not quotes a word may carry
    else if ((c === 0x5e || c === 0x28 || c === 0x2b || c === 0x2a) && isVowelCode(text.charCodeAt(i - 1))) oddSince = i;
  }
  return false;
}

/**
 * True when a damaged word is read only in VIQR, and only through tone characters after its
 * last letter (`co'`, `Sa'`, `la\``, `chi?`): quotes, code and punctuation in Unicode text look
 * the same, so such words are read only where the text shows VIQR elsewhere (`~` is no
 * punctuation after a word, and marks between letters, `pha?i`, are no punctuation at all).
 */
function onlyViqrTones(text: string, start: number, end: number, readings: readonly Candidate[]): boolean {
  for (const c of readings) if (!c.loose && c.encs !== 1 << VIQR) return false;
  let last = end - 1;
  while (last >= start && !isAsciiLetter(text.charCodeAt(last))) last--;
  if (last < start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5e || c === 0x2b || c === 0x5c || c === 0x2a || c === 0x7e) return false;
    if (i < last && (c === 0x27 || c === 0x60 || c === 0x3f || c === 0x2e || c === 0x28) && isAsciiLetter(text.charCodeAt(i + 1))) return false;
    if ((c | 0x20) === 0x64 && i + 1 < end && (text.charCodeAt(i + 1) | 0x20) === 0x64) return false;
  }
  return true;
}

/**
 * True when the word at `start` ends with a quote (`'`, `` ` ``) that closes one opened before
 * it on its line (`'Trường Sa'`, `` `ls -la` ``): punctuation, not a VIQR mark.
 */
function closesQuote(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isEdgePunctuation(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 0x27 && text.charCodeAt(e - 1) !== 0x60) e--;
  const q = text.charCodeAt(e - 1);
  if (q !== 0x27 && q !== 0x60) return false;
  for (let j = e - 2, steps = 0; j >= 0 && steps < 400; j--, steps++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d) return false;
    if (c === q) {
      // An opening quote: after a space or an opening bracket, before a letter.
      const before = j > 0 ? text.charCodeAt(j - 1) : 0x20;
      const after = text.charCodeAt(j + 1);
      const spaceBefore = (k: number): boolean => {
        const b = k >= 0 ? text.charCodeAt(k) : 0x20;
        return b === 0x20 || b === 0x09 || b === 0xa0 || b === 0x0a;
      };
      const opens = spaceBefore(j - 1) || ((before === 0x28 || before === 0x5b || before === 0x22) && spaceBefore(j - 2));
      if (opens && (isAsciiLetter(after) || after > 0x7f)) return true;
    }
  }
  return false;
}

/**
 * Evidence first: a damaged word that may as well be something else (a typo `môt`, VIQR tone
 * characters alone `Sa'`) keeps its reading only when its line shows damage in the same
 * encoding by another word: a word damaged the plain way in that encoding, or for VIQR tones,
 * another VIQR word. Otherwise it stays as it stands.
 */
function requireEvidence(ctx: Context): void {
  const { d } = ctx;
  const { t, ty } = d;
  const n = t.count;
  const strong = new Int32Array(K);
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = lineStart + 1;
    while (lineEnd < n && (t.bits[lineEnd]! & NEW_LINE) === 0) lineEnd++;
    strong.fill(0);
    let weakViqr = 0;
    let weak = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
      const tb = ty.bits[t.type[i]!]!;
      if ((tb & WEAK_VIQR) !== 0) weakViqr++;
      if ((tb & (TYPO_LIKE | WEAK_VIQR)) !== 0) {
        weak++;
        continue;
      }
      const encs = ty.candidates[t.type[i]!]![t.choice[i]!]!.encs;
      for (let m = encs; m !== 0; m &= m - 1) strong[31 - Math.clz32(m & -m)]!++;
    }
    if (weak > 0) {
      let shown = 0;
      for (let e = 0; e < K; e++) if (strong[e]! > 0) shown |= 1 << e;
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
        const cands = ty.candidates[type]!;
        if ((cands[t.choice[i]!]!.encs & mask) !== 0) continue;
        let k = cands.findIndex((c) => !c.loose && (c.encs & mask) !== 0);
        if (k < 0) t.status[i] = FOREIGN;
        setChoice(ctx, i, k);
      }
    }
    lineStart = lineEnd;
  }
}

/**
 * Per occurrence, the encodings whose damage its line shows: a valid word is read in an
 * encoding only where another word of its line is damaged in it (evidence first).
 */
function lineEvidence(d: Doc): Int32Array {
  const { t, ty } = d;
  const n = t.count;
  const out = new Int32Array(n);
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = lineStart + 1;
    while (lineEnd < n && (t.bits[lineEnd]! & NEW_LINE) === 0) lineEnd++;
    let shown = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      if (t.status[i] !== DAMAGED || t.choice[i]! < 0) continue;
      shown |= ty.candidates[t.type[i]!]![t.choice[i]!]!.encs;
    }
    out.fill(shown, lineStart, lineEnd);
    lineStart = lineEnd;
  }
  return out;
}

/**
 * ASCII letters and a superscript 2 or 3 (`m²`, `x²`, but also VISCII `ch²` = chỗ): a power or
 * damage. Read where the page shows the encoding elsewhere; otherwise the context decides.
 */
function trailingSymbol(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const last = text.charCodeAt(e - 1);
  if (last !== 0xb2 && last !== 0xb3) return false;
  for (let j = s; j < e - 1; j++) if (!isAsciiLetter(text.charCodeAt(j))) return false;
  return true;
}

/** `Nº` or `nº` before a number: the numero sign (VPS would read `nử`, VISCII `NỨ`). */
function isNumeroSign(text: string, s: number, e: number): boolean {
  if (e - s !== 2 || (text.charCodeAt(s) | 0x20) !== 0x6e || text.charCodeAt(s + 1) !== 0xba) return false;
  let j = e;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0 || text.charCodeAt(j) === 0x2e)) j++;
  const c = j < text.length ? text.charCodeAt(j) : 0;
  return c >= 0x30 && c <= 0x39;
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

/** ASCII letters and a superscript 2 or 3 (`m²`, `cm³`): a unit's power. */
function isPowerUnit(text: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 4) return false;
  const last = text.charCodeAt(e - 1);
  if (last !== 0xb2 && last !== 0xb3) return false;
  for (let j = s; j < e - 1; j++) if (!isAsciiLetter(text.charCodeAt(j))) return false;
  return true;
}

/** A Latin-1 or Windows-1252 letter above ASCII (`ñ`, `ø`, `ß`, `œ`, `µ`, `º`). */
const isLatin1Letter = (c: number): boolean => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0xb5 || c === 0xaa || c === 0xba;

/** â ê ô and Windows-1258's ă ơ ư (shown as ã õ ý), either case. */
const isCp1258Base = (c: number): boolean => {
  const l = c | 0x20;
  return l === 0xe2 || l === 0xea || l === 0xf4 || l === 0xe3 || l === 0xf5 || l === 0xfd;
};

const isVowelCode = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === 0x41 || c === 0x45 || c === 0x49 || c === 0x4f || c === 0x55 || c === 0x59;

interface Context {
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

function touchNeighbours(ctx: Context, i: number): void {
  if (i > 0) ctx.dirty[i - 1] = 1;
  if (i + 1 < ctx.dirty.length) ctx.dirty[i + 1] = 1;
}

function setChoice(ctx: Context, i: number, k: number): void {
  if (ctx.d.t.choice[i] === k) return;
  ctx.d.t.choice[i] = k;
  touchNeighbours(ctx, i);
}

/** Decides every damaged word with more than one reading, in context. */
function decideDamaged(ctx: Context, list: Int32Array): void {
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
 * log P(encoding) for a word of type `type` on the evidence of the other words (K values at
 * `ctx.looPrior[type * K]`), or null when the word adds nothing to any encoding's support
 * (then it is the page's prior). Computed once per distinct word and support.
 */
function ownPrior(ctx: Context, type: number): boolean {
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
  const norm = Math.log(Math.max(0, total - mine) + 0.02 * K);
  for (let e = 0; e < K; e++) looPrior[base + e] = PRIOR_WEIGHT * (Math.log(Math.max(0, support[e]! - own[base + e]!) + 0.02) - norm);
  ctx.looState[type] = 1;
  return true;
}

/** A `.` or `?` right after the letters of an ASCII word (`bi.` may be VIQR bị). */
export function viqrTrailingTone(text: string, coreEnd: number, end: number): boolean {
  if (coreEnd >= end) return false;
  const c = text.charCodeAt(coreEnd);
  return c === 0x2e || c === 0x3f;
}

/** Words looked at on each side for the local damage rate. */
const LOCAL_WINDOW = 8;

/** What {@link localDamage} finds around each word of a list. */
interface Local {
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
function localDamage(d: Doc, list: Int32Array): Local {
  const { t, ty } = d;
  const n = t.count;
  const rate = new Float64Array(list.length);
  const share = new Float64Array(list.length * K);
  // Per word, filled in as the window reaches it: 1 damaged and read, -1 clean with a letter no
  // byte encoding produces, else 0; and the encodings of a damaged word's reading.
  const weight = new Int8Array(n);
  const encsOf = new Int32Array(n);
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
        const encs = ty.candidates[t.type[hi]!]![t.choice[hi]!]!.encs;
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
 */
function keepPlainEncoding(ty: WordTypes, type: number, e: number): void {
  const bit = 1 << e;
  const cands = ty.candidates[type]!;
  if (cands.length < 2 || cands[0]!.enc === NFD) return;
  let inTop = 0;
  for (const c of cands) if ((c.encs & bit) !== 0) inTop++;
  if (inTop > 0 && inTop < cands.length) {
    const kept = cands.filter((c) => (c.encs & bit) !== 0);
    for (const c of kept) {
      c.enc = e;
      c.encoding = REPAIR_ENCODINGS[e]!;
    }
    ty.candidates[type] = kept;
  }
}

/** A damaged word whose readings the context must decide between. */
const isAmbiguous = (cands: Candidate[]): boolean => cands.length > 1 && cands[0]!.enc !== NFD;

/** Appends `i` to a growing list (returns the list, perhaps grown). */
function append(list: Int32Array, m: number, i: number): Int32Array {
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
function ambiguousOccurrences(d: Doc): Int32Array {
  const { t, ty } = d;
  let list: Int32Array = new Int32Array(64);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.status[i] === DAMAGED && isAmbiguous(ty.candidates[t.type[i]!]!)) list = append(list, m++, i);
  }
  return list.subarray(0, m);
}

/** Words fine as they stand that have readings to weigh, in order. */
function validWithReadings(d: Doc): Int32Array {
  const { t, ty } = d;
  let list: Int32Array = new Int32Array(64);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    const status = t.status[i];
    if (status !== KEEP_VI && status !== KEEP_ASCII && status !== KEEP_SYMBOLS) continue;
    if ((t.bits[i]! & LINKED) === 0 && ty.candidates[t.type[i]!]!.length > 0) list = append(list, m++, i);
  }
  return list.subarray(0, m);
}

function supportSum(support: Float64Array): number {
  let sum = 0;
  for (let e = 0; e < K; e++) sum += support[e]!;
  return sum;
}

/**
 * Support per encoding from the damaged words: a word only one encoding explains counts 1 for
 * it; a word several explain is shared among them in proportion to how probable each reading
 * is between its neighbours (weighted by `weight`). Writes `support`; returns false when no
 * word was shared.
 */
function reweighEvidence(
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

/** Decides every valid word that has readings in the document's encodings. */
function decideValid(ctx: Context, damageRate: Float64Array, share: Float64Array, local: Local, list: Int32Array, shown: Int32Array): void {
  const { d, escapes, dirty } = ctx;
  const { text, t, ty } = d;
  let asIsCase: Int8Array | undefined;
  let toneBases: (string | undefined)[] | undefined;
  // Per distinct word (its readings do not change here): whether some reading is in a weak
  // encoding, and the case of its first letter (-1 until needed).
  const weakOf = new Int8Array(ty.count).fill(-1);
  const firstCase = new Int8Array(ty.count).fill(-1);
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

/** Credits reading `c` to the encoding among those that give it with the highest `weight`. */
function credit(c: Candidate, weight: Float64Array): void {
  let best = -1;
  for (let e = 0; e < K; e++) if ((c.encs & (1 << e)) !== 0 && (best < 0 || weight[e]! > weight[best]!)) best = e;
  c.enc = best;
  c.encoding = REPAIR_ENCODINGS[best]!;
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
  // An apostrophe right after a letter is no Vietnamese punctuation.
  if (text.charCodeAt(p) === 0x27) return 0.98;
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
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
};

function isUpperWord(s: string, start: number, end: number): boolean {
  return s.slice(start, end) === s.slice(start, end).toUpperCase();
}

/**
 * Model ids of the neighbours of the word {@link lookAround} was last called for, as they now
 * read: the readings of a word are scored against them without finding them again for each.
 */
const around = { prev: BOUNDARY, next: BOUNDARY, last: true };

/** Fills {@link around} for word `i`. */
function lookAround(d: Doc, i: number): void {
  const t = d.t;
  around.prev = i > 0 && (t.bits[i]! & JOINED) !== 0 && !endsClause(d, i - 1, t.choice[i - 1]!) ? idOf(d, i - 1, t.choice[i - 1]!) : BOUNDARY;
  around.last = i + 1 >= t.count || (t.bits[i + 1]! & JOINED) === 0;
  around.next = around.last ? BOUNDARY : idOf(d, i + 1, t.choice[i + 1]!);
}

/** log P of word `i`'s reading `k` (-1: as it stands) between the neighbours {@link lookAround} found. */
function scoreAround(d: Doc, i: number, k: number): number {
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
      id = ty.keepId[type] = syllableId(d.text.slice(s + ty.coreStart[type]!, s + ty.coreEnd[type]!));
    }
    return id;
  }
  const c = ty.candidates[type]![k]!;
  // A reading with no syllable (punctuation) separates its neighbours like a clause break.
  if (c.id === NO_ID) c.id = c.coreStart === c.coreEnd ? BOUNDARY : syllableId(c.text.slice(c.coreStart, c.coreEnd));
  return c.id;
}

function endsWithClause(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 0x2e || ch === 0x3f || ch === 0x21 || ch === 0x2c || ch === 0x3b || ch === 0x3a) return true;
  }
  return false;
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
function protectLinks(d: Doc): void {
  const { text, t, ty } = d;
  const markers = linkMarkers(text);
  if (markers.length === 0) return;
  // A word can only be in a link when its run of non-space text holds a marker, so the runs
  // around the markers are found once and the words swept against them. A run of up to 256
  // code units has one verdict for all its words; in a longer one each word looks at most 256
  // back and 512 in all, as a word did before runs were shared.
  let m = 0;
  let runStart = -1;
  let runEnd = -1;
  let runIsLink = false;
  // Only words with readings, or VIQR marks, are looked at.
  const looked = new Uint8Array(ty.count);
  for (let type = 0; type < ty.count; type++) {
    if (ty.candidates[type]!.length > 0 || (ty.flags[type]! & C_MARK) !== 0) looked[type] = 1;
  }
  for (let i = 0; i < t.count; i++) {
    if (looked[t.type[i]!] === 0) continue;
    const start = t.start[i]!;
    const end = t.end[i]!;
    while (start >= runEnd && m < markers.length) {
      const p = markers[m++]!;
      if (p < runEnd) continue;
      runStart = p;
      runEnd = p;
      while (runStart > 0 && !isSpace(text.charCodeAt(runStart - 1))) runStart--;
      while (runEnd < text.length && !isSpace(text.charCodeAt(runEnd))) runEnd++;
      runIsLink = runEnd - runStart <= 256 && looksLikeLink(text, runStart, runEnd);
    }
    if (start < runStart || end > runEnd) continue;
    const link = runEnd - runStart > 256 ? inLink(text, start, end) : runIsLink;
    if (!link) continue;
    t.bits[i]! |= LINKED;
    // Symbols stay symbols (they count as neither language next door) until they are deferred.
    if (t.status[i] === DAMAGED) t.status[i] = FOREIGN;
  }
}

/**
 * True when the word at `[start, end)` is part of a URL, e-mail address or path: its run of
 * non-space text (at most 256 code units back, 512 in all) looks like one.
 */
export function inLink(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  let steps = 0;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && steps++ < 256) s--;
  while (e < text.length && !isSpace(text.charCodeAt(e)) && steps++ < 512) e++;
  return looksLikeLink(text, s, e);
}

/** Sorted positions of the characters {@link looksLikeLink} looks for: `@`, `/` and `www.`. */
function linkMarkers(text: string): number[] {
  const found: number[] = [];
  for (const needle of ['/', '@', 'www.']) {
    for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) found.push(p);
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
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

// ---------------------------------------------------------------------------------------------
// Writing the result.

/** The case variant of reading `c` for occurrence `i` (TCVN3 loses case; see case-inference.ts). */
function variantFor(d: Doc, i: number, c: Candidate, asIsCase: Int8Array): number {
  switch (caseModeOf(c)) {
    case CASE_AS_IS:
      return VARIANT_AS_IS;
    case CASE_UPPER:
      return VARIANT_UPPER;
    case CASE_SENTENCE:
      return startsSentence(d.text, d.t.start[i]!) ? VARIANT_CAPITAL : VARIANT_AS_IS;
    case CASE_NEIGHBOURS:
      return neighboursAllCaps(d, i, asIsCase) ? VARIANT_UPPER : VARIANT_AS_IS;
    case CASE_NEIGHBOURS_SENTENCE:
      if (neighboursAllCaps(d, i, asIsCase)) return VARIANT_UPPER;
      return startsSentence(d.text, d.t.start[i]!) ? VARIANT_CAPITAL : VARIANT_AS_IS;
    default:
      return VARIANT_AS_IS;
  }
}

/** True when reading `c` of word `i` is lower case, or a capital where one fits. */
function capitalFits(d: Doc, i: number, c: Candidate, asIsCase: Int8Array): boolean {
  const ch = c.text[c.coreStart];
  if (ch === undefined || ch === ch.toLowerCase()) return true;
  return startsSentence(d.text, d.t.start[i]!) || neighboursAllCaps(d, i, asIsCase) || isInitial(d, i, c);
}

/**
 * A capital letter alone with a full stop, in a name (`Nguyễn Đ. Thắng`, VNI `Ñ.`, TCVN3 `§.`):
 * an initial, when a capitalized word is next to it on its line.
 */
function isInitial(d: Doc, i: number, c: Candidate): boolean {
  const { text, t } = d;
  if (c.coreEnd - c.coreStart !== 1 || text.charCodeAt(t.end[i]! - 1) !== 0x2e) return false;
  const capitalized = (j: number): boolean => {
    if (j < 0 || j >= t.count) return false;
    const ch = text[t.start[j]!]!;
    return ch !== ch.toLowerCase();
  };
  return (i + 1 < t.count && (t.bits[i + 1]! & JOINED) !== 0 && capitalized(i + 1)) || ((t.bits[i]! & JOINED) !== 0 && capitalized(i - 1));
}

/** True when the nearest words on each side (that exist) are written in capitals. */
function neighboursAllCaps(d: Doc, i: number, asIsCase: Int8Array): boolean {
  let votes = 0;
  let seen = 0;
  for (let m = 0; m < 4; m++) {
    const j = m === 0 ? i - 1 : m === 1 ? i + 1 : m === 2 ? i - 2 : i + 2;
    if (j < 0 || j >= d.t.count) continue;
    const verdict = wordCase(d, j, asIsCase);
    if (verdict === 0) continue;
    seen++;
    if (verdict === 2) votes++;
    if (seen === 2) break;
  }
  return seen > 0 && votes === seen;
}

function wordCase(d: Doc, j: number, asIsCase: Int8Array): number {
  const { t, ty } = d;
  const type = t.type[j]!;
  const k = t.choice[j]!;
  if (k >= 0) return candidateWordCase(ty.candidates[type]![k]!);
  let v = asIsCase[type]!;
  if (v < 0) {
    const s = ty.first[type]!;
    v = asIsCase[type] = wordCaseOf(d.text.slice(s, s + ty.length[type]!), null);
  }
  return v;
}

/**
 * The change for reading `c` of a word of type `type` in a case variant: the piece of output
 * and the input span it replaces (punctuation that reads the same at the edges is left out).
 * Cached on the reading, so every occurrence of a word shares the same strings.
 */
function pieceOf(d: Doc, type: number, c: Candidate, variant: number): string {
  if (c.trimHead < 0) {
    const text = d.text;
    const start = d.ty.first[type]!;
    let a = start;
    let b = start + d.ty.length[type]!;
    const s = c.text;
    let ra = 0;
    let rb = s.length;
    while (a < b && ra < rb && text.charCodeAt(a) === s.charCodeAt(ra) && isEdgePunctuation(text.charCodeAt(a))) {
      a++;
      ra++;
    }
    while (b > a && rb > ra && text.charCodeAt(b - 1) === s.charCodeAt(rb - 1) && isEdgePunctuation(text.charCodeAt(b - 1))) {
      b--;
      rb--;
    }
    c.trimHead = ra;
    c.trimTail = s.length - rb;
    c.original = text.slice(a, b);
    c.pieces = [null, null, null];
  }
  let piece = c.pieces![variant];
  if (piece == null) {
    const s = variantText(c, variant);
    piece = c.pieces![variant] = c.trimHead === 0 && c.trimTail === 0 ? s : s.slice(c.trimHead, s.length - c.trimTail);
  }
  return piece;
}

/** Code units per `String.fromCharCode` call when the output is written from a buffer. */
const CHUNK = 8192;

let utf16: { decode(input: Uint16Array): string } | null | undefined;

/**
 * The string of `buf[0, n)`. A native UTF-16 decoder is several times faster than
 * `String.fromCharCode`, but it replaces lone surrogates, so it is used only when the input
 * (the only source of surrogates in the output) has none.
 */
function codeUnitsToString(buf: Uint16Array, n: number, input: string): string {
  if (utf16 === undefined) utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
  const wellFormed = (input as { isWellFormed?: () => boolean }).isWellFormed;
  if (utf16 !== null && typeof wellFormed === 'function' && wellFormed.call(input)) return utf16.decode(buf.subarray(0, n));
  let s = '';
  for (let p = 0; p < n; p += CHUNK) s += String.fromCharCode.apply(null, buf.subarray(p, Math.min(n, p + CHUNK)) as unknown as number[]);
  return s;
}

function build(d: Doc, inferCase: boolean): DocumentResult {
  const { text, t, ty } = d;
  const n = t.count;
  let decided = 0;
  for (let i = 0; i < n; i++) if (t.choice[i]! >= 0) decided++;
  if (decided === 0) return { text, changes: [], alignment: null };
  // The changes, as input spans and the pieces that replace them. With many of them, the
  // output is written into one code-unit buffer as they are found (read back from the change
  // objects later, they are no longer in the cache); with few, slices are joined at the end.
  const changes: RepairChange[] = [];
  let asIsCase: Int8Array | null = null;
  let out = decided * 64 > text.length ? new Uint16Array(text.length + 16) : null;
  let m = 0;
  let copied = 0;
  const builder = new AlignmentBuilder(decided);
  for (let i = 0; i < n; i++) {
    const k = t.choice[i]!;
    if (k < 0) continue;
    const type = t.type[i]!;
    const c = ty.candidates[type]![k]!;
    let variant = VARIANT_AS_IS;
    if (inferCase && c.caseless !== null) {
      if (asIsCase === null) asIsCase = new Int8Array(ty.count).fill(-1);
      variant = variantFor(d, i, c, asIsCase);
    }
    const cached = c.pieces === null ? null : c.pieces[variant];
    const piece = cached == null ? pieceOf(d, type, c, variant) : cached;
    if (piece === c.original) continue;
    const a = t.start[i]! + c.trimHead;
    const b = t.end[i]! - c.trimTail;
    // A piece with punctuation inside may hold several tokens: record it per character.
    let groups: Int32Array | null = null;
    if (mayHoldTokens(piece)) {
      const cachedGroups = (c.groups ??= [undefined, undefined, undefined])[variant];
      groups = cachedGroups !== undefined ? cachedGroups : (c.groups[variant] = characterGroups(c.original!, piece, c.encoding));
    }
    recordChange(builder, text, a, b, piece, groups);
    changes.push({ start: a, end: b, original: c.original!, text: piece, encoding: c.encoding });
    if (out !== null) {
      const need = m + (a - copied) + piece.length;
      if (need > out.length) {
        const grown = new Uint16Array(Math.max(out.length * 2, need + 16));
        grown.set(out.subarray(0, m));
        out = grown;
      }
      for (let p = copied; p < a; p++) out[m++] = text.charCodeAt(p);
      for (let p = 0; p < piece.length; p++) out[m++] = piece.charCodeAt(p);
      copied = b;
    }
  }
  if (changes.length === 0) return { text, changes, alignment: null };
  // A few changes in a long text: join slices. Many: the code units written above.
  let result: string;
  if (changes.length * 64 <= text.length) result = writeSparse(text, changes);
  else if (out !== null) result = codeUnitsToString(out, m, text) + text.slice(copied);
  else result = writeDense(text, changes);
  return { text: result, changes, alignment: builder.finish(text.length) };
}

function writeSparse(text: string, changes: RepairChange[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (let x = 0; x < changes.length; x++) {
    const ch = changes[x]!;
    parts.push(text.slice(copied, ch.start), ch.text);
    copied = ch.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The output written into one code-unit buffer (repairs never lengthen a word). */
function writeDense(text: string, changes: RepairChange[]): string {
  let out = new Uint16Array(text.length + 16);
  let n = 0;
  let copied = 0;
  for (let x = 0; x < changes.length; x++) {
    const ch = changes[x]!;
    const piece = ch.text;
    const need = n + (ch.start - copied) + piece.length;
    if (need > out.length) {
      const grown = new Uint16Array(Math.max(out.length * 2, need + 16));
      grown.set(out.subarray(0, n));
      out = grown;
    }
    for (let p = copied; p < ch.start; p++) out[n++] = text.charCodeAt(p);
    for (let p = 0; p < piece.length; p++) out[n++] = piece.charCodeAt(p);
    copied = ch.end;
  }
  return codeUnitsToString(out, n, text) + text.slice(copied);
}
