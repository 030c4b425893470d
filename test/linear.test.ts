// Linear time on adversarial input (issue 13): every function gets 64 KB and 1 MB (after 4 and
// 16 KB probes) of the worst patterns we know: runs of digits and dots, `HTX HTX …`, capitals,
// spaces, `\` escapes, one 1 MB word, a letter with an endless run of combining marks, …
// (test/helpers/growth.mjs). The check is a benchmark-style ratio with a generous bound, not
// a timer: CPU time per character at 1 MB may be at most BOUND times the CPU time per
// character at 64 KB (a quadratic function shows 16×), each the fastest of a few runs, measured
// in a child process by process.cpuUsage() so a loaded machine does not make it flaky. Runs
// against dist/ (`npm test` builds first). Cases whose fix lives on another branch are
// `it.fails`, listed in KNOWN_SLOW.
//   VNTEXT_LINEAR_VERBOSE=1 npx vitest run test/linear.test.ts     prints every ratio
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';
import { FUNCTIONS, PATTERNS } from './helpers/growth.mjs';

/**
 * Allowed growth of CPU time per character from 64 KB to 1 MB. Linear functions measure 0.9–3×
 * here (at 1 MB their input and output no longer fit the CPU caches); quadratic ones 16×.
 */
const BOUND = 6;
const VERBOSE = process.env.VNTEXT_LINEAR_VERBOSE === '1';

/**
 * Function/pattern pairs that are super-linear on this branch, and the branch that fixes them.
 * Each is `it.fails`: fixed on that branch; flip at merge (delete the entry).
 */
const KNOWN_SLOW: Record<string, string> = {};

type Growth = { fn: string; pattern: string; ratio: number; detail: string };
const results = new Map<string, Growth>();
const run = promisify(execFile);

beforeAll(async () => {
  // Two children at a time (CPU time is per process, so they do not disturb each other's figures).
  const queue = Object.keys(FUNCTIONS);
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const { stdout } = await run(process.execPath, [resolve(repoRoot, 'test/helpers/growth.mjs'), name], { maxBuffer: 1 << 20 });
      for (const line of stdout.split('\n').filter(Boolean)) {
        const g = JSON.parse(line) as Growth;
        results.set(`${g.fn} / ${g.pattern}`, g);
        if (VERBOSE) console.log(`${g.fn} / ${g.pattern}: ${g.detail}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
}, 600_000);

describe.each(Object.keys(FUNCTIONS))('%s runs in linear time', (name) => {
  for (const pattern of Object.keys(PATTERNS)) {
    const key = `${name} / ${pattern}`;
    const branch = KNOWN_SLOW[key];
    (branch === undefined ? it : it.fails)(`on ${pattern}${branch ? ` (fixed on branch ${branch}; flip at merge)` : ''}`, () => {
      const g = results.get(key);
      expect(g, `no measurement for ${key}`).toBeDefined();
      expect(g!.ratio, g!.detail).toBeLessThan(BOUND);
    });
  }
});
