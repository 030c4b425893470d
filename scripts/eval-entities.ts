// Scores extractEntities on ../shared/data/entities/dev.jsonl the way ENTITIES.md defines:
// strict (type and span equal), lenient (type equal, spans overlap, each gold matched once),
// value accuracy of date, time, money and percent over lenient matches. Per type and micro.
//   npx tsx scripts/eval-entities.ts [--file path.jsonl] [--markdown] [--errors]
//                                    [--chrono] [--damage vni|tcvn3|utf-8|nfd|viqr|windows-1258]
// --chrono also scores chrono-node's Vietnamese locale (chrono.vi) on dates and times, the same
// records and the same matching: a chrono result with a certain day, month or year is a date,
// one with a certain hour a time (a result with both counts as both, over the same span).
// --damage writes every other word of each record in that legacy encoding (as pages damaged
// by a wrong code page show it), moving the gold offsets with the words, to measure how the
// extractor holds up when it has to repair first. (The held-out set has damaged words inside
// or near about 15% of its entities; this damages far more.)
import { existsSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { mojibake, type Encoding } from '../src/encoding/index.js';
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
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = argValue('--file') ?? sharedPath('entities/dev.jsonl');
if (!existsSync(file)) {
  console.error(`eval-entities: ${file} not found (it lives in ../shared/data, beside the repository)`);
  process.exit(1);
}
const damage = argValue('--damage') as Encoding | undefined;
let records: Record_[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Record_);
if (damage !== undefined) records = records.map((r) => damaged(r, damage));

/**
 * The record with every other word in `enc`, its gold offsets moved along. A word with an
 * entity boundary inside it (`đồng/người`) is damaged piece by piece (`đồng` and `/người`), so
 * every boundary maps exactly while the damaged form still touches its neighbour.
 */
function damaged(r: Record_, enc: Encoding): Record_ {
  const bounds = new Set(r.entities.flatMap((g) => [g.start, g.end]));
  const map = new Int32Array(r.text.length + 1);
  let out = '';
  let k = 0;
  for (const m of r.text.matchAll(/\S+|\s+/gu)) {
    const w = m[0];
    const from = m.index;
    const damage = /\S/u.test(w) && k++ % 2 === 0;
    let p = 0;
    for (let i = 1; i <= w.length; i++) {
      if (i < w.length && !bounds.has(from + i)) continue;
      const piece = w.slice(p, i);
      const repl = damage ? mojibake(piece, enc) : piece;
      for (let j = 0; j < piece.length; j++) map[from + p + j] = out.length + (repl === piece ? j : 0);
      out += repl;
      p = i;
    }
    map[from + w.length] = out.length;
  }
  const entities = r.entities.map((g) => ({ ...g, start: map[g.start]!, end: map[g.end]!, text: out.slice(map[g.start]!, map[g.end]!) }));
  return { ...r, text: out, entities };
}

type Counts = { tp: number; fp: number; fn: number; ltp: number; lfp: number; lfn: number; vOk: number; vN: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, ltp: 0, lfp: 0, lfn: 0, vOk: 0, vN: 0 });

