// Writes the gazetteers of the named-entity packs (src/entities/packs/named):
//   - src/entities/gazetteer/admin.generated.ts: every province, district and commune of
//     admin/units-pre-2025.json (63 provinces, 696 districts, 10,035 communes) and
//     admin/units-current.json (34 provinces and 3,321 communes from 1 July 2025), with the unit
//     word, the GSO code and whether the unit still exists after the 2025 reorganization
//     (thanglequoc/vietnamese-provinces-database v2.4.1 and v4.2.0, MIT, © 2021 Thang Le Quoc);
//   - src/entities/gazetteer/names.generated.ts: surnames, and the syllables of middle and
//     given names, from names/surnames.tsv and names/given-names-{male,female}.txt
//     (duyet/vietnamese-namedb, MIT, © 2016 Van-Duyet Le).
// Names are NFC with `Ð` (U+00D0) read as `Đ`, normalized as `prepare` normalizes text (tone
// placement `Hoá` → `Hóa`) so that a lookup of clean text finds them; entries of the name lists
// that are not Vietnamese syllables (mojibake such as `Buøi`, `Student`) are dropped.
//
//   npx tsx scripts/generate-admin-gazetteer.ts [--check]
import { readFileSync } from 'node:fs';
import { normalize } from '../src/normalize/index.js';
import { isVietnameseSyllable } from '../src/syllable/index.js';
import { scanTokens } from '../src/tokenize/index.js';
import { sharedPath, writeGenerated } from './shared-data.js';

const tidy = (s: string): string => normalize(s.normalize('NFC').replace(/\u00d0/g, 'Đ').replace(/\s+/gu, ' ').trim());
/**
 * A unit name with its tokens (as the tokenizer cuts them) separated by one space, so that the
 * decoder's lookup key is the name lower-cased, with no tokenizing at load time.
 */
const clean = (s: string): string => {
  const t = tidy(s);
  const tokens = scanTokens(t);
  const parts: string[] = [];
  for (let i = 0; i < tokens.count; i++) parts.push(t.slice(tokens.start[i], tokens.end[i]));
  return parts.join(' ');
};

interface RawUnit {
  Code: string;
  Name: string;
  FullName: string;
  District?: RawUnit[] | null;
  Ward?: RawUnit[] | null;
  Wards?: RawUnit[] | null;
  AdministrativeUnitShortName?: string;
}

// Unit kinds, one letter each in the packed lines (see src/entities/gazetteer/admin.ts).
const KIND: Record<string, string> = {
  'Tỉnh': 'P',
  'Thành phố/province': 'C',
  'Huyện': 'h',
  'Quận': 'q',
  'Thị xã': 't',
  'Thành phố/district': 'f',
  'Xã': 'x',
  'Phường': 'p',
  'Thị trấn': 'r',
  'Đặc khu': 'k',
};

