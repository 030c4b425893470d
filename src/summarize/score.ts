// A sentence's score: its position in its own document (news puts the gist first) times the
// evidence of its content, centrality (what the article, or the cluster, keeps coming back
// to) and similarity to the title line; fragments are scaled down. The weights live in
// weights.ts.
import type { Unit } from './analyze.js';
import { lexRank } from './centrality.js';
import { cosine, type SparseVector } from './vectors.js';
import { POSITION, SCORE, LENGTH } from './weights.js';

/**
 * The position prior of the `i`-th body sentence (0-based).
 *
 * @example
 * positionPrior(0); // 1
 * positionPrior(2); // 0.46…
 */
export const positionPrior = (i: number): number => POSITION.FLOOR + (1 - POSITION.FLOOR) * Math.exp(-i / POSITION.DECAY);

/**
 * Scores every unit. Headings (lines without final punctuation) are scored like sentences but
 * do not advance the position count; a document's first line, when it is one, is its title
 * and feeds the title feature.
 *
 * @example
 * const scores = scoreUnits(units, vectors, terms.length); // one score per unit
 */
export function scoreUnits(units: readonly Unit[], vectors: readonly SparseVector[], termCount: number): Float64Array {
  const central = lexRank(vectors, termCount);
  let maxCentral = 0;
  for (let i = 0; i < units.length; i++) if (central[i]! > maxCentral) maxCentral = central[i]!;
  const scores = new Float64Array(units.length);
  const medians = medianLengths(units);
  let title: SparseVector | null = null;
  let body = 0;
  let doc = -1;
  units.forEach((u, i) => {
    if (u.document !== doc) {
      doc = u.document;
      body = 0;
      title = u.heading && u.position === 0 ? vectors[i]! : null;
    }
    const c = maxCentral > 0 ? central[i]! / maxCentral : 0;
    const t = title === null ? 0 : cosine(vectors[i]!, title);
    let s = Math.pow(positionPrior(body), SCORE.position) * (1 + SCORE.centrality * c + SCORE.title * t);
    if (u.length < LENGTH.short) s *= u.length / LENGTH.short;
    else if (u.length > medians[u.document]! && LENGTH.long > 0) s *= Math.pow(medians[u.document]! / u.length, LENGTH.long);
    scores[i] = s;
    if (!u.heading) body++;
  });
  return scores;
}


/** Median length (syllables) of each document's sentences that are not headings. */
function medianLengths(units: readonly Unit[]): number[] {
  const byDoc: number[][] = [];
  for (const u of units) if (!u.heading) (byDoc[u.document] ??= []).push(u.length);
  return Array.from({ length: byDoc.length }, (_, d) => {
    const xs = (byDoc[d] ?? []).sort((a, b) => a - b);
    return xs.length === 0 ? Infinity : xs[xs.length >> 1]!;
  });
}
