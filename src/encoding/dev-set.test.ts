import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.js';
import { repair } from './index.js';

// The legacy dev set (../shared/data/legacy/dev.jsonl) as a regression floor. The figures for
// the README come from `npx tsx scripts/eval-repair.ts`; these bounds sit a little below them
// (per encoding: mixed at the 96%, whole at 98%).
const file = sharedFile('legacy/dev.jsonl');

interface DevRecord {
  encoding: string;
  mode: 'whole' | 'mixed' | 'control';
  variant?: string;
  input: string;
  expected: string;
  case_lossy?: boolean;
}

describe('the legacy dev set', () => {
  it.skipIf(file === null)('keeps whole, mixed, all-caps and control accuracy above their floors', () => {
    const records = readFileSync(file!, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as DevRecord);
    const score = new Map<string, [number, number]>();
    const bump = (key: string, ok: boolean): void => {
      const [n, k] = score.get(key) ?? [0, 0];
      score.set(key, [n + 1, k + (ok ? 1 : 0)]);
    };
    for (const r of records) {
      const got = repair(r.input).text;
      const ok = r.case_lossy ? got.toLowerCase() === r.expected.toLowerCase() : got === r.expected;
      const mode = r.variant === 'all-caps' ? 'all-caps' : r.mode;
      bump(mode, ok);
      bump(`${mode}/${r.encoding}`, ok);
    }
    const rate = (key: string): number => score.get(key)![1] / score.get(key)![0];
    expect(rate('control')).toBe(1);
    expect(rate('whole')).toBeGreaterThanOrEqual(0.99);
    expect(rate('mixed')).toBeGreaterThanOrEqual(0.98);
    expect(rate('all-caps')).toBeGreaterThanOrEqual(0.97);
    for (const key of score.keys()) {
      if (key.startsWith('mixed/')) expect(rate(key), key).toBeGreaterThanOrEqual(0.96);
      if (key.startsWith('whole/')) expect(rate(key), key).toBeGreaterThanOrEqual(0.98);
    }
  });
});
