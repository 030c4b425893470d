import { VntextOptionError } from '../core/errors.js';
import { assertText, readOptions } from '../core/options.js';
import { prepare } from '../pipeline/prepare.js';
import { createContext } from './context.js';
import { PACKS } from './packs/index.js';
import { refine } from './refine.js';
import { ENTITY_TYPES, type Candidate, type Entity, type EntityDebugEvent, type EntityType } from './types.js';

/**
 * Options of {@link extractEntities}.
 *
 * @example
 * extractEntities('Họp ngày 5/3.');                                   // [] (no year to give it)
 * extractEntities('Họp ngày 5/3.', { referenceDate: '2024-01-01' });
 * // [{ type: 'date', start: 4, end: 12, text: 'ngày 5/3', value: { start: '2024-03-05', end: '2024-03-05' } }]
 * extractEntities('Vốn 1,2 tỷ đồng từ tháng 9/2023.', { types: ['date'] }).length; // 1
 */
export interface ExtractEntitiesOptions {
  /** Resolves dates written without a year (`ngày 5/3`): a `Date` or `'YYYY-MM-DD'`. Default: none (such dates take no year and are left out). */
  referenceDate?: Date | string;
  /** The types to extract. Default: all of {@link ENTITY_TYPES}. */
  types?: readonly EntityType[];
  /** Called for every entity a rule produced, kept or a refiner dropped, with the rule and reason. */
  debug?: (event: EntityDebugEvent) => void;
}

const FN = 'extractEntities';

/**
 * Finds the entities of a Vietnamese text. Repairs and normalizes internally; every span
 * points into `text` as given.
 *
 * @example
 * extractEntities('HTX Nông nghiệp Hải Thượng có 2.270 thành viên từ tháng 9/2023.');
 * // [{ type: 'cooperative', text: 'HTX Nông nghiệp Hải Thượng', start: 0, end: 26 }, …,
 * //  { type: 'date', text: 'tháng 9/2023', …, value: { start: '2023-09-01', end: '2023-09-30' } }]
 */
export function extractEntities(text: string, options?: ExtractEntitiesOptions): Entity[] {
  assertText(FN, text);
  const o = readOptions<ExtractEntitiesOptions>(FN, options, ['referenceDate', 'types', 'debug']);
  const types = readTypes(o.types);
  const referenceDate = readReferenceDate(o.referenceDate);
  if (o.debug !== undefined && typeof o.debug !== 'function') {
    throw new VntextOptionError(FN, 'debug', 'a function', o.debug);
  }
  const clean = prepare(text);
  const ctx = createContext(clean.text, clean.alignment, referenceDate);
  const debug = o.debug;
  const toEntity = (c: Candidate): Entity => {
    const span = clean.alignment.toInput(c.start, c.end);
    return { type: c.type, start: span.start, end: span.end, text: text.slice(span.start, span.end), value: c.value } as Entity;
  };
  const report = (action: EntityDebugEvent['action'], c: Candidate, reason?: string): void => {
    if (debug === undefined) return;
    const e = toEntity(c);
    debug({ action, rule: c.rule, type: c.type, start: e.start, end: e.end, text: e.text, ...(reason === undefined ? {} : { reason }) });
  };
  const candidates: Candidate[] = [];
  for (const pack of PACKS) {
    if (!pack.types.some((t) => types.has(t))) continue;
    for (const c of pack.find(ctx)) {
      if (!types.has(c.type)) continue;
      candidates.push(c);
      report('produced', c);
    }
  }
  const kept = refine(candidates, ctx, (c, refiner, reason) => report('dropped', c, `${refiner}: ${reason}`));
  const out: Entity[] = [];
  for (const c of kept) {
    const e = toEntity(c);
    // A span that maps to nothing of the caller's string (inside a replaced character) is no entity.
    if (e.start >= e.end) {
      report('dropped', c, 'alignment: empty in the input');
      continue;
    }
    out.push(e);
    report('kept', c);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function readTypes(value: unknown): ReadonlySet<EntityType> {
  if (value === undefined) return new Set(ENTITY_TYPES);
  if (Array.isArray(value) && value.every((t) => (ENTITY_TYPES as readonly string[]).includes(t))) {
    return new Set(value as EntityType[]);
  }
  throw new VntextOptionError(FN, 'types', `an array of ${ENTITY_TYPES.join(', ')}`, value);
}

function readReferenceDate(value: unknown): { year: number; month: number; day: number } | null {
  if (value === undefined) return null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m !== null) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  throw new VntextOptionError(FN, 'referenceDate', "a valid Date or a 'YYYY-MM-DD' string", value);
}
