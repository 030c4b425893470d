import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processBatch } from './batch.js';
import type { LineOptions } from './commands.js';
import { readBatches, type Source } from './reader.js';

const enc = new TextEncoder();

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    if (c > at && c < bytes.length) {
      yield bytes.slice(at, c);
      at = c;
    }
  }
  if (at < bytes.length) yield bytes.slice(at);
}

async function linesOf(sources: Source[], batchBytes: number, maxLine: number) {
  const lines: string[] = [];
  const issues: string[] = [];
  let firsts = 0;
  for await (const b of readBatches(sources, { encoding: 'utf-8', batchBytes, maxLine })) {
    const text = new TextDecoder().decode(b.bytes);
    expect(text.endsWith('\n')).toBe(true);
    const batchLines = text.slice(0, -1).split('\n');
    for (const i of b.issues) issues.push(`${b.source}:${lines.length + i.index}`);
    lines.push(...batchLines);
    if (b.first) firsts++;
  }
  return { lines, issues, firsts };
}

describe('readBatches', () => {
  it('cuts any stream into whole lines, however the chunks fall, skipping over-long lines', async () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'ễ', ' ', '\r', '😀'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 30 }),
        fc.boolean(),
        fc.array(fc.nat({ max: 400 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 4, max: 40 }),
        async (input, finalBreak, cuts, batchBytes, maxLine) => {
          const text = input.join('\n') + (finalBreak && input.length > 0 ? '\n' : '');
          const bytes = enc.encode(text);
          const { lines, issues } = await linesOf([{ name: 'x', chunks: chunked(bytes, cuts) }], batchBytes, maxLine);
          // A file's lines: what the line breaks separate, the last one needing no break.
          const expected = text === '' ? [] : text.split('\n');
          if (text.endsWith('\n')) expected.pop();
          expect(lines).toEqual(expected.map((l) => (enc.encode(l).length > maxLine ? '' : l)));
          expect(issues).toEqual(expected.flatMap((l, i) => (enc.encode(l).length > maxLine ? [`x:${i}`] : [])));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('starts each source on a new batch and numbers its lines from the start', async () => {
    const one = { name: 'a', chunks: chunked(enc.encode('1\n2'), []) };
    const two = { name: 'b', chunks: chunked(enc.encode('3\n'), []) };
    const empty = { name: 'c', chunks: chunked(new Uint8Array(0), []) };
    const r = await linesOf([one, empty, two], 1 << 20, 100);
    expect(r.lines).toEqual(['1', '2', '3']);
    expect(r.firsts).toBe(2);
  });
});

describe('processBatch', () => {
  const o: LineOptions = { command: 'normalize', format: 'text', field: null, prepare: false, sentences: 3, summary: false };
  it('finds the invalid line inside a batch and keeps the others', () => {
    const bytes = Uint8Array.from([...enc.encode('Thanh Hoá\n'), 0xc3, 0x28, 0x0a, ...enc.encode('ok\n')]);
    const r = processBatch({ seq: 0, bytes, encoding: 'utf-8', issues: [] }, o);
    expect(new TextDecoder().decode(r.out)).toBe('Thanh Hóa\n\uFFFD(\nok\n');
    expect(r.lines).toBe(3);
    expect(r.issues).toEqual([{ index: 1, message: 'invalid UTF-8 (replaced by U+FFFD)' }]);
  });
});
