// Keywords: the words of several syllables (`hợp tác xã`, `Lạng Sơn`), acronyms (`HTX`) and
// short noun-phrase-like runs of them (`kinh tế tập thể`) that an article uses more than news
// in general does. Candidates never cross punctuation, numbers or stopwords; a run of words
// must recur to count as a phrase, so chance neighbours do not.
import type { Analysis, WordOccurrence } from './analyze.js';
import { isVietnameseSyllable } from '../syllable/index.js';
import { backgroundIdf } from './background.js';
import { KEYWORDS } from './weights.js';

/** A keyword with its score (higher is more central). */
export interface KeywordScore {
  readonly text: string;
  readonly score: number;
}

interface Entry {
  key: string;
  terms: number[];
  count: number;
  weight: number;
  first: number;
  surfaces: Map<string, number>;
}

/** Two capitals or more (`HTX`, `TP.HCM`, `KH&ĐT`), not an initial (`E.`). */
const ACRONYM = /\p{Lu}.*\p{Lu}/u;
const isCapitalized = (s: string): boolean => s !== s.toLowerCase() && s[0] === s[0]!.toUpperCase();
/** A word that can end a phrase (and begin one anywhere): several syllables, an acronym, a name. */
const isStrong = (w: WordOccurrence): boolean =>
  w.syllables >= 2 || (w.abbreviation && ACRONYM.test(w.surface)) || isCapitalized(w.surface);
const isAllCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * The `count` best keywords of the analyzed documents, best first.
 *
 * @example
 * rankKeywords(analyze([article]), 3).map((k) => k.text); // ['HTX', 'Liên minh HTX', 'gặp mặt']
 */
export function rankKeywords(analysis: Analysis, count: number): KeywordScore[] {
  if (count === 0) return [];
  const { units, terms } = analysis;
  const entries = new Map<string, Entry>();
  /** Terms of several syllables, and acronyms: the ones that make two phrases the same name. */
  const strong = new Set<number>();
  let order = 0;
  /** Counts the phrase `key` (term ids joined by spaces) written as `surface`. */
  const add = (key: string, terms: number[], surface: string, weight: number): void => {
    let e = entries.get(key);
    if (e === undefined) {
      e = { key, terms, count: 0, weight: 0, first: order, surfaces: new Map() };
      entries.set(key, e);
    }
    e.count++;
    e.weight += weight;
    e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
  };
  /**
   * Every phrase of up to `maxPhraseWords` words starting at each word of `run[from, to)`. A
   * Vietnamese noun phrase puts its head first and modifiers after; without part-of-speech
   * tags, a phrase must end on a strong word (several syllables, an acronym or a capitalized
   * name) and may start on a one-syllable word only before a name (`tỉnh Lạng Sơn`,
   * `đường Huỳnh Tấn Phát`), which keeps out verb-led runs (`đúng thiết kế`, `nhân kỷ niệm`).
   */
  const addRun = (run: readonly WordOccurrence[], from: number, to: number, weight: number): void => {
    for (let a = from; a < to; a++) {
      const first = run[a]!;
      let key = String(first.term);
      let surface = first.surface;
      const terms = [first.term];
      const firstStrong = isStrong(first);
      if (firstStrong) strong.add(first.term);
      // One syllable alone is too vague to be a keyword, unless it is an acronym (`HTX`).
      if (first.syllables >= 2 || (first.abbreviation && ACRONYM.test(surface))) add(key, terms.slice(), surface, weight);
      if (!firstStrong && !(a + 1 < to && isCapitalized(run[a + 1]!.surface))) {
        order++;
        continue;
      }
      for (let b = a + 1; b < Math.min(to, a + KEYWORDS.maxPhraseWords); b++) {
        const w = run[b]!;
        key += ' ' + w.term;
        surface += ' ' + w.surface;
        terms.push(w.term);
        if (isStrong(w)) add(key, terms.slice(), surface, weight);
      }
      order++;
    }
  };
  for (const u of units) {
    // The title and the first sentences name the topic: their words weigh more.
    const weight = 1 + (u.heading && u.position === 0 ? KEYWORDS.title : 0) + KEYWORDS.lead / (1 + u.position);
    let runStart = 0;
    const words = u.words;
    for (let i = 0; i <= words.length; i++) {
      if (i < words.length && words[i]!.lexical && (i === runStart || words[i]!.joinsPrevious)) continue;
      // words[runStart, i) is a run of adjacent letter words.
      addRun(words, runStart, i, weight);
      runStart = i < words.length && words[i]!.lexical ? i : i + 1;
    }
  }
  const scored: { e: Entry; score: number }[] = [];
  for (const e of entries.values()) {
    if (e.terms.length > 1 && e.count < 2) continue;
    // Mean specificity of its words, with a gentle bonus for length: a phrase is rarer than
    // its words, so its count already pays for being long; the sum would pay twice.
    let specificity = 0;
    for (const t of e.terms) specificity += backgroundIdf(terms[t]!);
    specificity /= e.terms.length;
    scored.push({ e, score: e.weight * specificity * (1 + KEYWORDS.phraseBonus * Math.log(e.terms.length)) });
  }
  scored.sort((x, y) => y.score - x.score || x.e.first - y.e.first);
  const out: KeywordScore[] = [];
  const chosen: Entry[] = [];
  for (const { e, score } of scored) {
    if (out.length >= count) break;
    // A part of a chosen phrase only stands alone when it mostly occurs outside it.
    if (chosen.some((c) => contains(c.terms, e.terms) && e.count < 2 * c.count)) continue;
    // Two phrases that overlap without one holding the other (`HTX Dịch vụ thủy sản`, `Dịch
    // vụ thủy sản Bình Minh`) are one name cut two ways: the better one stands for both.
    if (chosen.some((c) => !contains(e.terms, c.terms) && !contains(c.terms, e.terms) && sharesStrongTerm(c.terms, e.terms, strong))) {
      continue;
    }
    chosen.push(e);
    out.push({ text: displayForm(e.surfaces), score: round(score) });
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Whether two phrases share a term of several syllables or an acronym. */
function sharesStrongTerm(a: readonly number[], b: readonly number[], strong: ReadonlySet<number>): boolean {
  return a.some((t) => strong.has(t) && b.includes(t));
}

/** Whether `inner` occurs as a contiguous run in `outer`. */
function contains(outer: readonly number[], inner: readonly number[]): boolean {
  if (inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let ok = true;
    for (let j = 0; j < inner.length && ok; j++) ok = outer[i + j] === inner[j];
    if (ok) return true;
  }
  return false;
}

/**
 * The most frequent way the article writes it (lower case on a tie), preferring any form not in all caps: an
 * all-caps title says nothing of a word's case, so a phrase seen only so is lower-cased
 * when every part of it is a Vietnamese syllable (`HỢP TÁC XÃ`, but not `HTX` or `TP.`).
 */
function displayForm(surfaces: Map<string, number>): string {
  let best = '';
  let bestRank = -1;
  for (const [s, n] of surfaces) {
    const shouting = isAllCaps(s) && s.split(' ').every((w) => isVietnameseSyllable(w.toLowerCase()));
    // Sentence-initial capitals make `Hội nghị` as common as `hội nghị`: a tie goes lower-case.
    const rank = 2 * n + (s === s.toLowerCase() ? 1 : 0) + (shouting ? 0 : 1e6);
    if (rank > bestRank || (rank === bestRank && s < best)) {
      best = s;
      bestRank = rank;
    }
  }
  return bestRank < 1e6 ? best.toLowerCase() : best;
}
