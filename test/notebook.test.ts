// Runs the code cells of examples/corpus.ipynb in order under Deno (the `deno` devDependency),
// against the built package, so the notebook never rots. A Jupyter kernel shares one scope
// across cells; so does one module with the cells in order. Skipped with a printed reason when
// Deno cannot run here.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';

const examples = resolve(repoRoot, 'examples');
const deno = resolve(repoRoot, 'node_modules/.bin/deno');
const works = existsSync(deno) && spawnSync(deno, ['--version'], { stdio: 'ignore' }).status === 0;
if (!works) console.warn('[skipped] deno is not runnable (npm ci installs the `deno` devDependency)');

interface Notebook {
  cells: { cell_type: string; source: string[] }[];
  metadata: { kernelspec: { name: string } };
}

describe('examples/corpus.ipynb', () => {
  const nb = JSON.parse(readFileSync(resolve(examples, 'corpus.ipynb'), 'utf8')) as Notebook;

  it('is a notebook for the Deno kernel', () => {
    expect(nb.metadata.kernelspec.name).toBe('deno');
    expect(nb.cells.filter((c) => c.cell_type === 'code').length).toBeGreaterThan(5);
  });

  it.skipIf(!works || !existsSync(resolve(repoRoot, 'dist/index.js')))('runs its cells in order and plots the corpus', () => {
    const cells = nb.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
    const check = `
console.log('CHECK ' + JSON.stringify({
  docs: docs.length,
  sentences: sentenceLengths.length,
  words: wordLengths.length,
  repairs,
  keywords: topKeywords.map(([k]) => k),
  bars: [sentencePlot, wordPlot, keywordPlot].map((p) => (p[Symbol.for('Jupyter.display')]()['image/svg+xml'].match(/<rect /g) ?? []).length),
}));`;
    const script = resolve(examples, `.notebook-run-${process.pid}.ts`);
    writeFileSync(script, cells.join('\n;\n') + '\n;\n' + check);
    try {
      const r = spawnSync(deno, ['run', '--quiet', '--no-prompt', '--allow-read=.,../dist', script], { cwd: examples, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const progress = r.stdout.split('\n').filter((l) => l.includes('█'));
      expect(progress).toHaveLength(3);
      expect(progress.at(-1)).toMatch(/^█{20} 3\/3 /);
      const result = JSON.parse(r.stdout.split('\n').find((l) => l.startsWith('CHECK '))!.slice(6)) as {
        docs: number;
        sentences: number;
        words: number;
        repairs: string[];
        keywords: string[];
        bars: number[];
      };
      expect(result.docs).toBe(3);
      expect(result.sentences).toBe(17); // one sentence a line in corpus/*.txt
      expect(result.words).toBeGreaterThan(150);
      expect(result.repairs).toEqual(['giao-duc.txt: treân → trên']);
      expect(result.keywords).toContain('hợp tác xã');
      for (const bars of result.bars) expect(bars).toBeGreaterThan(1);
    } finally {
      rmSync(script, { force: true });
    }
  });
});
