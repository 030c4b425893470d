// normalize() throughput against String.prototype.normalize('NFC') on the same text in the
// same run. Real text first, called as services call it: one call per article (the real
// sentences of ../shared/data cut into 2–8 KB articles by scripts/real-articles.mjs), then
// the same articles as one big string. Seeded synthetic prose only for what it is good at:
// text that needs every kind of fix.
//   npm run build && node bench/normalize.bench.mjs [--mb 5] [--cpu]
// --cpu times by this process's CPU time (process.cpuUsage) instead of the wall clock: on a
// machine shared with other work, a call preempted half way is not charged for the wait.
import { normalize, normalizeAligned } from '../dist/normalize.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { buildProse, prng, runCases, targetMegabytes, utf8Bytes } from './harness.mjs';

if (process.argv.includes('--cpu')) {
  performance.now = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
}

/** Passes over the articles per timed call, so each measurement lasts long enough to be steady on a busy machine. */
const PASSES = 3;

function perArticle(docs, fn) {
  return () => {
    let n = 0;
    for (let p = 0; p < PASSES; p++) for (const d of docs) n += fn(d);
    return n / PASSES;
  };
}

const sources = ['rdr', 'vtb-dev', 'vtb-train'];
const real = sources.map((s) => [s, realArticles(s)]).filter(([, docs]) => docs !== null);
if (real.length === 0) {
  console.log('\n../shared/data is absent: no real articles to measure (see scripts/real-articles.mjs); synthetic prose only.');
}
for (const [source, docs] of real) {
  const bytes = PASSES * docs.reduce((a, d) => a + utf8Bytes(d), 0);
  const changed = docs.filter((d) => normalize(d) !== d).length;
  runCases(`normalize, real text '${source}': ${docs.length} articles, one call per article (${changed} articles changed: tone style, look-alikes)`, [
    ['String#normalize("NFC") per article (baseline)', perArticle(docs, (d) => d.normalize('NFC').length), bytes],
    ['normalize per article', perArticle(docs, (d) => normalize(d).length), bytes],
    ['normalizeAligned per article', perArticle(docs, (d) => normalizeAligned(d).changes.length), bytes],
  ], { itemName: 'chars/changes' });
}
if (real.length > 0) {
  const big = real.flatMap(([, docs]) => docs).join('\n\n');
  runCases(`normalize, real text: every article above as one string (${(utf8Bytes(big) / 1e6).toFixed(2)} MB)`, [
    ['String#normalize("NFC") on the string (baseline)', () => big.normalize('NFC').length, utf8Bytes(big)],
    ['normalize on the string', () => normalize(big).length, utf8Bytes(big)],
    ['normalizeAligned on the string', () => normalizeAligned(big).changes.length, utf8Bytes(big)],
  ], { itemName: 'chars/changes' });
}

/** Damages clean prose with every kind of fix normalize makes: NFD words, modern tone style, misplaced marks, Ð/ð, zero-width and no-break spaces. */
function damage(text) {
  const rand = prng(7);
  return text.replace(/\p{L}+/gu, (w) => {
    const r = rand();
    if (r < 0.05) return w.normalize('NFD');
    if (r < 0.08) return w.replace('Đ', '\u00d0').replace('đ', '\u00f0');
    if (r < 0.1 && w.length > 2) return w.slice(0, 1) + '\u200b' + w.slice(1);
    return w
      .replace(/òa$/u, 'oà').replace(/úy$/u, 'uý').replace(/ỏe$/u, 'oẻ')
      .replace(/ười/u, r < 0.3 ? 'ừơi' : 'ười').replace(/ủa$/u, r < 0.3 ? 'uả' : 'ủa');
  }).replace(/ Nội/g, '\u00a0Nội');
}
const clean = normalize(buildProse(targetMegabytes() * 1e6));
const dirty = damage(clean);
const changes = normalizeAligned(dirty).changes.length;
runCases(`normalize, synthetic prose with every kind of fix (${changes.toLocaleString('en')} fixes), one string`, [
  ['String#normalize("NFC") on the damaged prose (baseline)', () => dirty.normalize('NFC').length, utf8Bytes(dirty)],
  ['normalize, damaged prose', () => normalize(dirty).length, utf8Bytes(dirty)],
  ['normalizeAligned, damaged prose', () => normalizeAligned(dirty).changes.length, utf8Bytes(dirty)],
], { itemName: 'chars/changes' });
