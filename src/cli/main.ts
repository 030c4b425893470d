#!/usr/bin/env node
// The `vntext` command: a line filter over the library. The main thread reads bytes, cuts
// them into batches of whole lines and writes results in input order; worker threads decode,
// check and process the batches. At most two batches per worker are in flight, and stdout's
// backpressure pauses the reading, so memory stays bounded whatever the input size.
import { once } from 'node:events';
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze, renderHtml } from '../analyze/index.js';
import { decode } from '../index.js';
import { type CliConfig, USAGE, UsageError, parseCommandLine } from './args.js';
import { type Batch, type BatchResult, processBatch } from './batch.js';
import type { LineOptions } from './commands.js';
import { WorkerPool } from './pool.js';
import { Progress } from './progress.js';
import { type Source, type SourcedBatch, readBatches, sniffEncoding } from './reader.js';

/** `--format html` reads the whole input as one document: this much at most. */
const HTML_LIMIT = 16 << 20;

class StrictStop extends Error {}

function startWorker(): void {
  const o = workerData as LineOptions;
  parentPort!.on('message', (b: Batch) => {
    try {
      const r = processBatch(b, o);
      parentPort!.postMessage(r, [r.out.buffer as ArrayBuffer]);
    } catch (e) {
      parentPort!.postMessage({ seq: b.seq, error: e instanceof Error ? e.message : String(e) });
    }
  });
}

function fileSize(path: string): number | null {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

function openSources(files: readonly string[]): Source[] {
  const names = files.length === 0 ? ['-'] : files;
  return names.map((f) =>
    f === '-'
      ? { name: '<stdin>', chunks: process.stdin }
      : { name: f, chunks: createReadStream(f, { highWaterMark: 1 << 20 }) },
  );
}

function totalSize(files: readonly string[]): number | null {
  let total = 0;
  for (const f of files.length === 0 ? ['-'] : files) {
    let size: number | null = null;
    if (f === '-') {
      try {
        const s = fstatSync(0);
        size = s.isFile() ? s.size : null;
      } catch {
        size = null;
      }
    } else size = fileSize(f);
    if (size === null) return null;
    total += size;
  }
  return total;
}

async function write(bytes: Uint8Array): Promise<void> {
  if (!process.stdout.write(bytes)) await once(process.stdout, 'drain');
}

async function runLines(config: CliConfig): Promise<number> {
  const lineOptions: LineOptions = {
    command: config.command,
    format: config.format === 'jsonl' ? 'jsonl' : 'text',
    field: config.field,
    prepare: config.prepare,
    sentences: config.sentences,
    summary: config.summary,
  };
  const showProgress = config.progress ?? process.stderr.isTTY === true;
  const progress = showProgress ? new Progress(process.stderr, totalSize(config.files)) : null;
  let pool: WorkerPool | null = null;
  const run = (b: Batch): Promise<BatchResult> => (pool === null ? Promise.resolve(processBatch(b, lineOptions)) : pool.run(b));
  const inFlight: { batch: SourcedBatch; result: Promise<BatchResult> }[] = [];
  let maxInFlight = 1;
  let base = 0;

  const emit = async (batch: SourcedBatch, r: BatchResult): Promise<void> => {
    if (batch.first) base = 0;
    for (const issue of r.issues) {
      process.stderr.write(`${showProgress ? '\r\x1b[K' : ''}vntext: ${batch.source}:${base + issue.index + 1}: ${issue.message}\n`);
      if (config.strict) throw new StrictStop();
    }
    base += r.lines;
    await write(r.out);
    progress?.add(r.lines, batch.inputBytes);
  };

  try {
    const batches = readBatches(openSources(config.files), {
      encoding: config.encoding,
      batchBytes: config.batchBytes,
      maxLine: config.maxLine,
    });
    // Workers cost a start-up each (loading the library, warming up): an input of one batch is
    // done in this thread, so small inputs (tests, GNU parallel's blocks) stay quick.
    // Typing at a terminal, each line is answered as it comes.
    const interactive = process.stdin.isTTY === true && config.files.every((f) => f === '-');
    const head = interactive ? [] : [await batches.next(), await batches.next()];
    if (config.jobs > 1 && head.length === 2 && !head[1]!.done) {
      pool = new WorkerPool(new URL(import.meta.url), config.jobs, lineOptions);
      maxInFlight = 2 * config.jobs;
    }
    const all = (async function* () {
      for (const h of head) if (!h.done) yield h.value;
      yield* batches;
    })();
    for await (const batch of all) {
      inFlight.push({ batch, result: run(batch) });
      while (inFlight.length >= maxInFlight) {
        const next = inFlight.shift()!;
        await emit(next.batch, await next.result);
      }
    }
    for (const next of inFlight.splice(0)) await emit(next.batch, await next.result);
    progress?.done();
    return 0;
  } catch (e) {
    if (e instanceof StrictStop) return 1;
    process.stderr.write(`vntext: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    await (pool as WorkerPool | null)?.close();
  }
}

async function runHtml(config: CliConfig): Promise<number> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const source of openSources(config.files)) {
    for await (const chunk of source.chunks) {
      size += chunk.length;
      if (size > HTML_LIMIT) {
        process.stderr.write(`vntext: --format html takes at most ${HTML_LIMIT >> 20} MiB of input\n`);
        return 1;
      }
      parts.push(chunk);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  const encoding = config.encoding === 'auto' ? sniffEncoding(bytes) : config.encoding;
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      process.stderr.write('vntext: invalid UTF-8 in the input (replaced by U+FFFD)\n');
      if (config.strict) return 1;
      text = new TextDecoder('utf-8').decode(bytes);
    }
  } else text = decode(bytes, encoding);
  text = text.replaceAll('\0', '\uFFFD');
  const doc = analyze(text, { summary: { sentences: config.sentences } });
  await write(new TextEncoder().encode(renderHtml(doc, { title: config.files.length > 0 ? config.files.join(', ') : 'vntext' })));
  return 0;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let config: CliConfig | null;
  try {
    config = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`vntext: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (config === null) {
    process.stdout.write(USAGE);
    return 0;
  }
  for (const f of config.files) {
    if (f !== '-' && fileSize(f) === null) {
      process.stderr.write(`vntext: cannot read "${f}": no such file\n`);
      return 1;
    }
  }
  // A closed pipe (`vntext segment big.txt | head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return config.format === 'html' ? runHtml(config) : runLines(config);
}

if (!isMainThread) startWorker();
else
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`vntext: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
