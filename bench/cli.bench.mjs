// The command line on a big stream: `vntext segment` over 64 MB of prose (one paragraph per
// line) with --jobs 1 and --jobs 2, in alternating rounds. Reports MB/s, the speed-up of 2 jobs
// over 1 (median of per-round ratios: the baseline is measured in the same run), whether the
// outputs are byte-identical, and each run's peak resident memory (threads included). On a
// machine shared with other work the elapsed ratio says little (Linux autogroups give a process
// the same CPU share whatever its thread count), so the per-thread CPU times from /proc are
// reported too, with the speed-up they allow on two idle cores (an upper estimate: it assumes
// the threads overlap perfectly).
//
//   npm run build && node bench/cli.bench.mjs [--mb 64] [--rounds 3] [--command segment]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProse, targetMegabytes } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const cli = join(root, 'dist/cli.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const mb = targetMegabytes(64);
const rounds = Number(arg('--rounds', '3'));
const command = arg('--command', 'segment');

const input = join(os.tmpdir(), `vntext-cli-bench-${process.pid}.txt`);
writeFileSync(input, buildProse(mb * 1e6));
const bytes = statSync(input).size;
const TICK = 100; // clock ticks per second of /proc/<pid>/task/<tid>/stat (USER_HZ)

/** CPU seconds of every thread of `pid` so far (utime + stime), by thread id. */
function threadCpu(pid, into) {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(tid, (Number(f[11]) + Number(f[12])) / TICK);
    }
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process has just ended
  }
}

/**
 * Runs the CLI on the input; resolves to seconds, the output's hash and size, peak RSS in MB,
 * and the CPU seconds of its busiest thread and of all threads (sampled every 25 ms).
 */
function run(jobs) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, command, '--jobs', String(jobs), '--no-progress', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    const cpu = new Map();
    let outBytes = 0;
    let stderr = '';
    let peakKb = 0;
    const poll = setInterval(() => (peakKb = Math.max(peakKb, threadCpu(child.pid, cpu))), 25);
    const t0 = process.hrtime.bigint();
    child.stdout.on('data', (d) => {
      hash.update(d);
      outBytes += d.length;
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearInterval(poll);
      if (code !== 0) return fail(new Error(`exit ${code}: ${stderr}`));
      const threads = [...cpu.values()];
      const cpuMax = Math.max(...threads);
      const cpuTotal = threads.reduce((a, b) => a + b, 0);
      done({ seconds, hash: hash.digest('hex'), outBytes, peakMb: peakKb / 1024, cpuMax, cpuTotal });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { 1: [], 2: [] };
const ratios = [];
const cpuRatios = [];
console.log(`vntext ${command}: ${(bytes / 1e6).toFixed(1)} MB, ${rounds} rounds, ${os.cpus().length} cores (${os.cpus()[0]?.model}), load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, Node ${process.version}`);
try {
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [1, 2] : [2, 1];
    const round = {};
    for (const jobs of order) {
      round[jobs] = await run(jobs);
      results[jobs].push(round[jobs]);
      const x = round[jobs];
      console.log(
        `  round ${r + 1} --jobs ${jobs}: ${x.seconds.toFixed(2)} s, ${(bytes / 1e6 / x.seconds).toFixed(1)} MB/s, peak ${x.peakMb.toFixed(0)} MB, CPU ${x.cpuTotal.toFixed(2)} s (busiest thread ${x.cpuMax.toFixed(2)} s)`,
      );
    }
    ratios.push(round[1].seconds / round[2].seconds);
    // On two idle cores a run takes at least its busiest thread's CPU time and half its total.
    const bound = (x) => Math.max(x.cpuMax, x.cpuTotal / 2);
    cpuRatios.push(bound(round[1]) / bound(round[2]));
  }
} finally {
  rmSync(input, { force: true });
}
const same = results[1].concat(results[2]).every((x) => x.hash === results[1][0].hash);
const rows = [1, 2].map((jobs) => {
  const s = median(results[jobs].map((x) => x.seconds));
  const peak = Math.max(...results[jobs].map((x) => x.peakMb));
  return `| \`vntext ${command} --jobs ${jobs}\` | ${(bytes / 1e6).toFixed(0)} MB | ${(bytes / 1e6 / s).toFixed(1)} | ${peak.toFixed(0)} MB |`;
});
console.log('\n| run | input | MB/s (median) | peak RSS |\n|---|---|---:|---:|');
console.log(rows.join('\n'));
console.log(`\nspeed-up of --jobs 2 over --jobs 1: ${median(ratios).toFixed(2)}× (median of per-round ratios ${ratios.map((x) => x.toFixed(2)).join(', ')})`);
console.log(
  `speed-up on 2 idle cores estimated from CPU times, at most: ${median(cpuRatios).toFixed(2)}× (each run's time taken as max(busiest thread, all threads / 2); ${cpuRatios.map((x) => x.toFixed(2)).join(', ')})`,
);
console.log(`outputs identical across all runs: ${same} (${(results[1][0].outBytes / 1e6).toFixed(1)} MB out)`);
