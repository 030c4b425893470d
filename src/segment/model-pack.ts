// Packing of the hashed weight table: quantized to integers (decisions only depend on the
// sign of a sum, so one common scale can be dropped), zero weights skipped, the rest stored as
// two streams of numbers (`packNumber`): the index gaps between nonzero weights, then their
// zigzag-coded values.
import { NumberReader, packNumber } from './packed-numbers.js';

/** Largest quantized weight; keeps sums of a gap's features far inside Int16 per weight. */
const QMAX = 4000;

/**
 * Result of {@link packModel}: the text to embed and the weights as the runtime will see them.
 *
 * @example
 * const { text, nonzero } = packModel(weights, 18, 0);
 */
export interface PackedModel {
  readonly text: string;
  readonly nonzero: number;
  readonly weights: Int16Array;
}

/**
 * Quantizes and packs `weights` (length `2 ** bits`). With `keep > 0` only the `keep` weights
 * of largest magnitude survive.
 *
 * @example
 * const packed = packModel(trained, 18, 0);
 * unpackModel(packed.text, 18); // equal to packed.weights
 */
export function packModel(weights: Float32Array, bits: number, keep: number): PackedModel {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const step = max / QMAX || 1;
  let threshold = 0.5;
  if (keep > 0) {
    const mags = Array.from(weights, (x) => Math.abs(x)).filter((x) => x / step >= 0.5);
    if (mags.length > keep) {
      mags.sort((a, b) => b - a);
      threshold = Math.max(0.5, mags[keep - 1]! / step);
    }
  }
  const q = new Int16Array(1 << bits);
  const gaps: string[] = [];
  const values: string[] = [];
  let last = -1;
  let nonzero = 0;
  for (let i = 0; i < weights.length; i++) {
    const x = weights[i]! / step;
    if (Math.abs(x) < threshold) continue;
    const v = Math.round(x);
    q[i] = v;
    gaps.push(packNumber(i - last - 1));
    values.push(packNumber(v < 0 ? -2 * v - 1 : 2 * v));
    last = i;
    nonzero++;
  }
  return { text: `${packNumber(nonzero)}${gaps.join('')}\n${values.join('')}\n`, nonzero, weights: q };
}

/** Calls `put(index, weight)` for every nonzero weight of {@link packModel}'s text, in index order. */
function readWeights(text: string, put: (index: number, weight: number) => void): number {
  const gaps = new NumberReader(text, 0);
  const count = gaps.next();
  const values = new NumberReader(text, text.indexOf('\n') + 1);
  let index = -1;
  for (let k = 0; k < count; k++) {
    index += gaps.next() + 1;
    const z = values.next();
    put(index, z & 1 ? -((z + 1) / 2) : z / 2);
  }
  return count;
}

/**
 * Expands {@link packModel}'s text into a weight table of `2 ** bits` entries.
 *
 * @example
 * const weights = unpackModel(PACKED_MODEL, MODEL_BITS);
 */
export function unpackModel(text: string, bits: number): Int16Array {
  const q = new Int16Array(1 << bits);
  readWeights(text, (i, w) => {
    q[i] = w;
  });
  return q;
}
