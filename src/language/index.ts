/**
 * Language detection that knows Vietnamese: written with or without diacritics, in a short
 * comment or a long article; franc-min's trigram models for the other languages.
 *
 * @module
 */
export { detectLanguage } from './detect.js';
export type { DetectLanguageOptions, LanguageGuess } from './detect.js';
