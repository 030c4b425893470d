import { type Alignment, simplestAlignment } from './alignment.js';
import { VntextInputError } from './errors.js';

/**
 * Text that was transformed (by `normalizeAligned` or `repair`) together with the alignment
 * back to the caller's original string. Tokenizing it reports offsets into the original.
 *
 * @example
 * const clean = normalizeAligned('Nguye\u0302\u0303n'); // NFD in, NFC out
 * tokenize(clean)[0]; // { text: 'Nguyễn', start: 0, end: 8, kind: 'word' }
 */
export interface AlignedText {
  readonly text: string;
  readonly alignment: Alignment;
}

/**
 * What the stages after normalization (`tokenize`, `sentences`, `segment`) accept: a string,
 * or the {@link AlignedText} that `prepare`, `normalizeAligned` and `repair` return.
 *
 * @example
 * const input: TextInput = prepare(raw);
 */
export type TextInput = string | AlignedText;

/**
 * Splits the input into the text to scan and the alignment to map spans through (null when
 * there is none, or when it maps every offset to itself), checking both.
 *
 * @example
 * readInput('tokenize', 'abc'); // { text: 'abc', alignment: null }
 */
export function readInput(fn: string, input: unknown): { text: string; alignment: Alignment | null } {
  if (typeof input === 'string') return { text: input, alignment: null };
  if (input !== null && typeof input === 'object') {
    const { text, alignment } = input as { text?: unknown; alignment?: unknown };
    if (
      typeof text === 'string' &&
      alignment !== null &&
      typeof alignment === 'object' &&
      typeof (alignment as Alignment).toInput === 'function'
    ) {
      const a = alignment as Alignment;
      // An alignment made for another text would map every span to nonsense: refuse it.
      if (a.outputLength !== text.length) {
        throw new VntextInputError(
          fn,
          `{ text, alignment } with alignment.outputLength equal to text.length (the alignment of another text? outputLength ${String(a.outputLength)}, text.length ${text.length})`,
          input,
        );
      }
      // An alignment that maps every offset to itself (clean text through `prepare`) is no
      // alignment: the stages then skip the mapping.
      return { text, alignment: simplestAlignment(a) };
    }
  }
  throw new VntextInputError(fn, 'a string or { text, alignment }', input);
}
