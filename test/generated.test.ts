// Generated modules never drift from their sources: each generator or trainer, run with
// `--check`, must reproduce the committed file byte for byte. Those that read ../shared/data
// are skipped, with a printed reason, where it is absent.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedFile } from '../scripts/shared-data.js';

const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');

function check(script: string): string {
  return execFileSync(tsx, [`scripts/${script}`, '--check'], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });
}

describe('generated modules', () => {
  it('the tokenizer character classes match this Node’s Unicode data', () => {
    expect(check('generate-tokenize-char-classes.ts')).toMatch(/up to date/);
  });

  it("the segmenter's gapScore is derived from gapFeatures as committed", () => {
    expect(check('generate-gap-score.ts')).toMatch(/up to date/);
  });

  it('the gazetteer of countries and capitals matches data/countries-vi.tsv', () => {
    expect(check('generate-gazetteer.ts')).toMatch(/up to date/);
  });

  for (const [script, needs] of [
    ['generate-lexicon.ts', 'lexicon/vnvocab.txt'],
    ['train-segmenter.ts', 'vtb/train.seg.txt'],
    ['generate-encoding-tables.ts', 'legacy/letters134.tsv'],
    ['train-syllable-ngrams.ts', 'vtb/train.seg.txt'],
    ['generate-admin-gazetteer.ts', 'admin/units-current.json'],
  ] as const) {
    it.skipIf(sharedFile(needs) === null)(`${script} reproduces its committed artifact`, () => {
      expect(check(script)).toMatch(/up to date/);
    });
  }
});
