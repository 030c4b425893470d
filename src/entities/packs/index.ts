import type { Candidate, EntityType } from '../types.js';
import type { EntityContext } from '../context.js';
import { NAMED_PACKS } from './named/index.js';

/** A rule pack: the rules for some entity types, each candidate naming the rule that made it. */
export interface RulePack {
  readonly name: string;
  readonly types: readonly EntityType[];
  find(ctx: EntityContext): Candidate[];
}

/** Every pack, in the order their candidates are offered to the refiners. */
export const PACKS: readonly RulePack[] = [...NAMED_PACKS];
