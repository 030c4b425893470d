// The whole pipeline on a sample article written for this project: a provincial news report,
// clean Unicode except one word typed in VNI-Windows (`treân`), one decomposed (NFD) word, one
// `Ð` look-alike and one word in the modern tone style. Every span printed is an offset into
// the article as read from disk.
//   npm run demo            (builds, then runs this file against the built package)
import { readFileSync } from 'node:fs';
import { extractEntities, prepare, segment, segmentJoined, sentences, summarize, tokenize } from 'vntext';

const article = readFileSync(new URL('./article.txt', import.meta.url), 'utf8');
const show = (s) => JSON.stringify(s);
const at = (c) => `[${c.start}, ${c.end})`;
const hex = (s) => [...s].map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * Where a change is invisible on screen (NFD → NFC, `Ð` U+00D0 → `Đ` U+0110, odd spaces), the
 * code points of the part that differs: `ư` → `U+0075 U+031B → U+01B0`.
 */
function codePoints(from, to) {
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let q = 0;
  while (q < from.length - p && q < to.length - p && from[from.length - 1 - q] === to[to.length - 1 - q]) q++;
  // Keep a base letter with the marks that follow it.
  while (p > 0 && /\p{M}/u.test(from[p] ?? '')) p--;
  const a = from.slice(p, from.length - q);
  const b = to.slice(p, to.length - q);
  return `${show(a)} ${hex(a)} → ${show(b)} ${hex(b)}`;
}
const INVISIBLE = new Set(['nfd', 'nfc', 'lookalike', 'invisible', 'space']);
const looksAlike = (c) => INVISIBLE.has(c.encoding) || (c.kinds ?? []).some((k) => INVISIBLE.has(k));

console.log(`vntext demo: ${article.length} UTF-16 code units, ${article.split('\n').filter(Boolean).length} lines\n`);

// 1. Repair and normalize, with one alignment back to the article.
const clean = prepare(article);
console.log('1. Repair (legacy encodings, found word by word)');
for (const c of clean.repairs) {
  console.log(`   ${at(c)} ${show(c.original)} → ${show(c.text)}  (${c.encoding})`);
  if (looksAlike(c)) console.log(`        the same on screen, not in memory: ${codePoints(c.original, c.text)}`);
}
console.log('\n2. Normalize');
for (const c of clean.normalizations) {
  console.log(`   ${at(c)} ${show(c.original)} → ${show(c.text)}  (${c.kinds.join(', ')})`);
  if (looksAlike(c)) console.log(`        the same on screen, not in memory: ${codePoints(c.original, c.text)}`);
}
const sentence = clean.text.split('\n').find((l) => l.includes('trên các sàn'));
console.log(`\n   Cleaned paragraph:\n   ${sentence}\n`);

// 2. Sentences, with spans into the original article.
const sents = sentences(clean);
console.log(`3. Sentences: ${sents.length}`);
for (const s of sents.slice(0, 4)) console.log(`   ${at(s)} ${s.text.length > 90 ? s.text.slice(0, 87) + '…' : s.text}`);
console.log('   …\n');

// 3. Tokens and their kinds.
const tokens = tokenize(clean);
const byKind = new Map();
for (const t of tokens) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
console.log(`4. Tokens: ${tokens.length}`);
for (const [kind, list] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
  const sample = kind === 'word' || kind === 'punctuation' ? '' : ': ' + [...new Set(list.map((t) => t.text))].slice(0, 8).join('  ');
  console.log(`   ${kind.padEnd(13)} ${String(list.length).padStart(4)}${sample}`);
}
const fixed = tokens.find((t) => t.text === 'trên' && article.slice(t.start, t.end) !== 'trên');
console.log(`   the repaired token: ${show(fixed.text)} at ${at(fixed)}; the article has ${show(article.slice(fixed.start, fixed.end))} there\n`);

// 4. Words: multi-syllable words joined, the way underthesea and VnCoreNLP print them.
const words = segment(clean);
const multi = words.filter((w) => w.text.includes(' '));
console.log(`5. Words: ${words.length}, of which ${multi.length} have more than one syllable:`);
console.log('   ' + [...new Set(multi.map((w) => w.text))].slice(0, 24).join(' · '));
const first = sents.find((s) => s.text.includes('Sáng 23/10/2023'));
console.log(`\n   ${segmentJoined(prepare(article.slice(first.start, first.end)))}`);

// 6. Entities, with typed values, and 7. a summary with keywords. (Both grow as their rule
// packs and scorer land; an empty list means this build has none for this text yet.)
const entities = extractEntities(article, { referenceDate: '2023-10-23' });
console.log(`\n6. Entities: ${entities.length}`);
for (const e of entities.slice(0, 20)) {
  console.log(`   ${e.type.padEnd(12)} ${at(e)} ${show(e.text)}${e.value === undefined ? '' : ' → ' + JSON.stringify(e.value)}`);
}
if (entities.length > 20) console.log(`   … ${entities.length - 20} more`);

const summary = summarize(article, { sentences: 2, keywords: 8 });
console.log('\n7. Summary (2 sentences) and keywords');
for (const s of summary.sentences) console.log(`   ${at(s)} ${s.text.length > 100 ? s.text.slice(0, 97) + '…' : s.text}`);
console.log(`   keywords: ${summary.keywords.length === 0 ? '(none yet)' : summary.keywords.map((k) => k.text).join(' · ')}`);
