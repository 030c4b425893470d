import type { EntityContext } from '../../context.js';
import type { Candidate, EntityType } from '../../types.js';
import { findCooperatives } from './cooperative.js';
import { bare, findLocations } from './location.js';
import { findOrganizations } from './organization.js';
import { findPersons } from './person.js';
import { wordsOf } from './words.js';

/** Which wins when two candidates of the same length overlap. */
const PRIORITY: Record<string, number> = {
  'cooperative/head': 0,
  'cooperative/abbreviation': 0,
  'organization/fixed': 1,
  'organization/office': 1,
  'organization/level': 1,
  'organization/head': 1,
  'location/unit': 2,
  'person/title': 3,
  'person/name': 4,
  'person/byline': 4,
  'location/bare': 5,
};

const cache = new WeakMap<EntityContext, readonly Candidate[]>();

/**
 * The candidates of the four named types, with overlaps settled the ENTITIES.md way: the
 * outer, longer entity wins (a place inside a cooperative's or a body's name, a person inside
 * a body's name are dropped), and between equally long ones the rule with the higher priority.
 * Computed once per context; each named pack reads its type from here.
 */
export function namedCandidates(ctx: EntityContext): readonly Candidate[] {
  let out = cache.get(ctx);
  if (out !== undefined) return out;
  // Every dictionary exists before the words are read, so each token's first-token bits are complete.
  bare();
  const w = wordsOf(ctx);
  const all: Candidate[] = [
    ...findCooperatives(ctx, w),
    ...findOrganizations(ctx, w),
    ...findLocations(ctx, w).map((p): Candidate => ({ type: 'location', start: w.start[p.from]!, end: w.end[p.to - 1]!, value: p.value, rule: p.rule })),
    ...findPersons(ctx, w),
  ];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || (PRIORITY[a.rule] ?? 9) - (PRIORITY[b.rule] ?? 9) || a.start - b.start);
  const kept: Candidate[] = [];
  // Characters already taken by a kept entity; names are short, so checking each is linear overall.
  const taken = new Uint8Array(ctx.text.length);
  for (const c of all) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (taken[k] === 1) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  out = kept.sort((a, b) => a.start - b.start);
  cache.set(ctx, out);
  return out;
}

/** The kept candidates of one type. */
export function namedOfType(ctx: EntityContext, type: EntityType): Candidate[] {
  return namedCandidates(ctx).filter((c) => c.type === type);
}
