import { CAPITAL_NAMES, COUNTRY_NAMES } from '../../../gazetteer/countries.generated.js';
import { TokenKind } from '../../../tokenize/token-kind.js';
import type { EntityContext } from '../../context.js';
import { adminMaxTokens, adminNames, adminUnits, type AdminLevel, nameKey, nameSets, tokensWritten } from '../../gazetteer/index.js';
import type { LocationLevel, LocationValue } from '../../types.js';
import { isSurname } from './names.js';
import { BAN_COMPOUNDS, CENTRAL_CITIES, NOT_NAME_START, ORG_HEADS, PLACE_ALIASES, REGIONS, TITLES, UNIT_WORDS } from './lexicon.js';
import { follows, isAbbreviation, isCapWord, isLowerWord, isWord, keyOf, matchPhrase, Phrases, spanText, textAt, type Words } from './words.js';

/** A place found at some token: tokens `[from, to)`, its name starting at `nameFrom`. */
export interface PlaceMatch {
  readonly from: number;
  readonly to: number;
  readonly nameFrom: number;
  readonly value: LocationValue;
  readonly rule: string;
}


/** Length in tokens of a unit word at `i` (`tỉnh`, `thành phố`, `TP.`), or 0. */
export function unitWordAt(w: Words, i: number): number {
  if (i < 0 || i >= w.n) return 0;
  const len = matchPhrase(w, i, UNIT_WORDS);
  if (len === 0) return 0;
  // `bản` is a unit only in lower case and not as the end of `văn bản`, `phiên bản` …
  if (w.lower[i] === 'bản' && (w.cap[i] === 1 || (follows(w, i) && BAN_COMPOUNDS.has(w.lower[i - 1]!)))) return 0;
  return len;
}

/** Length of a gazetteer name starting at `j` right after a unit word (`huyện Châu Thành`), or 0. */
export function placeNameAfterUnit(w: Words, j: number): number {
  if (!follows(w, j)) return 0;
  const unitBefore = unitWordAt(w, j - 1) === 1 || (j >= 2 && unitWordAt(w, j - 2) === 2);
  return unitBefore ? adminNameAt(w, j) : 0;
}

/** The longest gazetteer name at `j` (first token capitalized or a number), in tokens, or 0. */
function adminNameAt(w: Words, j: number): number {
  if (!(isCapWord(w, j) || w.kind[j] === TokenKind.Number)) return 0;
  const max = adminMaxTokens();
  let key = '';
  let best = 0;
  for (let k = 0; k < max && j + k < w.n; k++) {
    if (k > 0 && !follows(w, j + k)) break;
    const t = j + k;
    // Names run over words, numbers and the dash of `Bà Rịa - Vũng Tàu`, and end on a word.
    if (!(isWord(w, t) || w.kind[t] === TokenKind.Number || textAt(w, t) === '-')) break;
    key = k === 0 ? w.lower[t]! : `${key} ${w.lower[t]!}`;
    if (textAt(w, t) !== '-' && adminUnits(key).length > 0) best = k + 1;
  }
  return best;
}

/** Capitalized words from `j`, joined, at most `max`. */
function capRun(w: Words, j: number, max: number): number {
  let k = 0;
  while (k < max && j + k < w.n && isCapWord(w, j + k) && (k === 0 || follows(w, j + k))) {
    // A title or a body begins there (`xã Tân Lập Chủ tịch …`, `… Hội Nông dân`).
    if (k > 0 && (matchPhrase(w, j + k, TITLES, 3) >= 2 || matchPhrase(w, j + k, ORG_HEADS, 2) > 0)) break;
    k++;
  }
  return k;
}

const GAZ_LEVEL: Record<LocationLevel, AdminLevel | null> = {
  country: null,
  province: 'province',
  district: 'district',
  commune: 'commune',
  village: null,
  region: null,
};

/** Level, GSO code and 2025 fate of a named unit, from the gazetteer where it knows the name. */
export function locationValue(level: LocationLevel, name: string, key = nameKey(name)): LocationValue {
  const gl = GAZ_LEVEL[level];
  if (gl === null) return { level, name };
  const units = adminUnits(key).filter((u) => u.level === gl);
  if (units.length === 0) return { level, name };
  const codes = new Set(units.map((u) => u.code));
  const current = units.some((u) => u.current);
  // A name several units share (`Tân Lập`) has no one code; the first is the current one.
  if (codes.size === 1 || gl === 'province') return { level, name, code: units[0]!.code, current };
  return { level, name, current: units.every((u) => u.current === current) ? current : undefined } as LocationValue;
}

