// Writes src/segment/lexicon.generated.ts, the segmenter's word lists:
//   - common words: lexicon/vnvocab.txt (RDRsegmenter's VnVocab, Apache-2.0);
//   - place names: admin/units-pre-2025.json and admin/units-current.json (MIT, © 2021 Thang
//     Le Quoc), the names of provinces, districts and communes;
//   - person names: names/given-names-{male,female}.txt and names/surnames.tsv (MIT, © 2016
//     Van-Duyet Le): two-syllable given names, their syllables, and surnames;
//   - countries and capitals in Vietnamese: data/countries-vi.tsv (facts written for vntext),
//     through src/gazetteer/countries.generated.ts (run scripts/generate-gazetteer.ts first).
// Everything is NFC, lowercased and restyled to the classic tone placement (`thuỷ` → `thủy`),
// the treebank's spelling. Entries with a syllable that is not letters only (`/ch đổi mới`,
// `ban chỉ đạo 33`, `mác-lênin`) are dropped; names must be Vietnamese syllables throughout,
// which also drops the mojibake in the name lists (`Buøi`).
//
//   npx tsx scripts/generate-lexicon.ts
import { readFileSync } from 'node:fs';
import { CAPITAL_NAMES, COUNTRY_NAMES } from '../src/gazetteer/countries.generated.js';
import { Entry, packLexicon } from '../src/segment/lexicon.js';
import { isVietnameseSyllable, restyleSyllable } from '../src/syllable/index.js';
import { sharedPath, writeGenerated } from './shared-data.js';

const entries = new Map<string, number>();
const add = (syllables: readonly string[], flag: number): void => {
  const key = syllables.map((s) => restyleSyllable(s.toLowerCase(), 'classic')).join(' ');
  entries.set(key, (entries.get(key) ?? 0) | flag);
};
const split = (text: string): string[] => text.normalize('NFC').replace(/Ð/g, 'Đ').trim().split(/\s+/u).filter((s) => s !== '');
const counts: Record<string, number> = {};
const count = (what: string): void => {
  counts[what] = (counts[what] ?? 0) + 1;
};

for (const line of readFileSync(sharedPath('lexicon/vnvocab.txt'), 'utf8').split(/\r?\n/)) {
  const syllables = split(line);
  if (syllables.length === 0) continue;
  if (syllables.length < 2 || !syllables.every((s) => /^\p{L}+$/u.test(s))) {
    count('vnvocab entries dropped');
    continue;
  }
  add(syllables, Entry.Word);
  count('vnvocab words');
}

// Names of units; a name with a dash (`Văn Miếu - Quốc Tử Giám`) is two names.
const places = new Set<string>();
const walk = (node: unknown): void => {
  if (Array.isArray(node)) node.forEach(walk);
  else if (typeof node === 'object' && node !== null) {
    const name = (node as { Name?: unknown }).Name;
    if (typeof name === 'string') for (const part of name.split(/\s+[-–]\s+/u)) places.add(part);
    Object.values(node).forEach(walk);
  }
};
for (const file of ['admin/units-pre-2025.json', 'admin/units-current.json']) walk(JSON.parse(readFileSync(sharedPath(file), 'utf8')));
for (const place of places) {
  const syllables = split(place);
  if (syllables.length < 2 || !syllables.every(isVietnameseSyllable)) continue;
  add(syllables, Entry.Place);
  count('place names');
}

// Countries and capitals in Vietnamese (data/countries-vi.tsv, via the generated gazetteer):
// `Tây Ban Nha`, `Bình Nhưỡng`, `Buenos Aires` are place names of several syllables. Spellings
// with hyphens or dots are one token each already.
// Country names also carry `Entry.Country`, one syllable ones (`Mỹ`, `Nga`) included: the
// segmenter splits a country from the foreign name after it (`Mỹ | Donald Trump`).
const countries = new Set(COUNTRY_NAMES);
for (const name of [...COUNTRY_NAMES, ...CAPITAL_NAMES]) {
  const syllables = split(name);
  if (!syllables.every((s) => /^\p{L}+$/u.test(s))) continue;
  const country = countries.has(name) ? Entry.Country : 0;
  if (syllables.length < 2) {
    if (country !== 0) add(syllables, country);
    continue;
  }
  add(syllables, Entry.Place | country);
  count('country and capital names');
}

for (const file of ['names/given-names-male.txt', 'names/given-names-female.txt']) {
  for (const line of readFileSync(sharedPath(file), 'utf8').split(/\r?\n/)) {
    const syllables = split(line);
    if (syllables.length === 0 || !syllables.every(isVietnameseSyllable)) continue;
    if (syllables.length === 2) {
      add(syllables, Entry.GivenName);
      count('given names');
    }
    for (const s of syllables) add([s], Entry.NameSyllable);
  }
}
for (const line of readFileSync(sharedPath('names/surnames.tsv'), 'utf8').split(/\r?\n/)) {
  const [name, n] = line.split('\t');
  if (name === undefined || n === undefined) continue;
  const syllables = split(name);
  // The counts come from a name list with some noise; a surname seen twice is a surname.
  if (Number(n) < 2 || syllables.length !== 1 || !syllables.every(isVietnameseSyllable)) continue;
  add(syllables, Entry.Surname);
  count('surnames');
}

// Frequent syllables get small ids, which pack into fewer characters.
const freq = new Map<string, number>();
for (const e of entries.keys()) for (const s of e.split(' ')) freq.set(s, (freq.get(s) ?? 0) + 1);
const syllables = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
const id = new Map(syllables.map((s, i) => [s, i + 1]));
const packed = packLexicon(
  syllables,
  [...entries].map(([e, flags]) => ({ ids: e.split(' ').map((s) => id.get(s)!), flags })),
);

const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
const out = `// Generated by \`npx tsx scripts/generate-lexicon.ts\`; do not edit.
// Sources: VnVocab (RDRsegmenter, Apache-2.0); administrative unit names (thanglequoc/
// vietnamese-provinces-database, MIT); given names and surnames (duyet/vietnamese-namedb, MIT);
// countries and capitals (data/countries-vi.tsv, vntext).
// ${entries.size} entries over ${syllables.length} syllables (${summary}); classic tone style, lowercase.
// Format: see packLexicon in ./lexicon.ts.
export const PACKED_LEXICON = ${JSON.stringify(packed)};
`;
console.log(`${entries.size} entries, ${syllables.length} syllables (${summary})`);
writeGenerated('src/segment/lexicon.generated.ts', out);
