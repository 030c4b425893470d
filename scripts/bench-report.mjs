// The README's speed table on real text, from the benchmarks' own results: runs
// bench/real-text, bench/pipeline and bench/first-call (or reads JSON lines written by
// `VNTEXT_BENCH_JSON=file npm run bench`) and prints markdown with the machine and date.
//   npm run build && node scripts/bench-report.mjs [--rounds 9]
//   node scripts/bench-report.mjs --from results.jsonl
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

let lines;
const from = arg('--from');
if (from !== undefined) lines = readFileSync(from, 'utf8');
else {
  const dir = mkdtempSync(join(tmpdir(), 'vntext-bench-'));
  const file = join(dir, 'results.jsonl');
  const rounds = arg('--rounds') ?? '9';
  for (const bench of ['real-text.bench.mjs', 'pipeline.bench.mjs', 'first-call.bench.mjs']) {
    const r = spawnSync(process.execPath, [resolve(root, 'bench', bench), '--rounds', rounds], {
      env: { ...process.env, VNTEXT_BENCH_JSON: file },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`bench/${bench} exited with ${r.status}`);
  }
  try {
    lines = readFileSync(file, 'utf8');
  } catch {
    lines = '';
  }
  rmSync(dir, { recursive: true, force: true });
}

const results = lines.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const perArticle = results.filter((r) => r.article !== undefined && r.baseline !== undefined);
if (perArticle.length === 0) {
  console.log('No real-text results (is ../shared/data present?).');
} else {
  const first = perArticle[0];
  console.log(`Real news (${first.label.replace(/;.*$/, '')}: ${first.documents} documents, ${(first.bytes / 1e6).toFixed(2)} MB), ${first.machine}; one process, rotating order; × is the median of per-round ratios to the baseline measured in the same run and mode. \`node scripts/bench-report.mjs\`.\n`);
  console.log('| function | text | per article MB/s | × baseline | one string MB/s | × baseline |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of perArticle) {
    const text = r.label.includes(';') ? r.label.replace(/^.*; /, '') : 'clean';
    const base = r.baseline.startsWith('String') ? 'NFC' : 'natural';
    console.log(`| ${r.name} | ${text} | ${r.article.mbs.toFixed(1)} | ${r.article.ratio.toFixed(2)} × ${base} | ${r.string.mbs.toFixed(1)} | ${r.string.ratio.toFixed(2)} × ${base} |`);
  }
  const bases = results.filter((r) => r.article !== undefined && r.baseline === undefined);
  const mb = (name) => {
    const xs = bases.filter((b) => b.name.startsWith(name)).map((b) => b.article.mbs).sort((a, b) => a - b);
    if (xs.length === 0) return '–';
    const [lo, hi] = [xs[0].toFixed(0), xs[xs.length - 1].toFixed(0)];
    return lo === hi ? `${lo} MB/s` : `${lo}–${hi} MB/s`;
  };
  console.log(`\nBaselines in the same runs, per article: String#normalize('NFC') ${mb('String')}, natural's AggressiveTokenizerVi ${mb('natural')}.`);
}
const firstCall = results.filter((r) => r.bench === 'first-call');
if (firstCall.length > 0) {
  console.log(`\nFirst call in a fresh process (data decoded on first use), ${firstCall[0].machine}; median of fresh processes:\n`);
  console.log('| call | input | import ms | first call ms | next call ms | first-use cost ms |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of firstCall) {
    const input = r.input.length > 28 ? `${r.input.slice(0, 26)}…` : r.input;
    console.log(`| \`${r.name.replace(/ \(/, '` (')} | ${input} | ${r.importMs.toFixed(1)} | ${r.firstMs.toFixed(1)} | ${r.nextMs.toFixed(2)} | ${r.firstUseMs.toFixed(1)} |`);
  }
}