/**
 * A unit word and the name after it: `tỉnh Lạng Sơn`, `TP. Cần Thơ`, `phường 5`, `bản Sin
 * Suối Hồ`. The name is the gazetteer's longest match; failing that, a few capitalized words
 * (two at most after `tỉnh`, whose names the gazetteer all knows, so `UBND tỉnh Y Ngọc Phước`
 * keeps the person out).
 */
export function unitPlaceAt(ctx: EntityContext, w: Words, i: number): PlaceMatch | null {
  const u = unitWordAt(w, i);
  if (u === 0) return null;
  const j = i + u;
  if (j >= w.n || !follows(w, j)) return null;
  const unit = UNIT_WORDS.get(keyOf(w, i, i + u))!;
  let len = 0;
  let name = '';
  if (w.kind[j] === TokenKind.Number) {
    if (unit === 'province' || textAt(w, j).length > 3 || !/^\d+$/u.test(textAt(w, j))) return null;
    len = 1;
  } else if (isAbbreviation(w, j) && textAt(w, j) === 'HCM' && unit === 'city') {
    len = 1;
    name = 'Hồ Chí Minh';
  } else {
    // The gazetteer's names, and for provinces their other spellings (`Thừa Thiên Huế`).
    const alias = unit === 'province' || unit === 'city' ? barePlaceAt(w, j, true) : null;
    const gaz = Math.max(adminNameAt(w, j), alias !== null && alias.value.level === 'province' ? alias.to - j : 0);
    const run = capRun(w, j, 4);
    // The gazetteer's name, unless more capitalized words go on below the province level
    // (`xã Đông Dư`: the gazetteer knows a `Đông` too).
    // A surname right after the gazetteer's name starts a person (`huyện Châu Thành Huỳnh Thanh …`).
    const personNext = isSurname(textAt(w, j + gaz)) && isCapWord(w, j + gaz + 1) && follows(w, j + gaz + 1);
    if (gaz > 0 && (gaz >= run || unit === 'province' || unit === 'city' || personNext)) len = gaz;
    else if (run === 0 || NOT_NAME_START.has(w.lower[j]!)) return null;
    // An unknown province name: two words at most, and not a region (`các tỉnh Tây Nguyên`).
    else if (unit === 'province') len = run <= 2 && capRun(w, j, 5) === run && barePlaceAt(w, j, true) === null ? run : 0;
    else len = run;
    if (len === 0) return null;
  }
  const key = name === '' ? keyOf(w, j, j + len) : nameKey(name);
  if (name === '') name = spanText(ctx.text, w, j, j + len);
  const level: LocationLevel =
    unit === 'city' ? (CENTRAL_CITIES.has(key) || adminUnits(key).some((x) => x.centralCity) ? 'province' : 'district') : unit;
  return { from: i, to: j + len, nameFrom: j, value: locationValue(level, name, key), rule: 'location/unit' };
}

interface Bare {
  /** The name's tokens as written, joined by one space (`Bà Rịa - Vũng Tàu`). */
  readonly written: string;
  readonly level: LocationLevel;
  readonly name: string;
  /** The value, made on first use and shared (frozen): the gazetteer is read once a name. */
  value: LocationValue | null;
}
let bareTable: Phrases<Bare> | null = null;

/** The table of bare names, built on first use (before any words are read: see `resolve.ts`). */
export function bare(): Phrases<Bare> {
  if (bareTable !== null) return bareTable;
  const byKey = new Map<string, Bare>();
  const add = (written: string, level: LocationLevel, name = written): void => {
    const key = nameKey(written);
    if (!byKey.has(key)) byKey.set(key, { written: tokensWritten(written), level, name, value: null });
  };
  for (const name of adminNames('province')) add(name, 'province');
  // Districts of two syllables or more; one-syllable ones (`Vinh`) are too often other words.
  for (const name of adminNames('district')) if (name.includes(' ') && !/\d/u.test(name)) add(name, 'district');
  for (const [alias, name] of PLACE_ALIASES) add(alias, 'province', name);
  for (const c of COUNTRY_NAMES) add(c, 'country');
  for (const c of CAPITAL_NAMES) add(c, 'province');
  for (const r of REGIONS) if (!byKey.has(nameKey(r))) add(r, 'region');
  bareTable = new Phrases(byKey);
  return bareTable;
}

function bareValue(b: Bare): LocationValue {
  if (b.value === null) {
    const gazetteered = b.level === 'province' || b.level === 'district';
    b.value = Object.freeze(gazetteered ? locationValue(b.level, b.name) : { level: b.level, name: b.name });
  }
  return b.value;
}

