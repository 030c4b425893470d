// What results cost in memory: bytes per Token, per Word, per scanTokens and segmentTable entry, measured as
// the growth of the V8 heap (and array buffers) while the results of ~4 MB of seeded prose are
// held, after a full garbage collection on each side. Re-runs itself with --expose-gc.
// Then the peak a whole corpus costs in one call: each tier in a fresh process over --peak-mb of
// prose (default 50), peak resident set minus that of a process holding only the text.
//   npm run build && node bench/memory.bench.mjs [--mb 4] [--peak-mb 50]
import { spawnSync } from 'node:child_process';
import { countWords, prepare, tokenIterator, wordIterator } from '../dist/index.js';
import { fileURLToPath } from 'node:url';
import { countTokens, scanTokens, segment, segmentTable, tokenize } from '../dist/index.js';
import { buildProse, machineLine, recordResult, targetMegabytes, utf8Bytes } from './harness.mjs';

/** One tier over the whole text, in this (fresh) process: prints its peak RSS in bytes. */
const PEAK_CASES = {
  'text only': () => 0,
  'tokenize (objects)': (t) => tokenize(t).length,
  'tokenIterator (streaming)': (t) => {
    let n = 0;
    for (const _ of tokenIterator(t)) n++;
    return n;
  },
  'scanTokens (typed arrays)': (t) => scanTokens(t).count,
  'segment (objects)': (t) => segment(t).length,
  'wordIterator (streaming)': (t) => {
    let n = 0;
    for (const _ of wordIterator(t)) n++;
    return n;
  },
  'segmentTable (typed arrays)': (t) => segmentTable(t).count,
  'countWords': (t) => countWords(t),
  'tokenize(prepare(x)) (objects)': (t) => tokenize(prepare(t)).length,
};
const peakArg = process.argv.indexOf('--peak-case');
if (peakArg > 0) {
  const text = buildProse(Number(process.argv[process.argv.indexOf('--peak-mb') + 1]) * 1e6);
  const n = PEAK_CASES[process.argv[peakArg + 1]](text);
  console.log(JSON.stringify({ n, rss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}

if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const prose = buildProse(targetMegabytes(4) * 1e6);
const paragraphs = prose.split('\n\n').filter(Boolean);
const used = () => {
  globalThis.gc();
  globalThis.gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const CASES = [
  ['tokenize (Token objects)', () => paragraphs.map((p) => tokenize(p)), (r) => r.reduce((n, a) => n + a.length, 0)],
  ['segment (Word objects)', () => paragraphs.map((p) => segment(p)), (r) => r.reduce((n, a) => n + a.length, 0)],
  ['scanTokens (typed arrays)', () => paragraphs.map((p) => scanTokens(p)), (r) => r.reduce((n, t) => n + t.count, 0)],
  ['segmentTable (typed arrays)', () => paragraphs.map((p) => segmentTable(p)), (r) => r.reduce((n, t) => n + t.count, 0)],
];

console.log(`\n### Memory held by results\n\n${machineLine()}; ${(utf8Bytes(prose) / 1e6).toFixed(1)} MB of seeded prose in ${paragraphs.length.toLocaleString('en')} paragraphs (${countTokens(prose).toLocaleString('en')} tokens); heap and array buffers after full GCs.\n`);
console.log('| result | items | MB held | bytes per item (incl. its text) |');
console.log('|---|---:|---:|---:|');
/** Heap growth while one case's results are held; the results die when this returns. */
function measure(build, count) {
  build(); // warm up: decode data, compile
  const before = used();
  let held = build();
  const after = used();
  const n = count(held);
  held = null;
  return { n, bytes: after - before };
}

for (const [name, build, count] of CASES) {
  const { n, bytes } = measure(build, count);
  recordResult({ bench: 'memory', name, items: n, bytes, perItem: bytes / n });
  console.log(`| ${name} | ${n.toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} | ${(bytes / n).toFixed(0)} |`);
}

const peakIdx = process.argv.indexOf('--peak-mb');
const peakMb = peakIdx > 0 ? Number(process.argv[peakIdx + 1]) : 50;
console.log(`\n### Peak memory of one call over ${peakMb} MB of seeded prose\n\nEach tier in a fresh process; peak resident set, and above a process that only builds the text.\n`);
console.log('| call | items | peak RSS MB | above the text MB |');
console.log('|---|---:|---:|---:|');
let base = 0;
for (const name of Object.keys(PEAK_CASES)) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--peak-case', name, '--peak-mb', String(peakMb)], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`| ${name} | failed (${r.status}) | | |`);
    continue;
  }
  const { n, rss } = JSON.parse(r.stdout.trim().split('\n').pop());
  if (name === 'text only') base = rss;
  recordResult({ bench: 'memory-peak', name, items: n, mb: peakMb, rss });
  console.log(`| ${name} | ${name === 'text only' ? '–' : n.toLocaleString('en')} | ${(rss / 1e6).toFixed(0)} | ${name === 'text only' ? '–' : ((rss - base) / 1e6).toFixed(0)} |`);
}
