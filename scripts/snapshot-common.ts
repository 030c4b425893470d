// What the snapshot scripts (snapshot-repair.ts, snapshot-segment.ts) share: the damage they
// apply to real articles, the hash, and the printing of one hash per input set and a total.
import { createHash } from 'node:crypto';
import { type Encoding, mojibake } from '../src/encoding/index.js';
import { prng } from './prng.mjs';

/** The first 16 hex digits of the sha256 of a string or of a typed array's bytes. */
export function hash(data: string | ArrayBufferView): string {
  const h = createHash('sha256');
  h.update(typeof data === 'string' ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return h.digest('hex').slice(0, 16);
}

/** Prints the hash of each set's fingerprints (one a line, with the set's name) and their total. */
export function printHashes<T>(sets: readonly (readonly [string, readonly T[]])[], fingerprint: (input: T) => string): void {
  const total = createHash('sha256');
  for (const [name, inputs] of sets) {
    const h = hash(inputs.map(fingerprint).join('\u0000'));
    total.update(h);
    console.log(`${h}  ${name} (${inputs.length})`);
  }
  console.log(`${total.digest('hex').slice(0, 16)}  total`);
}

/** One word of each sentence in `encoding` (seeded), as bench/real-docs.mjs does for VNI. */
export function oneWordPerSentence(doc: string, encoding: Encoding, seed: number): string {
  const rand = prng(seed);
  return doc.replace(/[^.!?\n]+[.!?\n]*/g, (sentence) => {
    const words = [...sentence.matchAll(/\p{L}*[^\p{ASCII}]\p{L}*/gu)];
    if (words.length === 0) return sentence;
    const w = words[Math.floor(rand() * words.length)]!;
    return sentence.slice(0, w.index) + mojibake(w[0], encoding) + sentence.slice(w.index! + w[0].length);
  });
}
