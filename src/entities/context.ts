import type { Alignment } from '../core/alignment.js';
import { scanTokens, type TokenTable } from '../tokenize/token-table.js';

/**
 * What every rule pack reads: the prepared text and its token table, computed once per call.
 * Offsets here are offsets of `text` (the clean text), never of the caller's string.
 */
export interface EntityContext {
  /** The repaired and normalized text. */
  readonly text: string;
  /** Maps offsets of `text` back to the caller's string. */
  readonly alignment: Alignment;
  /** Tokens of `text` (kinds: word, number, date, time, url, email, phone, abbreviation …). */
  readonly tokens: TokenTable;
  /** Year, month, day used for dates written without a year. */
  readonly referenceDate: { readonly year: number; readonly month: number; readonly day: number } | null;
}

/** Builds the context rule packs share. */
export function createContext(
  text: string,
  alignment: Alignment,
  referenceDate: EntityContext['referenceDate'],
): EntityContext {
  return { text, alignment, tokens: scanTokens(text), referenceDate };
}
