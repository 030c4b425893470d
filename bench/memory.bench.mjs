// What results cost in memory: bytes per Token, per Word and per scanTokens entry, measured as
// the growth of the V8 heap (and array buffers) while the results of ~4 MB of seeded prose are
// held, after a full garbage collection on each side. Re-runs itself with --expose-gc.
//   npm run build && node bench/memory.bench.mjs [--mb 4]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { countTokens, scanTokens, segment, tokenize } from '../dist/index.js';
import { buildProse, machineLine, recordResult, targetMegabytes, utf8Bytes } from './harness.mjs';

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
