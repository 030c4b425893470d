// The built package under Deno and Bun gives exactly what it gives under Node. Both runtimes
// come from the npm packages `deno` and `bun` (devDependencies); when a binary is missing or
// does not start on this platform, the test says so and skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';
import { probe } from './runtimes/probe.mjs';

const script = resolve(repoRoot, 'test/runtimes/run-probe.mjs');
const expected = JSON.parse(JSON.stringify(probe(await import('../dist/index.js' as string))));

const RUNTIMES = [
  { name: 'Deno', bin: 'node_modules/.bin/deno', args: ['run', '--no-config', '--no-prompt', script] },
  { name: 'Bun', bin: 'node_modules/.bin/bun', args: [script] },
];

for (const rt of RUNTIMES) {
  const bin = resolve(repoRoot, rt.bin);
  const works = existsSync(bin) && spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0;
  if (!works) console.log(`skipping the ${rt.name} checks: ${bin} is missing or does not run here (npm ci installs it)`);
  describe.skipIf(!works)(`under ${rt.name}`, () => {
    it('repairs, normalizes, tokenizes, segments and extracts entities as Node does', () => {
      const out = spawnSync(bin, rt.args, {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
        timeout: 60_000,
      });
      expect(out.stderr).toBe('');
      expect(out.status).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(expected);
    });
  });
}
