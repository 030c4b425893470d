// The words of a damaged document as a struct of typed arrays: a 1 MB page has 200,000 words,
// and an object per word would cost more in garbage collection than the repair itself.
import type { Candidate } from './candidates.js';

/** Bits of {@link WordTable.bits}. */
export const JOINED = 1; // only spaces between this word and the previous one
export const FOREIGN_ASCII = 2; // ASCII letters that are no syllable and no abbreviation (`ligger`)
export const LINKED = 4; // part of a URL, e-mail address or path: never repaired

/** Id of a syllable not yet looked up in the bigram model. */
export const NO_ID = -2;
export const NO_CANDIDATES: Candidate[] = [];

export class WordTable {
  count = 0;
  start: Int32Array = new Int32Array(1024);
  end: Int32Array = new Int32Array(1024);
  coreStart: Int32Array = new Int32Array(1024);
  coreEnd: Int32Array = new Int32Array(1024);
  status: Uint8Array = new Uint8Array(1024);
  flags: Uint8Array = new Uint8Array(1024);
  bits: Uint8Array = new Uint8Array(1024);
  /** Chosen reading: -1 the word as it stands, else an index into its candidates. */
  choice: Int8Array = new Int8Array(1024);
  /** Bigram-model id of the word as it stands ({@link NO_ID} until needed). */
  keepId: Int32Array = new Int32Array(1024);
  /** Readings per word; arrays are shared between equal words and replaced, never mutated. */
  candidates: Candidate[][] = [];

  push(start: number, end: number, coreStart: number, coreEnd: number, status: number, flags: number, bits: number, candidates: Candidate[]): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.coreStart[i] = coreStart;
    this.coreEnd[i] = coreEnd;
    this.status[i] = status;
    this.flags[i] = flags;
    this.bits[i] = bits;
    this.choice[i] = -1;
    this.keepId[i] = NO_ID;
    this.candidates.push(candidates);
  }

  private grow(): void {
    const n = this.start.length * 2;
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const g8 = <T extends Uint8Array | Int8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.coreStart = g32(this.coreStart);
    this.coreEnd = g32(this.coreEnd);
    this.keepId = g32(this.keepId);
    this.status = g8(this.status, (k) => new Uint8Array(k));
    this.flags = g8(this.flags, (k) => new Uint8Array(k));
    this.bits = g8(this.bits, (k) => new Uint8Array(k));
    this.choice = g8(this.choice, (k) => new Int8Array(k));
  }
}
