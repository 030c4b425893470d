import type { EntityContext } from '../../context.js';
import type { Candidate, EntityType } from '../../types.js';
import { findCooperatives } from './cooperative.js';
import { findLocations } from './location.js';
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
  const w = wordsOf(ctx);
  const all: Candidate[] = [
    ...findCooperatives(ctx, w),
    ...findOrganizations(ctx, w),
    ...findLocations(ctx, w).map((p): Candidate => ({ type: 'location', start: w.start[p.from]!, end: w.end[p.to - 1]!, value: p.value, rule: p.rule })),
    ...findPersons(ctx, w),
  ];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || (PRIORITY[a.rule] ?? 9) - (PRIORITY[b.rule] ?? 9) || a.start - b.start);
  const kept: Candidate[] = [];
  // Kept spans never overlap, so a sorted list of them answers "is this free?" by bisection.
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of all) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < c.end) lo = mid + 1;
      else hi = mid;
    }
    // lo: first kept span starting at or after c.end; the one before it is the only one that may overlap.
    if (lo > 0 && ends[lo - 1]! > c.start) continue;
    starts.splice(lo, 0, c.start);
    ends.splice(lo, 0, c.end);
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
