// The legacy-encoding dev set (../shared/data/legacy/dev.jsonl): its records and how a repair
// of one is judged, shared by scripts/eval-repair.ts and the dev-set regression test.
import { readFileSync } from 'node:fs';

/** One record: damaged input as a reader sees it and the Unicode it should become. */
export interface DevRecord {
  id: string;
  encoding: string;
  mode: 'whole' | 'mixed' | 'control';
  variant?: string;
  input: string;
  expected: string;
  /** TCVN3 cannot keep the case of some letters: compare case-insensitively. */
  case_lossy?: boolean;
  category?: string;
}

/** Reads a JSON-lines file of records. */
export function readDevRecords(file: string): DevRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevRecord);
}

/** Whether `got` is the right repair of the record. */
export function isRepaired(record: DevRecord, got: string): boolean {
  return record.case_lossy ? got.toLowerCase() === record.expected.toLowerCase() : got === record.expected;
}

/** The row a record is scored in: `whole`, `mixed`, `all-caps` or `control`. */
export function modeOf(record: DevRecord): 'whole' | 'mixed' | 'all-caps' | 'control' {
  return record.mode === 'control' ? 'control' : record.variant === 'all-caps' ? 'all-caps' : record.mode;
}
