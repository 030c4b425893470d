/**
 * Legacy Vietnamese encodings: repair text damaged by them, word by word, and decode or
 * encode their bytes.
 *
 * @module
 */
export { repair } from './repair.js';
export type { RepairChange, RepairOptions, RepairResult } from './repair.js';
export { decode } from './decode.js';
export { encode, mojibake } from './encode.js';
export type { MojibakeOptions } from './encode.js';
export { ENCODINGS } from './encodings.js';
export type { ByteEncoding, ByteView, DetectedEncoding, Encoding, TextForm } from './encodings.js';
