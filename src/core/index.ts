export type { Span } from './span.js';
export type { Alignment } from './alignment.js';
export { AlignmentBuilder, EditAlignment, composeAlignments, identityAlignment } from './alignment.js';
export { VntextInputError, VntextOptionError } from './errors.js';
export { assertText, flag, oneOf, readOptions } from './options.js';
export type { AlignedText, TextInput } from './input.js';
export { readInput } from './input.js';
