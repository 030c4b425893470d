// What a `Token` and a `Word` object cost in memory, beside the typed-array tiers, measured
// with the heap after a forced collection (run with --expose-gc):
//   npm run build && node --expose-gc bench/memory.mjs
// The text strings of tokens and words are slices of the input: V8 keeps short ones as copies
// (sliced strings start at 13 characters), so the per-object figure includes them.
import { segment, segmentTable } from '../dist/segment.js';
import { scanTokens, tokenize } from '../dist/tokenize.js';
import { realArticles } from '../scripts/real-articles.mjs';
import { buildProse } from './harness.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const docs = realArticles('rdr');
const text = docs === null ? buildProse(4e6) : docs.join('\n\n').repeat(4);

function bytesPer(make) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const kept = make();
  globalThis.gc();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const n = Array.isArray(kept) ? kept.length : kept.count;
  return { n, bytes: (after - before) / n, kept };
}

segment('khởi động'); // load the lexicon and model before measuring
const rows = [
  ['Token objects (tokenize)', bytesPer(() => tokenize(text))],
  ['token table (scanTokens)', bytesPer(() => scanTokens(text))],
  ['Word objects (segment)', bytesPer(() => segment(text))],
  ['word table (segmentTable)', bytesPer(() => segmentTable(text))],
];
console.log(`\n${(text.length / 1e6).toFixed(1)} M characters of ${docs === null ? 'bench prose' : 'real articles (rdr, four times)'}; Node ${process.version}\n`);
console.log('| what | items | bytes each |');
console.log('|---|---:|---:|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.n.toLocaleString('en')} | ${r.bytes.toFixed(1)} |`);
