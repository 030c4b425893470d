// The public types of `repair`, apart from it so the passes that build a result need not
// import the function that calls them.
import type { Alignment } from '../core/index.js';
import type { DetectedEncoding } from './encodings.js';

/** Options of `repair`. */
export interface RepairOptions {
  /**
   * Encodings to look for. Default: all of them (`utf-8`, `vni`, `tcvn3`, `windows-1258`,
   * `viqr`, `viscii`, `vps`, `nfd`). Narrowing it makes repair faster and more conservative.
   */
  encodings?: readonly DetectedEncoding[];
  /** Restore the upper case TCVN3 loses, from sentence starts and all-caps neighbours. Default true. */
  inferCase?: boolean;
}

/** One repaired word. Offsets are into the string passed to `repair`. */
export interface RepairChange {
  readonly start: number;
  readonly end: number;
  /** `input.slice(start, end)`. */
  readonly original: string;
  /** What it became. */
  readonly text: string;
  /** The encoding the damaged word was written in. */
  readonly encoding: DetectedEncoding;
}

/** What `repair` returns. */
export interface RepairResult {
  /** The repaired text (the input itself when nothing needed repair). */
  readonly text: string;
  /** The repaired words, in input order. */
  readonly changes: readonly RepairChange[];
  /** Maps offsets of `text` back to the input. */
  readonly alignment: Alignment;
}
