import { describe, expect, it, vi } from 'vitest';
import { CONTROL_GROUPS, ONE_WORD_SENTENCES } from './controls.fixture.js';
import { mojibake } from './encode.js';
import type { RepairOptions, RepairResult } from './types.js';

// repair remembers what it found out about each distinct word for the process (fast-check.ts,
// scan-words.ts, and the front tables of word-keys.ts) and keeps its work arrays from call to
// call (scratch.ts): these tests check that this changes no output, whatever was repaired
// before (longer or shorter), and after the caches start over.

type Repair = (text: string, options?: RepairOptions) => RepairResult;

/** A fresh copy of the module, its caches empty. */
async function freshRepair(): Promise<Repair> {
  vi.resetModules();
  return (await import('./repair.js')).repair;
}

/** Everything a caller sees of a result, alignment included. */
function seen(r: RepairResult): string {
  const offsets: number[] = [];
  for (let i = 0; i <= r.text.length; i++) offsets.push(r.alignment.toInputStart(i), r.alignment.toInputEnd(i));
  return JSON.stringify([r.text, r.changes, r.alignment.inputLength, offsets]);
}

const ENCODINGS = ['vni', 'tcvn3', 'utf-8', 'viqr', 'windows-1258', 'viscii', 'vps'] as const;

function inputs(): [string, RepairOptions | undefined][] {
  const out: [string, RepairOptions | undefined][] = [];
  ONE_WORD_SENTENCES.slice(0, 40).forEach(([sentence, word], i) => {
    const encoding = ENCODINGS[i % ENCODINGS.length]!;
    out.push([sentence.replace(word, mojibake(word, encoding)), undefined]);
    out.push([mojibake(sentence, encoding), i % 5 === 0 ? { encodings: [encoding] } : undefined]);
  });
  for (const lines of Object.values(CONTROL_GROUPS)) out.push([lines.slice(0, 6).join('\n'), undefined]);
  return out;
}

describe('repair per-process caches', () => {
  it('change no output: the same results in either order, cold or warm', async () => {
    const cases = inputs();
    const forward = await freshRepair();
    const first = cases.map(([text, options]) => seen(forward(text, options)));
    const backward = await freshRepair();
    const reversed = [...cases].reverse().map(([text, options]) => seen(backward(text, options))).reverse();
    expect(reversed).toEqual(first);
    // Warm: every word already seen, by either module.
    expect(cases.map(([text, options]) => seen(backward(text, options)))).toEqual(first);
  });

  it('change no output once they are full and start over', async () => {
    const repair = await freshRepair();
    const sentence = mojibake('Nguyên tắc của công ty là tuyệt đối giữ bí mật cho khách hàng.', 'tcvn3');
    const cold = seen(repair(sentence));
    // More distinct words than the caches hold (16,384 each), damaged ones among them.
    const words: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      let w = '';
      for (let n = i; ; n = Math.floor(n / 20) - 1) {
        w += 'abcghiklmnopqrstuvxy'[n % 20];
        if (n < 20) break;
      }
      words.push(i % 10 === 0 ? `${w}ª` : w);
    }
    const page = words.join(' ');
    const once = seen(repair(page));
    expect(seen(repair(sentence))).toBe(cold);
    expect(seen(repair(page))).toBe(once);
  });
});
