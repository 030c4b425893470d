// How much work importing a built entry does, counted by V8's block coverage (execution counts
// per block, so a loop that decodes a table shows as a block run thousands of times). Prints
// JSON: the busiest block during the import and, when a function and input are given, during
// its first call (which is where data should be decoded). A count, not a time: it does not
// depend on the machine's load.
//   node test/helpers/import-work.mjs dist/segment.js [segment 'Hợp tác xã']
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, fn, input] = process.argv.slice(2);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

/** The block run most often since the last call (takePreciseCoverage resets the counters). */
async function busiest() {
  const { result } = await session.post('Profiler.takePreciseCoverage');
  let best = { count: 0, where: '' };
  for (const script of result) {
    if (!script.url.includes('/dist/')) continue;
    for (const f of script.functions) {
      for (const r of f.ranges) {
        if (r.count > best.count) best = { count: r.count, where: `${script.url.split('/').pop()}:${f.functionName || '(module)'}` };
      }
    }
  }
  return best;
}

await busiest();
const m = await import(pathToFileURL(resolve(entry)).href);
const out = { import: await busiest() };
if (fn !== undefined) {
  m[fn](input ?? '');
  out.firstCall = await busiest();
}
console.log(JSON.stringify(out));
