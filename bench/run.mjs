// Runs every benchmark, one fresh process each, in a fixed order (`npm run bench`). A bench
// file that is not in this checkout (yet) is skipped with a note; arguments pass through
// (`npm run bench -- --rounds 5`). Set VNTEXT_BENCH_JSON=file to collect results as JSON
// lines (scripts/bench-report.mjs does).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const BENCHES = [
  'normalize.bench.mjs',
  'repair.bench.mjs',
  'tokenize.bench.mjs',
  'segment.bench.mjs',
  'real-text.bench.mjs',
  'pipeline.bench.mjs',
  'entities.bench.mjs',
  'summarize.bench.mjs',
  'cli.bench.mjs',
  'memory.bench.mjs',
  'first-call.bench.mjs',
  'string-subclass.bench.mjs',
];

const only = process.argv.slice(2).filter((a) => a.endsWith('.bench.mjs'));
const passThrough = process.argv.slice(2).filter((a) => !a.endsWith('.bench.mjs'));
let failed = 0;
for (const name of only.length > 0 ? only : BENCHES) {
  const file = resolve(here, name);
  if (!existsSync(file)) {
    console.log(`\n(bench/${name}: not in this checkout, skipped)`);
    continue;
  }
  console.log(`\n## bench/${name}`);
  const r = spawnSync(process.execPath, [file, ...passThrough], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`bench/${name} exited with ${r.status}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
