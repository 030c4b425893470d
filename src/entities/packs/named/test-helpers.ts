// Shared by the named packs' tests: the entities of one type as [text, value] pairs.
import { extractEntities } from '../../extract.js';
import type { EntityType } from '../../types.js';

/** Texts of the entities of `type` found in `input`, in order. */
export const found = (input: string, type: EntityType): string[] =>
  extractEntities(input, { types: [type] }).map((e) => e.text);

/** The entities of `type` found in `input`. */
export const entities = (input: string, type: EntityType) => extractEntities(input, { types: [type] });
