/**
 * Lazy decoders of the generated gazetteers: administrative units (both the 63-province list
 * before 2025 and the 34-province list from July 2025) and the syllables of person names.
 * Nothing is expanded at import; the first lookup builds the maps.
 *
 * @module
 */
import { scanTokens } from '../../tokenize/token-table.js';
import { ADMIN_UNITS } from './admin.generated.js';
import { GIVEN_SYLLABLES, MIDDLE_SYLLABLES, SURNAMES } from './names.generated.js';

/** The level of a unit in the gazetteer. */
export type AdminLevel = 'province' | 'district' | 'commune';

/** One administrative unit. */
export interface AdminUnit {
  readonly level: AdminLevel;
  /** `Tỉnh`, `Thành phố`, `Huyện`, `Quận`, `Thị xã`, `Xã`, `Phường`, `Thị trấn`, `Đặc khu`. */
  readonly unit: string;
  /** True for a city under the central government (`Thành phố Hà Nội`). */
  readonly centralCity: boolean;
  readonly code: string;
  /** Whether the unit exists after the 1 July 2025 reorganization. */
  readonly current: boolean;
  readonly name: string;
}

const KINDS: Record<string, readonly [AdminLevel, string, boolean]> = {
  P: ['province', 'Tỉnh', false],
  C: ['province', 'Thành phố', true],
  h: ['district', 'Huyện', false],
  q: ['district', 'Quận', false],
  t: ['district', 'Thị xã', false],
  f: ['district', 'Thành phố', false],
  x: ['commune', 'Xã', false],
  p: ['commune', 'Phường', false],
  r: ['commune', 'Thị trấn', false],
  k: ['commune', 'Đặc khu', false],
};

/**
 * The lookup key of a name: its tokens lower-cased and joined by one space, so that
 * `Bà Rịa-Vũng Tàu` and `Bà Rịa - Vũng Tàu` meet. Rules build the same key from `ctx.tokens`.
 */
export function nameKey(name: string): string {
  const t = scanTokens(name);
  const parts: string[] = [];
  for (let i = 0; i < t.count; i++) parts.push(name.slice(t.start[i], t.end[i]).toLowerCase());
  return parts.join(' ');
}

interface AdminIndex {
  readonly byKey: ReadonlyMap<string, readonly AdminUnit[]>;
  /** Most tokens in any name. */
  readonly maxTokens: number;
}
let admin: AdminIndex | null = null;

function adminIndex(): AdminIndex {
  if (admin !== null) return admin;
  const byKey = new Map<string, AdminUnit[]>();
  let maxTokens = 1;
  for (const line of ADMIN_UNITS.split('\n')) {
    const space = line.indexOf(' ');
    const kind = KINDS[line[0]!]!;
    const name = line.slice(space + 1);
    const unit: AdminUnit = { level: kind[0], unit: kind[1], centralCity: kind[2], current: line[1] === '1', code: line.slice(2, space), name };
    // The generator wrote each name's tokens separated by one space: the key is its lower case.
    const key = name.toLowerCase();
    let tokens = 1;
    for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) tokens++;
    maxTokens = Math.max(maxTokens, tokens);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [unit]);
    else list.push(unit);
  }
  // Current units first: a name's code is then the one it has today.
  for (const list of byKey.values()) list.sort((a, b) => Number(b.current) - Number(a.current));
  admin = { byKey, maxTokens };
  return admin;
}

/** Every unit with this key (see {@link nameKey}), current ones first; empty when unknown. */
export function adminUnits(key: string): readonly AdminUnit[] {
  return adminIndex().byKey.get(key) ?? [];
}

/** Most tokens in a unit name: the longest lookup worth trying. */
export function adminMaxTokens(): number {
  return adminIndex().maxTokens;
}

interface NameSets {
  readonly surnames: ReadonlySet<string>;
  readonly given: ReadonlySet<string>;
  readonly middle: ReadonlySet<string>;
}
let names: NameSets | null = null;

/** Surnames, last syllables of given names and the syllables before them (as written, capitalized). */
export function nameSets(): NameSets {
  names ??= {
    surnames: new Set(SURNAMES.split(' ')),
    given: new Set(GIVEN_SYLLABLES.split(' ')),
    middle: new Set(MIDDLE_SYLLABLES.split(' ')),
  };
  return names;
}

/** Every unit, in no particular order (for building the tables of bare names). */
export function allAdminUnits(): Iterable<AdminUnit> {
  const idx = adminIndex();
  return (function* () {
    for (const list of idx.byKey.values()) yield* list;
  })();
}