/** The unit word at the start of a full name (`Thị trấn Đông Anh` → `Thị trấn`). */
function unitWord(full: string, name: string): string {
  const f = clean(full);
  const n = clean(name);
  const w = f.endsWith(n) ? f.slice(0, f.length - n.length).trim() : f.split(' ')[0]!;
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

const read = (file: string): RawUnit[] => JSON.parse(readFileSync(sharedPath(file), 'utf8')) as RawUnit[];
const pre = read('admin/units-pre-2025.json');
const cur = read('admin/units-current.json');

// key `kind|code|name` → current? A unit is current when the 2025 list has the same code and
// name (Lào Cai 10 is gone, Lào Cai 15, the merged province, is current).
const lines = new Map<string, boolean>();
const put = (kind: string, code: string, name: string, current: boolean): void => {
  const k = `${kind}|${code}|${clean(name)}`;
  lines.set(k, (lines.get(k) ?? false) || current);
};
const kindOf = (word: string, level: 'province' | 'district' | 'commune'): string => {
  const k = word === 'Thành phố' ? KIND[`Thành phố/${level}`] : KIND[word];
  if (k === undefined) throw new Error(`unknown unit word ${word} (${level})`);
  return k;
};

const currentCommunes = new Set<string>();
const currentProvinces = new Set<string>();
for (const p of cur) {
  currentProvinces.add(`${p.Code}|${clean(p.Name)}`);
  for (const w of p.Wards ?? []) currentCommunes.add(`${w.Code}|${clean(w.Name)}`);
}
for (const p of pre) {
  put(kindOf(unitWord(p.FullName, p.Name), 'province'), p.Code, p.Name, currentProvinces.has(`${p.Code}|${clean(p.Name)}`));
  for (const d of p.District ?? []) {
    // Districts were abolished on 1 July 2025.
    put(kindOf(unitWord(d.FullName, d.Name), 'district'), d.Code, d.Name, false);
    for (const w of d.Ward ?? []) {
      put(kindOf(unitWord(w.FullName, w.Name), 'commune'), w.Code, w.Name, currentCommunes.has(`${w.Code}|${clean(w.Name)}`));
    }
  }
}
for (const p of cur) {
  put(kindOf(unitWord(p.FullName, p.Name), 'province'), p.Code, p.Name, true);
  for (const w of p.Wards ?? []) put(kindOf(unitWord(w.FullName, w.Name), 'commune'), w.Code, w.Name, true);
}

// One unit a line: kind letter, 1 if current else 0, code, a space, the name.
const admin = [...lines]
  .map(([k, current]) => {
    const [kind, code, name] = k.split('|') as [string, string, string];
    return `${kind}${current ? 1 : 0}${code} ${name}`;
  })
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

writeGenerated(
  'src/entities/gazetteer/admin.generated.ts',
  `// Generated by \`npx tsx scripts/generate-admin-gazetteer.ts\` from ../shared/data/admin (MIT, © 2021 Thang Le Quoc). Do not edit.
/** ${admin.length} units, one a line: kind letter, 1 if the unit exists after 1 July 2025 else 0, GSO code, space, name (its tokens separated by one space). */
export const ADMIN_UNITS = ${JSON.stringify(admin.join('\n'))};
`,
);

// Names.
const syllablesOf = (s: string): string[] => clean(s).split(' ').filter((x) => x !== '');
const valid = (s: string[]): boolean => s.length > 0 && s.every((x) => isVietnameseSyllable(x));
const surnames = new Set<string>();
for (const line of readFileSync(sharedPath('names/surnames.tsv'), 'utf8').split(/\r?\n/)) {
  const s = syllablesOf(line.split('\t')[0] ?? '');
  if (s.length === 1 && valid(s)) surnames.add(s[0]!);
}
const given = new Set<string>();
const middle = new Set<string>();
for (const file of ['names/given-names-male.txt', 'names/given-names-female.txt']) {
  for (const line of readFileSync(sharedPath(file), 'utf8').split(/\r?\n/)) {
    const s = syllablesOf(line);
    if (!valid(s)) continue;
    given.add(s[s.length - 1]!);
    for (const m of s.slice(0, -1)) middle.add(m);
  }
}
const sorted = (s: Set<string>): string => [...s].sort().join(' ');
writeGenerated(
  'src/entities/gazetteer/names.generated.ts',
  `// Generated by \`npx tsx scripts/generate-admin-gazetteer.ts\` from ../shared/data/names (duyet/vietnamese-namedb, MIT, © 2016 Van-Duyet Le). Do not edit.
/** ${surnames.size} surnames, space-separated. */
export const SURNAMES = ${JSON.stringify(sorted(surnames))};
/** ${given.size} syllables that end a given name, space-separated. */
export const GIVEN_SYLLABLES = ${JSON.stringify(sorted(given))};
/** ${middle.size} syllables that stand before the last one of a given name, space-separated. */
export const MIDDLE_SYLLABLES = ${JSON.stringify(sorted(middle))};
`,
);
console.log(`admin: ${admin.length} units; names: ${surnames.size} surnames, ${given.size} given and ${middle.size} middle syllables`);
