/**
 * Gazetteers: facts about places that several stages share (the segmenter's lexicon, the
 * entity extractor). Compiled from the editable sources in `data/` by scripts.
 *
 * @module
 */
export { CAPITAL_NAMES, COUNTRY_NAMES } from './countries.generated.js';
