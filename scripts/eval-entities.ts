// Scores extractEntities on ../shared/data/entities/dev.jsonl the way ENTITIES.md defines:
// strict (type and span equal), lenient (type equal, spans overlap, each gold matched once),
// value accuracy of date, time, money and percent over lenient matches. Per type and micro.
//   npx tsx scripts/eval-entities.ts [--file path.jsonl] [--markdown] [--errors]
import { existsSync, readFileSync } from 'node:fs';
import { extractEntities } from '../src/entities/index.js';
import { sharedPath } from './shared-data.js';

interface Gold {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: unknown;
}
interface Record_ {
  id: string;
  text: string;
  ref?: string;
  entities: Gold[];
}

const SCORED = ['cooperative', 'organization', 'location', 'person', 'date', 'time', 'money', 'percent', 'url', 'email', 'phone'];
const VALUED = new Set(['date', 'time', 'money', 'percent']);

const args = process.argv.slice(2);
const fileArg = args.indexOf('--file');
const file = fileArg >= 0 ? args[fileArg + 1]! : sharedPath('entities/dev.jsonl');
if (!existsSync(file)) {
  console.error(`eval-entities: ${file} not found (it lives in ../shared/data, beside the repository)`);
  process.exit(1);
}
const records: Record_[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Record_);

type Counts = { tp: number; fp: number; fn: number; ltp: number; lfp: number; lfn: number; vOk: number; vN: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, ltp: 0, lfp: 0, lfn: 0, vOk: 0, vN: 0 });
const by = new Map<string, Counts>(SCORED.map((t) => [t, zero()]));
const errors: string[] = [];

/** Deep equality for JSON values, numbers compared with a small tolerance. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined).sort();
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

for (const r of records) {
  const found = extractEntities(r.text, r.ref ? { referenceDate: r.ref } : {}).filter((e) => SCORED.includes(e.type));
  const gold = r.entities.filter((e) => SCORED.includes(e.type));
  for (const type of SCORED) {
    const c = by.get(type)!;
    const p = found.filter((e) => e.type === type);
    const g = gold.filter((e) => e.type === type);
    const strictUsed = new Set<number>();
    for (const e of p) {
      const i = g.findIndex((x, k) => !strictUsed.has(k) && x.start === e.start && x.end === e.end);
      if (i >= 0) {
        strictUsed.add(i);
        c.tp++;
      } else c.fp++;
    }
    c.fn += g.length - strictUsed.size;
    const lenUsed = new Set<number>();
    for (const e of p) {
      // Prefer the exact match, then the first overlapping one.
      let i = g.findIndex((x, k) => !lenUsed.has(k) && x.start === e.start && x.end === e.end);
      if (i < 0) i = g.findIndex((x, k) => !lenUsed.has(k) && x.start < e.end && e.start < x.end);
      if (i >= 0) {
        lenUsed.add(i);
        c.ltp++;
        if (VALUED.has(type)) {
          c.vN++;
          if (same(e.value, g[i]!.value)) c.vOk++;
          else errors.push(`${r.id} value ${type} "${e.text}": got ${JSON.stringify(e.value)}, gold ${JSON.stringify(g[i]!.value)}`);
        }
        if (e.start !== g[i]!.start || e.end !== g[i]!.end) errors.push(`${r.id} span ${type}: got "${e.text}", gold "${g[i]!.text}"`);
      } else {
        c.lfp++;
        errors.push(`${r.id} extra ${type}: "${e.text}"`);
      }
    }
    g.forEach((x, k) => {
      if (!lenUsed.has(k)) {
        c.lfn++;
        errors.push(`${r.id} missed ${type}: "${x.text}"`);
      }
    });
  }
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (200 * tp) / (2 * tp + fp + fn));
const pct = (x: number) => x.toFixed(1);
const rows: string[][] = [];
const total = zero();
for (const [type, c] of by) {
  for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  const gold = c.tp + c.fn;
  if (gold === 0 && c.fp === 0) continue;
  rows.push([type, String(gold), pct(f1(c.ltp, c.lfp, c.lfn)), pct(f1(c.tp, c.fp, c.fn)), c.vN ? pct((100 * c.vOk) / c.vN) : '']);
}
rows.push(['**micro**', String(total.tp + total.fn), pct(f1(total.ltp, total.lfp, total.lfn)), pct(f1(total.tp, total.fp, total.fn)), pct((100 * total.vOk) / Math.max(1, total.vN))]);
const dt = ['date', 'time'].map((t) => by.get(t)!);
const dtF1 = f1(dt[0]!.ltp + dt[1]!.ltp, dt[0]!.lfp + dt[1]!.lfp, dt[0]!.lfn + dt[1]!.lfn);
const dtVal = (100 * (dt[0]!.vOk + dt[1]!.vOk)) / Math.max(1, dt[0]!.vN + dt[1]!.vN);

const header = ['type', 'gold', 'lenient F1', 'strict F1', 'value acc.'];
if (args.includes('--markdown')) {
  console.log(`| ${header.join(' | ')} |\n|---|---:|---:|---:|---:|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} else {
  console.log(header.map((h) => h.padEnd(13)).join(''));
  for (const r of rows) console.log(r.map((h) => h.padEnd(13)).join(''));
}
console.log(`\n${records.length} records; dates and times: lenient F1 ${pct(dtF1)}, value accuracy ${pct(dtVal)}`);
if (args.includes('--errors')) for (const e of errors) console.log(e);
