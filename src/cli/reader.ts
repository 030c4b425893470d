// Streams the input files (or standard input) as batches of whole lines, never holding more
// than one batch and one line's tail in memory: a line longer than `maxLine` bytes is dropped
// as it streams by and stands as an empty line, so no input can make the process grow.
import { decode, type Encoding } from '../index.js';
import type { Batch, LineIssue } from './batch.js';

/** One input: its name for messages (`-` for standard input) and its chunks. */
export interface Source {
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array>;
}

/** A batch and where its lines come from. */
export interface SourcedBatch extends Batch {
  readonly source: string;
  /** The first batch of its source (line numbers start again). */
  readonly first: boolean;
  /** Bytes of input this batch covers (for progress). */
  readonly inputBytes: number;
}

export interface ReaderOptions {
  /** `utf-8`, a legacy code page, or `auto` (decided per source from its first chunk). */
  readonly encoding: Encoding | 'auto';
  /** A batch is closed once it holds this many bytes. */
  readonly batchBytes: number;
  /** Lines longer than this many bytes are skipped. */
  readonly maxLine: number;
}

const NL = 10;
const AUTO_CANDIDATES: readonly Encoding[] = ['vni', 'tcvn3', 'windows-1258', 'viscii', 'vps', 'tcvn5712-1'];

/** `auto`: valid UTF-8 is UTF-8; otherwise the code page `decode(…, 'auto')` picks for the sample. */
export function sniffEncoding(sample: Uint8Array): Encoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    const cut = sample.subarray(0, 1 << 16);
    const auto = decode(cut, 'auto');
    return AUTO_CANDIDATES.find((e) => decode(cut, e) === auto) ?? 'windows-1258';
  }
}

const mib = (n: number): string => `${(n / (1 << 20)).toFixed(1)} MiB`;

/** Batches of whole lines from each source in turn; a source's last line needs no line break. */
export async function* readBatches(sources: readonly Source[], o: ReaderOptions): AsyncGenerator<SourcedBatch> {
  let seq = 0;
  for (const source of sources) {
    let encoding: Encoding | null = o.encoding === 'auto' ? null : o.encoding;
    let parts: Uint8Array[] = []; // whole lines of the open batch
    let size = 0;
    let lines = 0;
    let issues: LineIssue[] = [];
    let tail: Uint8Array[] = []; // the line in progress
    let tailSize = 0;
    let skipping = 0; // bytes of an over-long line dropped so far (0: not skipping)
    let consumed = 0;
    let first = true;

    const flush = (): SourcedBatch => {
      const bytes = new Uint8Array(size); // a fresh buffer, so it can be transferred to a worker
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      const b: SourcedBatch = { seq: seq++, bytes, encoding: encoding ?? 'utf-8', issues, source: source.name, first, inputBytes: consumed };
      first = false;
      parts = [];
      size = 0;
      lines = 0;
      issues = [];
      consumed = 0;
      return b;
    };
    const pushLines = (pieces: readonly Uint8Array[], n: number): void => {
      for (const p of pieces) {
        parts.push(p);
        size += p.length;
      }
      lines += n;
    };
    const skipLine = (bytes: number): void => {
      issues.push({ index: lines, message: `line longer than ${mib(o.maxLine)} (${mib(bytes)}), skipped` });
      pushLines([Uint8Array.of(NL)], 1);
    };

    for await (const chunk of source.chunks) {
      if (encoding === null) encoding = sniffEncoding(chunk);
      consumed += chunk.length;
      let pos = 0;
      while (pos < chunk.length) {
        const nl = chunk.indexOf(NL, pos);
        if (skipping > 0) {
          if (nl < 0) {
            skipping += chunk.length - pos;
            break;
          }
          skipLine(skipping + nl - pos);
          skipping = 0;
          pos = nl + 1;
          continue;
        }
        if (nl < 0) {
          const len = chunk.length - pos;
          if (tailSize + len > o.maxLine) skipping = tailSize + len;
          else tail.push(chunk.slice(pos)); // a copy: the chunk itself is not kept alive
          tailSize = skipping > 0 ? 0 : tailSize + len;
          if (skipping > 0) tail = [];
          break;
        }
        if (tailSize + nl - pos > o.maxLine) {
          skipLine(tailSize + nl - pos);
          tail = [];
          tailSize = 0;
          pos = nl + 1;
          continue;
        }
        // The line completes here; whole lines after it in this chunk join it in one piece.
        let stop = nl + 1;
        let n = 1;
        while (size + tailSize + (stop - pos) < o.batchBytes) {
          const next = chunk.indexOf(NL, stop);
          if (next < 0 || next - stop > o.maxLine) break;
          stop = next + 1;
          n++;
        }
        pushLines([...tail, chunk.subarray(pos, stop)], n);
        tail = [];
        tailSize = 0;
        pos = stop;
        if (size >= o.batchBytes) yield flush();
      }
      // What has arrived goes on now: a slow producer (a pipe, a socket) is not kept waiting
      // for a full batch. Files come in 1 MiB chunks, so their batches stay full-sized.
      if (size > 0) yield flush();
    }
    if (skipping > 0) skipLine(skipping);
    else if (tailSize > 0) pushLines([...tail, Uint8Array.of(NL)], 1);
    if (size > 0 || consumed > 0) yield flush();
  }
}
