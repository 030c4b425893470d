// Scores `repair` on the legacy-encoding dev set (../shared/data/legacy/dev.jsonl) and prints
// exact match per encoding and mode as a markdown table.
//
//   npx tsx scripts/eval-repair.ts                 (the table)
//   npx tsx scripts/eval-repair.ts --failures 20   (also up to 20 failures per row, to stderr)
//
// Modes: `whole` (every word damaged), `mixed` (one to three damaged words in clean text),
// `all-caps` (whole-text damage of an upper-case heading). Records marked `case_lossy` (TCVN3
// cannot store the case of most toned capitals) are compared case-insensitively. Controls must
// come back unchanged.
import { readFileSync } from 'node:fs';
import { repair } from '../src/encoding/index.js';
import { sharedPath } from './shared-data.js';

interface DevRecord {
  id: string;
  encoding: string;
  mode: 'whole' | 'mixed' | 'control';
  variant?: string;
  input: string;
  expected: string;
  case_lossy?: boolean;
  category?: string;
}

const ENCODING_ORDER = ['vni', 'tcvn3', 'viqr', 'viscii-as-latin1', 'vps-as-latin1', 'cp1258-as-cp1252', 'utf8-as-cp1252', 'nfd'];
const MODES = ['whole', 'mixed', 'all-caps'] as const;

function main(): void {
  const maxFailures = Number(process.argv[process.argv.indexOf('--failures') + 1] ?? 0) || 0;
  const records = readFileSync(sharedPath('legacy/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevRecord);

  const cells = new Map<string, { ok: number; n: number }>();
  const failures = new Map<string, string[]>();
  const bump = (key: string, ok: boolean, detail: string): void => {
    const cell = cells.get(key) ?? { ok: 0, n: 0 };
    cell.n++;
    if (ok) cell.ok++;
    cells.set(key, cell);
    if (!ok) {
      const list = failures.get(key) ?? [];
      list.push(detail);
      failures.set(key, list);
    }
  };

  const started = performance.now();
  let bytes = 0;
  for (const r of records) {
    const got = repair(r.input).text;
    bytes += Buffer.byteLength(r.input);
    const ok = r.case_lossy ? got.toLowerCase() === r.expected.toLowerCase() : got === r.expected;
    const mode = r.mode === 'control' ? 'control' : r.variant === 'all-caps' ? 'all-caps' : r.mode;
    const detail = `  in:  ${JSON.stringify(r.input)}\n  got: ${JSON.stringify(got)}\n  exp: ${JSON.stringify(r.expected)}`;
    bump(r.mode === 'control' ? `control/${r.category}` : `${r.encoding}/${mode}`, ok, detail);
  }
  const seconds = (performance.now() - started) / 1000;

  const pct = (c: { ok: number; n: number } | undefined): string =>
    c === undefined ? '–' : `${((100 * c.ok) / c.n).toFixed(1)} (${c.ok}/${c.n})`;
  const total = (keys: string[]): { ok: number; n: number } => {
    const t = { ok: 0, n: 0 };
    for (const k of keys) {
      const c = cells.get(k);
      if (c) {
        t.ok += c.ok;
        t.n += c.n;
      }
    }
    return t;
  };

  const lines: string[] = [];
  lines.push('| encoding | whole | mixed (1–3 words) | all-caps |');
  lines.push('|---|---|---|---|');
  for (const enc of ENCODING_ORDER) {
    lines.push(`| ${enc} | ${MODES.map((m) => pct(cells.get(`${enc}/${m}`))).join(' | ')} |`);
  }
  lines.push(
    `| **all** | ${MODES.map((m) => `**${pct(total(ENCODING_ORDER.map((e) => `${e}/${m}`)))}**`).join(' | ')} |`,
  );
  lines.push('');
  lines.push('| controls | unchanged |');
  lines.push('|---|---|');
  const controlKeys = [...cells.keys()].filter((k) => k.startsWith('control/')).sort();
  for (const k of controlKeys) lines.push(`| ${k.slice('control/'.length)} | ${pct(cells.get(k))} |`);
  lines.push(`| **all** | **${pct(total(controlKeys))}** |`);
  lines.push('');
  lines.push(`${records.length} records, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (one record per call, model loading included).`);
  console.log(lines.join('\n'));

  if (maxFailures > 0) {
    for (const [key, list] of failures) {
      console.error(`\n## ${key}: ${list.length} failures`);
      for (const f of list.slice(0, maxFailures)) console.error(f);
    }
  }
}

main();