/** Deep equality for JSON values, numbers compared with a small tolerance. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined).sort();
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

interface Found {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: unknown;
}

/** Scores `extract` over the records for `types`: counts per type and the error lines. */
function score(types: readonly string[], extract: (r: Record_) => Found[]): { by: Map<string, Counts>; errors: string[] } {
  const by = new Map<string, Counts>(types.map((t) => [t, zero()]));
  const errors: string[] = [];
  for (const r of records) {
    const found = extract(r).filter((e) => types.includes(e.type));
    const gold = r.entities.filter((e) => types.includes(e.type));
    for (const type of types) {
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
  return { by, errors };
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (200 * tp) / (2 * tp + fp + fn));
const pct = (x: number) => x.toFixed(1);
const markdown = args.includes('--markdown');

/** Prints the per-type table and the micro row; returns the micro counts. */
function table(by: Map<string, Counts>): Counts {
  const rows: string[][] = [];
  const total = zero();
  for (const [type, c] of by) {
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
    const gold = c.tp + c.fn;
    if (gold === 0 && c.fp === 0) continue;
    rows.push([type, String(gold), pct(f1(c.ltp, c.lfp, c.lfn)), pct(f1(c.tp, c.fp, c.fn)), c.vN ? pct((100 * c.vOk) / c.vN) : '']);
  }
  rows.push(['**micro**', String(total.tp + total.fn), pct(f1(total.ltp, total.lfp, total.lfn)), pct(f1(total.tp, total.fp, total.fn)), total.vN ? pct((100 * total.vOk) / total.vN) : '']);
  const header = ['type', 'gold', 'lenient F1', 'strict F1', 'value acc.'];
  if (markdown) {
    console.log(`| ${header.join(' | ')} |\n|---|---:|---:|---:|---:|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } else {
    console.log(header.map((h) => h.padEnd(13)).join(''));
    for (const r of rows) console.log(r.map((h) => h.padEnd(13)).join(''));
  }
  return total;
}

function dateTimeLine(by: Map<string, Counts>): string {
  const dt = ['date', 'time'].map((t) => by.get(t)!);
  const dtF1 = f1(dt[0]!.ltp + dt[1]!.ltp, dt[0]!.lfp + dt[1]!.lfp, dt[0]!.lfn + dt[1]!.lfn);
  const dtStrict = f1(dt[0]!.tp + dt[1]!.tp, dt[0]!.fp + dt[1]!.fp, dt[0]!.fn + dt[1]!.fn);
  const dtVal = (100 * (dt[0]!.vOk + dt[1]!.vOk)) / Math.max(1, dt[0]!.vN + dt[1]!.vN);
  return `dates and times: lenient F1 ${pct(dtF1)}, strict F1 ${pct(dtStrict)}, value accuracy ${pct(dtVal)}`;
}

const ours = score(SCORED, (r) => extractEntities(r.text, r.ref ? { referenceDate: r.ref } : {}));
console.log(`${markdown ? '#### ' : ''}vntext extractEntities${damage ? ` (every other word damaged as ${damage})` : ''}\n`);
table(ours.by);
console.log(`\n${records.length} records; ${dateTimeLine(ours.by)}`);

if (args.includes('--chrono')) {
  const pad = (n: number) => String(n).padStart(2, '0');
  const isoOf = (c: chrono.ParsedComponents, end: boolean): string => {
    const y = c.get('year')!;
    if (c.isCertain('day')) return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    if (c.isCertain('month')) {
      const m = c.get('month')!;
      return `${y}-${pad(m)}-${pad(end ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1)}`;
    }
    return end ? `${y}-12-31` : `${y}-01-01`;
  };
  const chronoFound = (r: Record_): Found[] => {
    const out: Found[] = [];
    for (const p of chrono.vi.parse(r.text, r.ref ? new Date(`${r.ref}T12:00:00`) : undefined)) {
      const span = { start: p.index, end: p.index + p.text.length, text: p.text };
      const s = p.start;
      if (s.isCertain('day') || s.isCertain('month') || s.isCertain('year')) {
        out.push({ type: 'date', ...span, value: { start: isoOf(s, false), end: isoOf(p.end ?? s, true) } });
      }
      if (s.isCertain('hour')) {
        const sec = s.isCertain('second') ? `:${pad(s.get('second')!)}` : '';
        out.push({ type: 'time', ...span, value: `${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}${sec}` });
      }
    }
    return out;
  };
  const theirs = score(['date', 'time'], chronoFound);
  console.log(`\n${markdown ? '#### ' : ''}chrono-node ${chronoVersion()} (chrono.vi), the same records\n`);
  table(theirs.by);
  console.log(`\n${dateTimeLine(theirs.by)}`);
  if (args.includes('--errors')) for (const e of theirs.errors) console.log(`chrono: ${e}`);
}
if (args.includes('--errors')) for (const e of ours.errors) console.log(e);

function chronoVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../node_modules/chrono-node/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}
