// What the first call costs: a fresh process per sample imports one built entry, then calls
// one function twice on the same short input. The first call pays for decoding the entry's
// data (lexicon, model, code pages); the second shows the steady cost, subtracted out.
//   npm run build && node bench/first-call.bench.mjs [--samples 7]
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, recordResult } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--samples');
const SAMPLES = i > 0 ? Number(process.argv[i + 1]) : 7;

const CASES = [
  ['vntext/normalize', 'normalize', 'normalize', 'Ngừơi dân Thanh Hoá'],
  ['vntext/tokenize', 'tokenize', 'tokenize', 'HTX có 2.270 thành viên ngày 23/10/2023'],
  ['vntext/encoding', 'encoding', 'repair', 'Hội nghị diễn ra treân địa bàn tỉnh'],
  ['vntext/encoding', 'encoding', 'repair', 'Hội nghị diễn ra trªn ®Þa bµn tØnh'],
  ['vntext/segment', 'segment', 'segment', 'Hợp tác xã nông nghiệp Tân Lập'],
  ['vntext/entities', 'entities', 'extractEntities', 'Sáng 23/10/2023, HTX Tân Lập có 2.270 thành viên.'],
  ['vntext/summarize', 'summarize', 'summarize', 'Một câu. Hai câu. Ba câu.'],
  ['vntext', 'index', 'prepare', 'Hội nghị diễn ra treân địa bàn tỉnh Thanh Hoá'],
];

const CHILD = `
  const [file, fn, input] = process.argv.slice(1);
  const t0 = performance.now();
  const m = await import(file);
  const t1 = performance.now();
  m[fn](input);
  const t2 = performance.now();
  m[fn](input);
  const t3 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`\n### First call (decoding data on first use)\n\n${machineLine()}; median of ${SAMPLES} fresh processes.\n`);
console.log('| import | call | input | import ms | first call ms | next call ms | first-use cost ms |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const [spec, file, fn, input] of CASES) {
  const runs = [];
  for (let s = 0; s < SAMPLES; s++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, resolve(root, `dist/${file}.js`), fn, input], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  const imp = median(runs.map((r) => r.importMs));
  const first = median(runs.map((r) => r.firstMs));
  const next = median(runs.map((r) => r.secondMs));
  const cost = median(runs.map((r) => r.firstMs - r.secondMs));
  recordResult({ bench: 'first-call', name: `${fn} (${spec})`, input, importMs: imp, firstMs: first, nextMs: next, firstUseMs: cost });
  console.log(`| \`${spec}\` | \`${fn}\` | ${input.length > 24 ? input.slice(0, 22) + '…' : input} | ${imp.toFixed(1)} | ${first.toFixed(1)} | ${next.toFixed(2)} | ${cost.toFixed(1)} |`);
}
