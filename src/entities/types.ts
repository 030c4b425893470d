/**
 * The entity contract of `../shared/ENTITIES.md`: a discriminated union on `type`, each with
 * half-open UTF-16 offsets into the caller's original string and a typed `value`.
 */

/**
 * Every type `extractEntities` can return.
 *
 * @example
 * ENTITY_TYPES.length;            // 13
 * ENTITY_TYPES.includes('money'); // true
 */
export const ENTITY_TYPES = Object.freeze([
  'cooperative',
  'organization',
  'location',
  'person',
  'date',
  'time',
  'money',
  'percent',
  'url',
  'email',
  'phone',
  'number',
  'quantity',
] as const);

/**
 * One of {@link ENTITY_TYPES}.
 *
 * @example
 * const wanted: EntityType[] = ['date', 'money'];
 * extractEntities('Vốn 1,2 tỷ đồng từ tháng 9/2023.', { types: wanted }).map((e) => e.type); // ['money', 'date']
 */
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * A calendar span, both days inclusive: `tháng 9/2023` → `{ start: '2023-09-01', end: '2023-09-30' }`.
 *
 * @example
 * extractEntities('Họp ngày 5/3.', { referenceDate: '2024-01-01' })[0]?.value;
 * // { start: '2024-03-05', end: '2024-03-05' }
 */
export interface DateValue {
  readonly start: string;
  readonly end: string;
}

/**
 * `'HH:MM'` or `'HH:MM:SS'`, 24-hour.
 *
 * @example
 * extractEntities('lúc 7h30')[0]; // { type: 'time', start: 4, end: 8, text: '7h30', value: '07:30' }
 */
export type TimeValue = string;

/**
 * An amount (`1,2 tỷ đồng`) or a range (`3,8-5,5 triệu đồng`) with an ISO 4217 currency code.
 *
 * @example
 * extractEntities('vốn 1,2 tỷ đồng')[0]?.value;        // { amount: 1200000000, currency: 'VND' }
 * extractEntities('lãi 3,8-5,5 triệu đồng')[0]?.value; // { min: 3800000, max: 5500000, currency: 'VND' }
 */
export type MoneyValue =
  | { readonly amount: number; readonly currency: string }
  | { readonly min: number; readonly max: number; readonly currency: string };

/**
 * `12,5%` → `{ value: 12.5 }`; a range `10-15%` → `{ min: 10, max: 15 }`.
 *
 * @example
 * extractEntities('tăng 10-15%')[0]; // { type: 'percent', start: 5, end: 11, text: '10-15%', value: { min: 10, max: 15 } }
 */
export type PercentValue = { readonly value: number } | { readonly min: number; readonly max: number };

/**
 * Administrative level of a location.
 *
 * @example
 * extractEntities('xã Tân Lập, huyện Bắc Sơn').map((e) => e.type === 'location' && e.value?.level);
 * // ['commune', 'district']
 */
export type LocationLevel = 'country' | 'province' | 'district' | 'commune' | 'village' | 'region';

/**
 * What is known of a place: its level and name, and from the gazetteer its GSO code and fate in 2025.
 *
 * @example
 * extractEntities('tỉnh Lạng Sơn')[0]?.value;
 * // { level: 'province', name: 'Lạng Sơn', code: '20', current: true }
 */
export interface LocationValue {
  readonly level: LocationLevel;
  readonly name: string;
  /** GSO code, where the gazetteer knows the unit. */
  readonly code?: string;
  /** Whether the unit still exists after the July 2025 reorganization, where known. */
  readonly current?: boolean;
}

/**
 * A counted amount: `2.270 thành viên` → `{ value: 2270, unit: 'thành viên' }`.
 *
 * @example
 * extractEntities('có 2.270 thành viên')[0]?.value; // { value: 2270, unit: 'thành viên' }
 */
export interface QuantityValue {
  readonly value: number;
  readonly unit?: string;
}

/** The value each entity type carries. */
export interface EntityValues {
  cooperative: { readonly name: string; readonly abbreviationOf?: string } | undefined;
  organization: { readonly name: string } | undefined;
  location: LocationValue | undefined;
  person: { readonly name: string } | undefined;
  date: DateValue;
  time: TimeValue;
  money: MoneyValue;
  percent: PercentValue;
  url: string;
  email: string;
  phone: string;
  number: number;
  quantity: QuantityValue;
}

/**
 * One entity: `input.slice(start, end) === text` for the string the caller passed in.
 *
 * @example
 * for (const e of extractEntities('Vốn 1,2 tỷ đồng từ tháng 9/2023.')) {
 *   if (e.type === 'money') console.log(e.text, e.value); // '1,2 tỷ đồng' { amount: 1200000000, currency: 'VND' }
 *   if (e.type === 'date') console.log(e.value?.start);   // '2023-09-01'
 * }
 */
export type Entity = {
  [T in EntityType]: {
    readonly type: T;
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly value?: EntityValues[T];
  };
}[EntityType];

/**
 * A rule's proposal, in offsets of the prepared (clean) text. Refiners choose among candidates;
 * `extractEntities` maps the survivors to the caller's string.
 */
export interface Candidate {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly value?: unknown;
  /** The rule that produced it (`'date/dmy'`, `'cooperative/head'` …), for the `debug` option. */
  readonly rule: string;
}

/**
 * What `debug` receives: which rule produced an entity, which refiner dropped one and why.
 *
 * @example
 * extractEntities('Vốn 1,2 tỷ đồng.', { debug: (e: EntityDebugEvent) => console.log(e.action, e.rule, e.reason ?? '') });
 * // produced money/amount
 * // produced quantity/unit
 * // dropped quantity/unit remove-overlaps: overlaps money "1,2 tỷ đồng" (money/amount)
 * // kept money/amount
 */
export interface EntityDebugEvent {
  readonly action: 'produced' | 'dropped' | 'kept';
  readonly rule: string;
  readonly type: EntityType;
  /** Offsets into the caller's string. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For `dropped`: the refiner and the reason. */
  readonly reason?: string;
}