/** Tokens of `[from, to)` as written, joined by one space (case kept). */
function writtenKey(w: Words, from: number, to: number): string {
  let s = textAt(w, from);
  for (let k = from + 1; k < to; k++) s += ` ${textAt(w, k)}`;
  return s;
}

/**
 * A province, country, capital or region written bare, in its own capitalization (`Tiền
 * Giang`, `Hà Lan`, `Tây Nguyên`). Not when a surname or middle name stands just before it
 * (`Đặng Vĩnh Long`), nor after a title (`anh Hà Giang`): those are people.
 */
export function barePlaceAt(w: Words, i: number, inName = false): PlaceMatch | null {
  if (i < 0 || i >= w.n) return null;
  // Bare names are capitalized, but for `miền Trung` and the like; only words and
  // abbreviations have first-token bits.
  if (w.cap[i] === 0 && w.lower[i] !== 'miền') return null;
  const table = bareTable ?? bare();
  if ((w.first[i]! & table.bit) === 0) return null;
  const max = Math.min(table.max, table.longestFrom(w.lower[i]!));
  let key = '';
  let hit: Bare | undefined;
  let len = 0;
  for (let k = 0; k < max && i + k < w.n; k++) {
    if (k > 0 && !follows(w, i + k)) break;
    key = k === 0 ? w.lower[i]! : `${key} ${w.lower[i + k]!}`;
    const b = table.get(key);
    if (b !== undefined && writtenKey(w, i, i + k + 1) === b.written) {
      hit = b;
      len = k + 1;
    }
  }
  if (hit === undefined) return null;
  if (inName) return bareMatch(hit, i, len);
  const names = nameSets();
  if (follows(w, i)) {
    const p = i - 1;
    // `Từ`, `Tại` opening a sentence are prepositions, not surnames (`Từ Hà Nội, đoàn …`).
    const opensSentence = !follows(w, p) || p === 0;
    if (isCapWord(w, p) && !(opensSentence && PREPOSITIONS.has(w.lower[p]!)) && (names.surnames.has(textAt(w, p)) || names.middle.has(textAt(w, p)) || names.given.has(textAt(w, p)))) return null;
    if (TITLES.has(w.lower[p]!)) return null;
    if (p >= 1 && follows(w, p) && TITLES.has(`${w.lower[p - 1]!} ${w.lower[p]!}`)) return null;
  }
  const next = i + len;
  if (follows(w, next) && isCapWord(w, next) && !NOT_NAME_START.has(w.lower[next]!)) return null;
  // A one-word name that is also a given name (`Anh`, `Đức`, `Nga`, `Mỹ`) only inside a
  // sentence, after a lower-case word or a comma.
  if (len === 1 && names.given.has(textAt(w, i)) && !(i > 0 && (isLowerWord(w, i - 1) || textAt(w, i - 1) === ',' || textAt(w, i - 1) === '('))) return null;
  // A district written bare (`gà đồi Yên Thế`) only after a lower-case word, and never when it
  // reads as a person's name (`Hoàng Mai`, `Châu Thành`).
  if (hit.level === 'district' && !(isLowerWord(w, i - 1) && follows(w, i) && !looksLikePerson(w, i, next))) return null;
  return bareMatch(hit, i, len);
}

const bareMatch = (hit: Bare, i: number, len: number): PlaceMatch => ({ from: i, to: i + len, nameFrom: i, value: bareValue(hit), rule: 'location/bare' });

/** Prepositions that may open a sentence before a place. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['từ', 'tại', 'ở', 'theo', 'về', 'đến', 'tới', 'với', 'cho', 'trong', 'ngoài', 'như', 'sang', 'ra', 'vào', 'qua']);

/** A surname and a syllable of a given name (`Hoàng Mai`, `Châu Thành`). */
function looksLikePerson(w: Words, from: number, to: number): boolean {
  const n = nameSets();
  return n.surnames.has(textAt(w, from)) && n.given.has(textAt(w, to - 1));
}

/** Every location candidate: unit word + name, and bare names. */
export function findLocations(ctx: EntityContext, w: Words): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < w.n; i++) {
    // Most tokens start no dictionary phrase and are not capitalized: nothing begins there.
    if (w.first[i] === 0 && w.cap[i] === 0) continue;
    const m = unitPlaceAt(ctx, w, i) ?? barePlaceAt(w, i);
    if (m !== null) {
      out.push(m);
      i = m.to - 1;
    }
  }
  return out;
}
