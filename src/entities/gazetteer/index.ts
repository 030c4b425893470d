/**
 * Lazy decoders of the generated gazetteers: administrative units (both the 63-province list
 * before 2025 and the 34-province list from July 2025) and the syllables of person names.
 * Nothing is expanded at import; the first lookup builds an index of line numbers.
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

// Latin letters (Basic, Latin-1, Extended-A and -B, Extended Additional: all of Vietnamese).
// Ranges, not `\p{L}`: compiling a Unicode property class costs more than all the names it tests.
const PLAIN = /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+(?: [A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)*$/;

/**
 * Whether a name is words of Latin letters one space apart, which the tokenizer cuts at the
 * spaces only: its key is its lower case, with no scan (most names are; a test checks every
 * name that goes through {@link nameKey}).
 */
export const isPlainName = (name: string): boolean => PLAIN.test(name);

/** A name's tokens as the tokenizer cuts them, case kept, joined by one space. */
export function tokensWritten(name: string): string {
  if (isPlainName(name)) return name;
  const t = scanTokens(name);
  const parts: string[] = [];
  for (let i = 0; i < t.count; i++) parts.push(name.slice(t.start[i], t.end[i]));
  return parts.join(' ');
}

/**
 * The lookup key of a name: its tokens lower-cased and joined by one space, so that
 * `Bà Rịa-Vũng Tàu` and `Bà Rịa - Vũng Tàu` meet. Rules build the same key from `ctx.tokens`.
 */
export const nameKey = (name: string): string => tokensWritten(name).toLowerCase();

/** Where each line of `ADMIN_UNITS` starts, and one past the end of the last (its end + 1). */
let lineStarts: Uint32Array | null = null;

function lines(): Uint32Array {
  if (lineStarts !== null) return lineStarts;
  let count = 1;
  for (let k = ADMIN_UNITS.indexOf('\n'); k >= 0; k = ADMIN_UNITS.indexOf('\n', k + 1)) count++;
  const starts = new Uint32Array(count + 1);
  for (let i = 1, k = ADMIN_UNITS.indexOf('\n'); k >= 0; i++, k = ADMIN_UNITS.indexOf('\n', k + 1)) starts[i] = k + 1;
  starts[count] = ADMIN_UNITS.length + 1;
  lineStarts = starts;
  return starts;
}

/** Where the name of line `i` starts (after the code and its space); it ends at `starts[i + 1] - 1`. */
const nameStart = (starts: Uint32Array, i: number): number => ADMIN_UNITS.indexOf(' ', starts[i]) + 1;

/** The unit of line `i`. */
function unitAt(starts: Uint32Array, i: number): AdminUnit {
  const from = starts[i]!;
  const kind = KINDS[ADMIN_UNITS[from]!]!;
  const name = nameStart(starts, i);
  return { level: kind[0], unit: kind[1], centralCity: kind[2], current: ADMIN_UNITS[from + 1] === '1', code: ADMIN_UNITS.slice(from + 2, name - 1), name: ADMIN_UNITS.slice(name, starts[i + 1]! - 1) };
}

/** FNV-1a of the UTF-16 units `[from, to)` of `s`. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * The units by key without a string or an object per unit: an open-addressing table of line
 * numbers hashed by the key, read from the lower-cased gazetteer in place. Objects are made
 * for the keys a text asks for (a few dozen of 7,717).
 */
interface AdminIndex {
  /** `ADMIN_UNITS` lower-cased; the same length (a test checks), so offsets hold in both. */
  readonly lower: string;
  /** Line + 1 by hash of its key, 0 empty. Linear probing keeps the lines of a key in file order. */
  readonly slots: Int32Array;
  /** Most tokens in any name. */
  readonly maxTokens: number;
}
let admin: AdminIndex | null = null;
/** The units of the keys asked for so far (at most one list a key of the gazetteer). */
const decoded = new Map<string, readonly AdminUnit[]>();
const NONE: readonly AdminUnit[] = Object.freeze([]);

function adminIndex(): AdminIndex {
  if (admin !== null) return admin;
  const starts = lines();
  const count = starts.length - 1;
  const lower = ADMIN_UNITS.toLowerCase();
  // At most half full, so that probes stay short.
  const slots = new Int32Array(1 << Math.ceil(Math.log2(count * 2)));
  const mask = slots.length - 1;
  let maxTokens = 1;
  for (let i = 0; i < count; i++) {
    // The generator wrote each name's tokens separated by one space: the key is its lower case.
    const from = nameStart(starts, i);
    const to = starts[i + 1]! - 1;
    let tokens = 1;
    for (let k = lower.indexOf(' ', from); k >= 0 && k < to; k = lower.indexOf(' ', k + 1)) tokens++;
    maxTokens = Math.max(maxTokens, tokens);
    let slot = hashOf(lower, from, to) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  admin = { lower, slots, maxTokens };
  return admin;
}

/** Every unit with this key (see {@link nameKey}), current ones first; empty when unknown. */
export function adminUnits(key: string): readonly AdminUnit[] {
  const known = decoded.get(key);
  if (known !== undefined) return known;
  const { lower, slots } = adminIndex();
  const starts = lines();
  const mask = slots.length - 1;
  const units: AdminUnit[] = [];
  for (let slot = hashOf(key, 0, key.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
    const i = slots[slot]! - 1;
    const from = nameStart(starts, i);
    if (starts[i + 1]! - 1 - from === key.length && lower.startsWith(key, from)) units.push(unitAt(starts, i));
  }
  if (units.length === 0) return NONE;
  // Current units first: a name's code is then the one it has today.
  units.sort((a, b) => Number(b.current) - Number(a.current));
  decoded.set(key, units);
  return units;
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

/** Every unit, in the generator's order. */
export function* allAdminUnits(): Iterable<AdminUnit> {
  const starts = lines();
  for (let i = 0; i < starts.length - 1; i++) yield unitAt(starts, i);
}

/** The names of the units of one level, in the generator's order (for building the tables of bare names). */
export function adminNames(level: AdminLevel): string[] {
  const letters = Object.keys(KINDS).filter((k) => KINDS[k]![0] === level).join('');
  // One native scan picks the lines of the level: no string for the others.
  return Array.from(ADMIN_UNITS.matchAll(new RegExp(`^[${letters}][01]\\d+ (.+)$`, 'gm')), (m) => m[1]!);
}
