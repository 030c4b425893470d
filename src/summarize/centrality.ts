// LexRank's centrality (Erkan & Radev 2004, the continuous variant) without building the
// sentence graph: with unit TF-IDF rows N, the cosine matrix is N·Nᵀ, so one power-iteration
// step is two sparse products (Nᵀx, then N·that), linear in the number of words. A 100 KB
// article has about a thousand sentences, a million sentence pairs; this never touches them.
import type { SparseVector } from './vectors.js';

/** Damping of the random walk: the share of each step that jumps to a random sentence. */
const JUMP = 0.15;
const ITERATIONS = 40;
const TOLERANCE = 1e-7;

/**
 * Stationary probabilities of a random walk over sentences that moves to a sentence with
 * probability proportional to its cosine similarity (self-loops excluded), with random jumps.
 * Scores sum to 1; sentences like many others score high.
 *
 * @example
 * lexRank(vectors, termCount)[0];
 */
export function lexRank(vectors: readonly SparseVector[], termCount: number): Float64Array {
  const n = vectors.length;
  const x = new Float64Array(n).fill(n === 0 ? 0 : 1 / n);
  if (n < 2) return x;
  const col = new Float64Array(termCount);
  // Row sums of the similarity matrix without its diagonal: N·(Nᵀ·1) − |row|².
  const ones = new Float64Array(n).fill(1);
  const self = Float64Array.from(vectors, selfSimilarity);
  const rowSum = multiply(vectors, ones, col);
  for (let i = 0; i < n; i++) rowSum[i] = Math.max(0, rowSum[i]! - self[i]!);
  const scaled = new Float64Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (rowSum[i]! > 1e-12) scaled[i] = x[i]! / rowSum[i]!;
      else {
        scaled[i] = 0;
        dangling += x[i]!;
      }
    }
    const flow = multiply(vectors, scaled, col);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      // A sentence with no neighbour spreads its mass evenly, as in PageRank.
      const v = JUMP / n + (1 - JUMP) * (flow[i]! - scaled[i]! * self[i]! + dangling / n);
      delta += Math.abs(v - x[i]!);
      x[i] = v;
    }
    if (delta < TOLERANCE) break;
  }
  return x;
}

const selfSimilarity = (v: SparseVector): number => {
  let s = 0;
  for (const w of v.weights) s += w * w;
  return s;
};

/** N·(Nᵀ·y), using `col` (zeroed here) as the term-space buffer. */
function multiply(vectors: readonly SparseVector[], y: Float64Array, col: Float64Array): Float64Array {
  col.fill(0);
  vectors.forEach((v, i) => {
    const yi = y[i]!;
    if (yi === 0) return;
    for (let k = 0; k < v.ids.length; k++) col[v.ids[k]!]! += v.weights[k]! * yi;
  });
  const out = new Float64Array(vectors.length);
  vectors.forEach((v, i) => {
    let s = 0;
    for (let k = 0; k < v.ids.length; k++) s += v.weights[k]! * col[v.ids[k]!]!;
    out[i] = s;
  });
  return out;
}
