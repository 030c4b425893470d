// Prints the probe's results as JSON, for the runtime that runs this file (Deno, Bun):
//   deno run test/runtimes/run-probe.mjs   ·   bun test/runtimes/run-probe.mjs
import * as v from '../../dist/index.js';
import { probe } from './probe.mjs';

console.log(JSON.stringify(probe(v)));
