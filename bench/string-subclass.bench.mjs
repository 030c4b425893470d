// What a String subclass elsewhere in the process costs (README, "Speed on real articles"): once
// any object has `String.prototype` as its prototype (`class … extends String`, as
// @redis/client's VerbatimString), V8 in Node 20 stops inlining `String#charCodeAt`. Runs each
// case in two fresh processes, without and with such a subclass, over the real articles (one
// call each, median of 21 rounds) and a bare `charCodeAt` loop. Skips (exit 0) without
// ../shared/data.
//   npm run build && node bench/string-subclass.bench.mjs
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FUNCTIONS = ['normalize', 'repair', 'tokenize', 'countTokens', 'segment'];

if (process.argv[2] === '--child') {
  if (process.argv[3] === 'subclass') globalThis.VerbatimLike = class extends String {};
  const v = await import('../dist/index.js');
  const { newsArticles } = await import('./real-docs.mjs');
  const docs = newsArticles();
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const time = (f) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const s = 'Hà Nội là thủ đô của Việt Nam. '.repeat(20000);
  const charCodeAt = String.prototype.charCodeAt;
  const loops = {
    'bare `s.charCodeAt(i)` loop': () => {
      let h = 0;
      for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
      return h;
    },
    'bare `charCodeAt.call(s, i)` loop': () => {
      let h = 0;
      for (let i = 0; i < s.length; i++) h = (h * 31 + charCodeAt.call(s, i)) | 0;
      return h;
    },
  };
  const out = {};
  for (const [name, f] of Object.entries(loops)) {
    for (let r = 0; r < 5; r++) f();
    out[name] = median(Array.from({ length: 21 }, () => time(f)));
  }
  if (docs !== null) {
    for (const name of FUNCTIONS) {
      const f = () => {
        for (const d of docs) v[name](d);
      };
      for (let r = 0; r < 5; r++) f();
      out[`\`${name}\`, 174 articles`] = median(Array.from({ length: 21 }, () => time(f)));
    }
  }
  console.log(JSON.stringify(out));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (mode) => JSON.parse(spawnSync(process.execPath, [self, '--child', mode], { encoding: 'utf8' }).stdout);
  const plain = run('plain');
  const sub = run('subclass');
  if (Object.keys(plain).length === 2) console.log('bench/string-subclass.bench.mjs: ../shared/data is absent, only the bare loops are timed.');
  console.log('\n### A String subclass elsewhere in the process\n');
  console.log('| case | ms, plain process | ms, with a String subclass | × slower |');
  console.log('|---|---:|---:|---:|');
  for (const k of Object.keys(plain)) console.log(`| ${k} | ${plain[k].toFixed(1)} | ${sub[k].toFixed(1)} | ${(sub[k] / plain[k]).toFixed(2)} |`);
}
