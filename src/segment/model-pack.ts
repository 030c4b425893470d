// Packing of the hashed weight table: quantized to integers (decisions only depend on the
// sign of a sum, so one common scale can be dropped), zero weights skipped, the rest stored as
// (index delta, zigzag weight) varint pairs in base64.

/** Largest quantized weight; keeps sums of a gap's features far inside Int16 per weight. */
const QMAX = 4000;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

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
  const bytes: number[] = [];
  const varint = (v: number): void => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  let last = -1;
  let nonzero = 0;
  for (let i = 0; i < weights.length; i++) {
    const x = weights[i]! / step;
    if (Math.abs(x) < threshold) continue;
    const v = Math.round(x);
    q[i] = v;
    varint(i - last - 1);
    varint(v < 0 ? -2 * v - 1 : 2 * v);
    last = i;
    nonzero++;
  }
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    text += B64[b0 >> 2]! + B64[((b0 & 3) << 4) | (b1 >> 4)]!;
    text += i + 1 < bytes.length ? B64[((b1 & 15) << 2) | (b2 >> 6)]! : '=';
    text += i + 2 < bytes.length ? B64[b2 & 63]! : '=';
  }
  return { text, nonzero, weights: q };
}

/**
 * Expands {@link packModel}'s text into a weight table of `2 ** bits` entries.
 *
 * @example
 * const weights = unpackModel(PACKED_MODEL, MODEL_BITS);
 */
export function unpackModel(text: string, bits: number): Int16Array {
  const dec = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) dec[B64.charCodeAt(i)] = i;
  const q = new Int16Array(1 << bits);
  let index = -1;
  let value = 0;
  let shift = 0;
  let second = false;
  // Bytes are consumed as they are decoded, so the byte array is never materialized.
  const take = (byte: number): void => {
    value |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      return;
    }
    if (second) q[index] = value & 1 ? -((value + 1) >>> 1) : value >>> 1;
    else index += value + 1;
    second = !second;
    value = 0;
    shift = 0;
  };
  for (let i = 0; i < text.length; i += 4) {
    const c0 = dec[text.charCodeAt(i)]!;
    const c1 = dec[text.charCodeAt(i + 1)]!;
    const c2 = text.charCodeAt(i + 2) === 61 ? -1 : dec[text.charCodeAt(i + 2)]!;
    const c3 = text.charCodeAt(i + 3) === 61 ? -1 : dec[text.charCodeAt(i + 3)]!;
    take((c0 << 2) | (c1 >> 4));
    if (c2 >= 0) take(((c1 & 15) << 4) | (c2 >> 2));
    if (c3 >= 0) take(((c2 & 3) << 6) | c3);
  }
  return q;
}
