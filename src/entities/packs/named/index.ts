/**
 * The rule packs of names: cooperatives, organizations, locations and persons. They share one
 * reading of the text (see `resolve.ts`), so that a place inside a cooperative's name or a
 * person inside a body's name is settled once, the outer entity winning.
 *
 * @module
 */
import type { EntityType } from '../../types.js';
import type { RulePack } from '../index.js';
import { namedOfType } from './resolve.js';

const pack = (name: string, type: EntityType): RulePack => ({ name, types: [type], find: (ctx) => namedOfType(ctx, type) });

/** The four named packs, in the order their candidates are offered to the refiners. */
export const NAMED_PACKS: readonly RulePack[] = [
  pack('cooperative', 'cooperative'),
  pack('organization', 'organization'),
  pack('location', 'location'),
  pack('person', 'person'),
];
