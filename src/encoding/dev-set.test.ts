import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.js';
import { repair } from './index.js';

// The legacy dev set (../shared/data/legacy/dev.jsonl) as a regression floor. The figures for
// the README come from `npx tsx scripts/eval-repair.ts`; these bounds sit a little below them.
const file = sharedFile('legacy/dev.jsonl');

interface DevRecord {
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
    for (const r of records) {
      const got = repair(r.input).text;
      const ok = r.case_lossy ? got.toLowerCase() === r.expected.toLowerCase() : got === r.expected;
      const mode = r.variant === 'all-caps' ? 'all-caps' : r.mode;
      const [n, k] = score.get(mode) ?? [0, 0];
      score.set(mode, [n + 1, k + (ok ? 1 : 0)]);
    }
    const rate = (mode: string): number => score.get(mode)![1] / score.get(mode)![0];
    expect(rate('control')).toBe(1);
    expect(rate('whole')).toBeGreaterThanOrEqual(0.98);
    expect(rate('mixed')).toBeGreaterThanOrEqual(0.96);
    expect(rate('all-caps')).toBeGreaterThanOrEqual(0.95);
  });
});
