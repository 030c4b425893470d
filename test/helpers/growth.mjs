// Measures how one built function's time grows with input size, for test/linear.test.ts.
// Runs in its own process and times with process.cpuUsage() (CPU time of this process), so
// other processes loading the machine do not move the figures the way wall time would.
//   node test/helpers/growth.mjs <function> <pattern>…    prints one JSON line per pattern
import * as v from '../../dist/index.js';

const KB = 1024;
const fill = (unit) => (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const PATTERNS = {
  'digits and dots': fill('1.2.3.45.'),
  'a run of digits': fill('9'),
  'HTX HTX': fill('HTX '),
  capitals: fill('HỢP TÁC XÃ NÔNG NGHIỆP UBND '),
  'capitals, no spaces': fill('ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  spaces: fill(' '),
  'backslash escapes': fill('\\a\\^\\.\\'),
  'one 1 MB word': fill('nghiêng'),
  'combining marks': (n) => 'a' + fill('\u0301\u0323')(n - 1),
  'VIQR-like': fill('Vie^.t Nam(thu? ddo^) '),
  'dates and numbers': fill('23/10/2023 2.270,5 12,5% 16:20 '),
};

// normalizeAligned, segmentJoined and the other code pages share these functions' loops.
export const FUNCTIONS = {
  normalize: (s) => v.normalize(s),
  repair: (s) => v.repair(s),
  prepare: (s) => v.prepare(s),
  tokenize: (s) => v.tokenize(s),
  countTokens: (s) => v.countTokens(s),
  sentences: (s) => v.sentences(s),
  segment: (s) => v.segment(s),
  countWords: (s) => v.countWords(s),
  removeDiacritics: (s) => v.removeDiacritics(s),
  'encode (viqr)': (s) => v.encode(s, 'viqr'),
  'mojibake (utf-8)': (s) => v.mojibake(s, 'utf-8'),
  'decode (auto)': (s) => v.decode(new TextEncoder().encode(s), 'auto'),
  extractEntities: (s) => v.extractEntities(s),
  summarize: (s) => v.summarize(s),
  isVietnameseSyllable: (s) => v.isVietnameseSyllable(s),
};

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function fastest(fn, input, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    fn(input);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/**
 * CPU time per character at 1 MB over CPU time per character at 64 KB, each the fastest of a
 * few runs. First 4 KB → 16 KB → 64 KB: a step where the time per character grows more than
 * 3× (quadratic shows 4×) is measured again and, if it holds, ends the check with the growth it
 * implies, so a quadratic case costs a second, not minutes.
 */
export function growth(fn, make) {
  const perChar = (n, runs) => {
    const s = make(n);
    // Repeat the 4 KB input so each sample lasts long enough for the CPU clock (not more:
    // on a quadratic function every repetition is expensive).
    const reps = Math.max(1, Math.round((16 * KB) / n));
    const ms = fastest((x) => { for (let i = 0; i < reps; i++) fn(x); }, s, runs);
    // Below the clock's resolution (a constant-time function): count it as the resolution.
    return Math.max(ms, 0.002) / (s.length * reps);
  };
  // Warm up the JIT and decode any data, at both probe sizes: optimizing compilers run on
  // threads of this process, so their CPU time may count against the first probe that
  // triggers them (the likely cause of one CI failure, extractEntities 4 → 16 KB at 5.5× per
  // character on digits and dots, where reruns measure the 16 KB probe no dearer per character).
  fn(make(4 * KB));
  fn(make(16 * KB));
  let prev = perChar(4 * KB, 3);
  let small = 0;
  for (const n of [16 * KB, 64 * KB]) {
    let cur = perChar(n, 3);
    if (cur / prev > 3) {
      prev = Math.min(prev, perChar(n / 4, 3));
      cur = Math.min(cur, perChar(n, 2));
      if (cur / prev > 3) return { ratio: (cur / prev) ** 2, detail: `${n / 4 / KB}→${n / KB} KB: ${(cur / prev).toFixed(1)}× per character` };
    }
    prev = small = cur;
  }
  let ratio = perChar(1024 * KB, 1) / small;
  if (ratio >= 3) ratio = Math.min(ratio, perChar(1024 * KB, 2) / Math.min(small, perChar(64 * KB, 3)));
  return { ratio, detail: `64 KB→1 MB: ${ratio.toFixed(2)}× per character` };
}

if (process.argv[1]?.endsWith('growth.mjs')) {
  const [name, ...patterns] = process.argv.slice(2);
  for (const p of patterns.length > 0 ? patterns : Object.keys(PATTERNS)) {
    console.log(JSON.stringify({ fn: name, pattern: p, ...growth(FUNCTIONS[name], PATTERNS[p]) }));
  }
}
