import type { Candidate, EntityType } from '../types.js';
import type { EntityContext } from '../context.js';
import { datePack } from './date/index.js';
import { moneyPack } from './money/index.js';
import { NAMED_PACKS } from './named/index.js';
import { percentPack } from './percent/index.js';
import { quantityPack } from './quantity/index.js';
import { timePack } from './time/index.js';
import { webPack } from './web/index.js';

/** A rule pack: the rules for some entity types, each candidate naming the rule that made it. */
export interface RulePack {
  readonly name: string;
  readonly types: readonly EntityType[];
  find(ctx: EntityContext): Candidate[];
}

/** Every pack, in the order their candidates are offered to the refiners. */
export const PACKS: readonly RulePack[] = [...NAMED_PACKS, datePack, timePack, moneyPack, percentPack, webPack, quantityPack];
