import { spaced, type EntityContext } from './context.js';
import { ENTITY_TYPES, type Candidate, type DateValue, type EntityType } from './types.js';

// Shared refiners (chrono's design): every pack proposes candidates on its own; the refiners
// then choose among them for all types at once, so no pack needs to know another.
//   merge-date-ranges   two dates joined by a spaced dash are one range (`10/12/2004 - 10/12/2024`)
//   remove-overlaps     no nesting, no crossing: the outer, longer entity wins, across types
//                       (a location inside an organization, a person inside a cooperative, a
//                       quantity inside an amount of money are dropped)

/**
 * Reports a candidate a refiner dropped, and why.
 *
 * @example
 * const drop: DropReporter = (c, refiner, reason) => console.log(c.rule, refiner, reason);
 */
export type DropReporter = (candidate: Candidate, refiner: string, reason: string) => void;

/**
 * A refiner: candidates in, the candidates it keeps out, reporting each it drops.
 *
 * @example
 * const keepDates: Refiner = { name: 'keep-dates', refine: (cs) => cs.filter((c) => c.type === 'date') };
 */
export interface Refiner {
  readonly name: string;
  refine(candidates: readonly Candidate[], ctx: EntityContext, drop: DropReporter): Candidate[];
}

/** Counted numbers give way to every other type, whatever their length. */
const LOW_TIER: ReadonlySet<EntityType> = new Set(['number', 'quantity']);
const rank = new Map<EntityType, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** Token index whose start offset is `offset`, or -1 (binary search of the token table). */
function tokenStartingAt(ctx: EntityContext, offset: number): number {
  const { start, count } = ctx.tokens;
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = start[mid]!;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * `10/12/2004 - 10/12/2024`: two dates with a dash between them, spaced on both sides, are
 * one range from the first's start to the second's end. (Touching forms, `15-16/6/2023`, are
 * read whole by the date pack.)
 */
export const mergeDateRanges: Refiner = {
  name: 'merge-date-ranges',
  refine(candidates, ctx, drop) {
    const dates = candidates.filter((c) => c.type === 'date').sort((a, b) => a.start - b.start || b.end - a.end);
    if (dates.length < 2) return [...candidates];
    const merged = new Map<Candidate, Candidate>();
    const gone = new Set<Candidate>();
    const { end, start } = ctx.tokens;
    for (let k = 0; k + 1 < dates.length; k++) {
      const a = dates[k]!;
      const b = dates[k + 1]!;
      if (gone.has(a)) continue;
      // The dash is the token after `a`, spaced, and `b` starts right after it, spaced.
      const after = tokenStartingAt(ctx, b.start);
      if (after < 2) continue;
      const d = after - 1;
      const t = ctx.text.slice(start[d]!, end[d]!);
      if ((t !== '-' && t !== '–') || end[d - 1] !== a.end || !spaced(ctx, d - 1) || !spaced(ctx, d)) continue;
      const va = a.value as DateValue | undefined;
      const vb = b.value as DateValue | undefined;
      if (va === undefined || vb === undefined || va.start > vb.end) continue;
      const m: Candidate = { type: 'date', start: a.start, end: b.end, value: { start: va.start, end: vb.end }, rule: `${a.rule}+${b.rule}` };
      merged.set(a, m);
      gone.add(b);
      drop(a, this.name, 'merged into a range');
      drop(b, this.name, 'merged into a range');
    }
    if (merged.size === 0) return [...candidates];
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (gone.has(c)) continue;
      out.push(merged.get(c) ?? c);
    }
    return out;
  },
};

/**
 * No two entities overlap: candidates are taken longest first (numbers and quantities after
 * every other type, ties by type order and position) and one that overlaps a taken one is
 * dropped. Kept spans are disjoint, so a candidate overlaps one iff a kept span covers its
 * start or a kept span starts inside it: a coverage array and a Fenwick tree of kept starts
 * answer both in O(log n), so the refiner stays O(n log n) on any input.
 */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(candidates, ctx, drop) {
    const n = ctx.text.length;
    const order = candidates
      .filter((c) => {
        const ok = c.start >= 0 && c.end <= n && c.start < c.end;
        if (!ok) drop(c, this.name, 'empty or out of range');
        return ok;
      })
      .sort(
        (a, b) =>
          Number(LOW_TIER.has(a.type)) - Number(LOW_TIER.has(b.type)) ||
          b.end - b.start - (a.end - a.start) ||
          rank.get(a.type)! - rank.get(b.type)! ||
          a.start - b.start,
      );
    const owner = new Int32Array(n).fill(-1);
    const tree = new Int32Array(n + 1); // Fenwick tree over kept start offsets (1-based)
    const startsIn = (from: number, to: number): number => {
      // kept starts in [from, to)
      let s = 0;
      for (let i = to; i > 0; i -= i & -i) s += tree[i]!;
      for (let i = from; i > 0; i -= i & -i) s -= tree[i]!;
      return s;
    };
    const kept: Candidate[] = [];
    for (const c of order) {
      const inside = owner[c.start]! >= 0 ? owner[c.start]! : startsIn(c.start + 1, c.end) > 0 ? -2 : -1;
      if (inside !== -1) {
        let w = inside;
        for (let p = c.start; w < 0 && p < c.end; p++) w = owner[p]!;
        const winner = kept[w]!;
        const same = winner.type === c.type && winner.start === c.start && winner.end === c.end;
        drop(c, this.name, same ? `duplicate of ${winner.rule}` : `overlaps ${winner.type} "${ctx.text.slice(winner.start, winner.end)}" (${winner.rule})`);
        continue;
      }
      const id = kept.length;
      kept.push(c);
      owner.fill(id, c.start, c.end);
      for (let i = c.start + 1; i <= n; i += i & -i) tree[i]!++;
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/**
 * The refiners, in the order they run.
 *
 * @example
 * REFINERS.map((r) => r.name); // ['merge-date-ranges', 'remove-overlaps']
 */
export const REFINERS: readonly Refiner[] = [mergeDateRanges, removeOverlaps];

/**
 * Runs every refiner over the candidates of all packs.
 *
 * @example
 * refine(candidates, ctx, () => {}); // disjoint candidates in text order
 */
export function refine(candidates: readonly Candidate[], ctx: EntityContext, drop: DropReporter): Candidate[] {
  let out = [...candidates];
  for (const r of REFINERS) out = r.refine(out, ctx, drop);
  return out;
}
