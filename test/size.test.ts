// What a user pays for each import: gzip budgets per subpath (README, "Compatibility"), light
// entries free of data modules, and data decoded on first use rather than at import.
// `node scripts/size-report.mjs` prints the table. Runs against dist/ (`npm test` builds).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';
import { BUDGETS, LIGHT, subpathSizes } from '../scripts/size-report.mjs';

const sizes = subpathSizes();

describe('size budgets', () => {
  it('has a budget for every subpath export', () => {
    expect(sizes.map((s) => s.name).sort()).toEqual(Object.keys(BUDGETS).sort());
  });

  it.each(sizes)('$name stays within its gzip budget', (s) => {
    expect(s.files).toBeGreaterThan(0);
    expect(s.gzip, `${s.name}: ${s.gzip} bytes gzip, budget ${s.budget}`).toBeLessThanOrEqual(s.budget!);
  });

  it.each(Object.entries(LIGHT))('%s carries no lexicon, model or gazetteer (no string literal over %i characters)', (name, limit) => {
    const s = sizes.find((x) => x.name === name)!;
    expect(s.longestString).toBeLessThanOrEqual(limit);
  });

  it('measures a data module where there is one (the check above can fail)', () => {
    expect(sizes.find((x) => x.name === 'vntext/segment')!.longestString).toBeGreaterThan(100_000);
  });
});

function work(entry: string, fn?: string, input?: string): { import: { count: number; where: string }; firstCall?: { count: number; where: string } } {
  const args = [resolve(repoRoot, 'test/helpers/import-work.mjs'), entry, ...(fn === undefined ? [] : [fn, input ?? ''])];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' }));
}

// No block of library code runs more than this many times while an entry is imported: enough
// for small constant tables, far below decoding a lexicon (≈256,000), a model or a code page.
const IMPORT_WORK = 2_000;

describe('data is decoded on first use, not at import', () => {
  it.each(['index', 'syllable', 'normalize', 'encoding', 'tokenize', 'segment', 'entities', 'summarize'])('importing dist/%s.js decodes nothing', (name) => {
    const w = work(`dist/${name}.js`);
    expect(w.import.count, `busiest block at import: ${w.import.where}`).toBeLessThanOrEqual(IMPORT_WORK);
  });

  it.each([
    ['segment', 'segment', 'Hợp tác xã nông nghiệp'],
    ['encoding', 'repair', 'Hội nghị diễn ra treân địa bàn tỉnh, Cäng ty'],
    ['tokenize', 'tokenize', 'HTX có 2.270 thành viên'],
  ])('the first call into dist/%s.js (%s) does the decoding the import skipped', (name, fn, input) => {
    const w = work(`dist/${name}.js`, fn, input);
    expect(w.import.count).toBeLessThanOrEqual(IMPORT_WORK);
    expect(w.firstCall!.count).toBeGreaterThan(IMPORT_WORK);
  });
});
