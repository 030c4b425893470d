// The whole pipeline on a sample article written for this project: a provincial news report,
// clean Unicode except one word typed in VNI-Windows (`treân`), one decomposed (NFD) word, one
// `Ð` look-alike and one word in the modern tone style. Every span printed is an offset into
// the article as read from disk.
//   npm run demo            (builds, then runs this file against the built package)
import { readFileSync } from 'node:fs';
import { prepare, segment, segmentJoined, sentences, tokenize } from 'vntext';

const article = readFileSync(new URL('./article.txt', import.meta.url), 'utf8');
const show = (s) => JSON.stringify(s);
const at = (c) => `[${c.start}, ${c.end})`;

console.log(`vntext demo: ${article.length} UTF-16 code units, ${article.split('\n').filter(Boolean).length} lines\n`);

// 1. Repair and normalize, with one alignment back to the article.
const clean = prepare(article);
console.log('1. Repair (legacy encodings, found word by word)');
for (const c of clean.repairs) console.log(`   ${at(c)} ${show(c.original)} → ${show(c.text)}  (${c.encoding})`);
console.log('\n2. Normalize');
for (const c of clean.normalizations) console.log(`   ${at(c)} ${show(c.original)} → ${show(c.text)}  (${c.kinds.join(', ')})`);
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
