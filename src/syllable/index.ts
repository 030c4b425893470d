/**
 * The Vietnamese syllable model: onset, glide, nucleus, coda and tone. Normalization,
 * repair, tokenization and segmentation all consult it.
 *
 * @module
 */
export { parseSyllable, isVietnameseSyllable } from './parse.js';
export type { Syllable, ToneStyle } from './parse.js';
export type { Tone } from './letters.js';
export { composeSyllable } from './compose.js';
export { restyleSyllable } from './place-tone.js';
export { removeDiacritics } from './remove-diacritics.js';
