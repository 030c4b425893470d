// Helpers for the entity tests: what extractEntities finds of one type, as [text, value] pairs.
import { extractEntities, type ExtractEntitiesOptions } from './extract.js';
import type { EntityType } from './types.js';

/**
 * The entities of `type` in `text`, as `[text, value]` pairs in order.
 *
 * @example
 * found('ngày 5/3/2024', 'date'); // [['ngày 5/3/2024', { start: '2024-03-05', end: '2024-03-05' }]]
 */
export function found(text: string, type: EntityType, options: ExtractEntitiesOptions = {}): [string, unknown][] {
  return extractEntities(text, options)
    .filter((e) => e.type === type)
    .map((e) => [e.text, e.value]);
}

/** `{ start, end }` of a date value. */
export const span = (start: string, end = start): { start: string; end: string } => ({ start, end });
