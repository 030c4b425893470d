/**
 * Entity extraction: cooperatives, organizations, places, people, dates, times, money,
 * percentages, URLs, e-mails and phones, with typed values and offsets into the caller's
 * string, following `ENTITIES.md`. One rule pack per type, shared refiners for overlaps.
 *
 * @module
 */
export { extractEntities } from './extract.js';
export type { ExtractEntitiesOptions } from './extract.js';
export { ENTITY_TYPES } from './types.js';
export type {
  DateValue,
  Entity,
  EntityDebugEvent,
  EntityType,
  LocationLevel,
  LocationValue,
  MoneyValue,
  PercentValue,
  QuantityValue,
  TimeValue,
} from './types.js';
