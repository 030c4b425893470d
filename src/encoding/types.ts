// The public types of `repair`, apart from it so the passes that build a result need not
// import the function that calls them.
import type { Alignment } from '../core/index.js';
import type { DetectedEncoding } from './encodings.js';

/**
 * Options of `repair`.
 *
 * @example
 * repair('Nguyeân taéc', { encodings: ['vni'] }).text;   // 'Nguyên tắc'
 * repair('Nguyeân taéc', { encodings: ['tcvn3'] }).text; // 'Nguyeân taéc' (VNI not looked for)
 */
export interface RepairOptions {
  /**
   * Encodings to look for. Default: all of them (`utf-8`, `vni`, `tcvn3`, `windows-1258`,
   * `viqr`, `viscii`, `vps`, `nfd`). Narrowing it makes repair faster and more conservative.
   */
  encodings?: readonly DetectedEncoding[];
  /** Restore the upper case TCVN3 loses, from sentence starts and all-caps neighbours. Default true. */
  inferCase?: boolean;
}

/**
 * One repaired word. Offsets are into the string passed to `repair`.
 *
 * @example
 * repair('Nguyeân taéc').changes[0];
 * // { start: 0, end: 7, original: 'Nguyeân', text: 'Nguyên', encoding: 'vni' }
 */
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

/**
 * What `repair` returns.
 *
 * @example
 * const r = repair('Nguyeân taéc cuûa coâng ty');
 * r.text;                     // 'Nguyên tắc của công ty'
 * r.changes.length;           // 4
 * r.alignment.toInput(7, 10); // { start: 8, end: 12 }: 'tắc' was 'taéc'
 */
export interface RepairResult {
  /** The repaired text (the input itself when nothing needed repair). */
  readonly text: string;
  /** The repaired words, in input order. */
  readonly changes: readonly RepairChange[];
  /** Maps offsets of `text` back to the input. */
  readonly alignment: Alignment;
}
