// One word of each sentence of a document shown in a legacy encoding (seeded), as
// bench/real-docs.mjs does for VNI: the damage the snapshot scripts hash.
import { type Encoding, mojibake } from '../src/encoding/index.js';
import { prng } from './prng.mjs';

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
