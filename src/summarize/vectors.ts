// Sentences as unit-length TF-IDF vectors over their content terms. The IDF is estimated from
// the call's own sentences (a term in every sentence says nothing about any one of them),
// the usual choice when no background corpus fits the text at hand.
import type { Unit } from './analyze.js';

/** A sparse vector: ascending term ids and their weights. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Inverse sentence frequency of every term: `log((N + 1) / (n_t + 0.5))`, where N is the
 * number of sentences and n_t the number holding term t.
 *
 * @example
 * inverseSentenceFrequency(units, terms.length)[termId];
 */
export function inverseSentenceFrequency(units: readonly Unit[], termCount: number): Float64Array {
  const df = new Float64Array(termCount);
  for (const u of units) for (const t of u.termIds) df[t]! += 1;
  const n = units.length;
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = Math.log((n + 1) / (df[t]! + 0.5));
  return idf;
}

/**
 * Unit-length TF-IDF vectors (sublinear tf: `1 + log tf`). A sentence without content terms
 * gets the zero vector.
 *
 * @example
 * const vectors = tfidfVectors(units, inverseSentenceFrequency(units, terms.length));
 */
export function tfidfVectors(units: readonly Unit[], idf: Float64Array): SparseVector[] {
  return units.map((u) => {
    const w = new Float64Array(u.termIds.length);
    let norm = 0;
    for (let i = 0; i < w.length; i++) {
      const v = (1 + Math.log(u.termCounts[i]!)) * idf[u.termIds[i]!]!;
      w[i] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < w.length; i++) w[i]! /= norm;
    return { ids: u.termIds, weights: w };
  });
}

/**
 * Cosine of two unit vectors (a merge over their sorted ids).
 *
 * @example
 * cosine(vectors[0], vectors[0]); // 1 (0 for a sentence without content words)
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
