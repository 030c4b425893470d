// Greedy selection with maximal marginal relevance: each step takes the sentence whose score,
// less its largest similarity to what is already chosen, is highest, so a cluster's repeated
// sentence (or its paraphrase) is picked once.
import { SELECT } from './weights.js';
import { cosine, type SparseVector } from './vectors.js';

/** What the selector needs of each candidate. */
export interface Candidate {
  readonly index: number;
  readonly score: number;
  readonly vector: SparseVector;
  /** Length counted against `maxCharacters`. */
  readonly characters: number;
  /** Normalized text, for exact-duplicate detection. */
  readonly key: string;
  /** A heading-like line: chosen only when no sentence is left to choose. */
  readonly fallback: boolean;
}

/** Larger than any score difference: a fallback candidate loses to every other one. */
const FALLBACK = 1e6;

/**
 * Picks up to `count` candidates, best first, within `maxCharacters` in total, and returns
 * their `index` values.
 * Ties break on the lower index, so the result is deterministic.
 *
 * @example
 * selectSentences(candidates, 3, Infinity); // e.g. [0, 4, 1]: the `index` of each chosen candidate, best first
 */
export function selectSentences(candidates: readonly Candidate[], count: number, maxCharacters: number): number[] {
  const chosen: Candidate[] = [];
  const seen = new Set<string>();
  const maxSim = new Float64Array(candidates.length);
  const out = new Set<number>();
  let used = 0;
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (out.has(i) || seen.has(c.key) || maxSim[i]! >= SELECT.duplicate) continue;
      if (used + c.characters > maxCharacters) continue;
      const v = c.score - SELECT.redundancy * maxSim[i]! - (c.fallback ? FALLBACK : 0);
      if (v > bestValue || (v === bestValue && c.index < candidates[best]!.index)) {
        best = i;
        bestValue = v;
      }
    }
    if (best < 0) break;
    const c = candidates[best]!;
    out.add(best);
    chosen.push(c);
    seen.add(c.key);
    used += c.characters;
    for (let i = 0; i < candidates.length; i++) {
      if (out.has(i)) continue;
      const s = cosine(candidates[i]!.vector, c.vector);
      if (s > maxSim[i]!) maxSim[i] = s;
    }
  }
  return chosen.map((c) => c.index);
}
