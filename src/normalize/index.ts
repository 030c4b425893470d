/**
 * Normalization: NFC, tone-mark placement, look-alikes and invisible characters, with an
 * alignment back to the input.
 *
 * @module
 */
export { normalize, normalizeAligned } from './normalize.js';
export type { NormalizeChange, NormalizeChangeKind, NormalizeResult } from './normalize.js';
export type { NormalizeOptions } from './options.js';
