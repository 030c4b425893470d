// A batch is a run of whole input lines as bytes (each ending in \n). Decoding, the checks for
// bad bytes and the processing all happen here, in whichever thread runs the batch, so the
// main thread only moves bytes.
import { decode, type Encoding } from '../index.js';
import { processLine, type LineOptions } from './commands.js';

/** A problem with one line of a batch: the index of the line in the batch, and why. */
export interface LineIssue {
  readonly index: number;
  readonly message: string;
}

/** What the reader hands over: whole lines, and what it already found wrong with some. */
export interface Batch {
  readonly seq: number;
  readonly bytes: Uint8Array;
  /** `utf-8`, or the legacy code page to decode with. */
  readonly encoding: Encoding;
  /** Lines the reader replaced by an empty line (too long). */
  readonly issues: readonly LineIssue[];
}

/** The output of a batch: one output line per input line, as UTF-8 bytes. */
export interface BatchResult {
  readonly seq: number;
  readonly out: Uint8Array;
  readonly lines: number;
  readonly issues: readonly LineIssue[];
}

const NL = 10;
const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The lines of a batch as strings, with a note for each line whose bytes were not clean. */
function decodeLines(bytes: Uint8Array, encoding: Encoding, issues: LineIssue[]): string[] {
  if (bytes.length === 0) return [];
  const body = bytes[bytes.length - 1] === NL ? bytes.subarray(0, bytes.length - 1) : bytes;
  if (encoding === 'utf-8') {
    try {
      return fatal.decode(body).split('\n'); // the common case: the whole batch is valid
    } catch {
      // fall through to line by line, to say which line is bad
    }
  }
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    let nl = body.indexOf(NL, from);
    if (nl < 0) nl = body.length;
    const b = body.subarray(from, nl);
    if (encoding !== 'utf-8') lines.push(decode(b, encoding));
    else {
      try {
        lines.push(fatal.decode(b));
      } catch {
        issues.push({ index: lines.length, message: 'invalid UTF-8 (replaced by U+FFFD)' });
        lines.push(lenient.decode(b));
      }
    }
    if (nl === body.length) break;
    from = nl + 1;
  }
  return lines;
}

/** Processes one batch. Never throws for any bytes: bad lines become empty or U+FFFD lines. */
export function processBatch(batch: Batch, o: LineOptions): BatchResult {
  const issues: LineIssue[] = [...batch.issues];
  const skipped = new Set(batch.issues.map((i) => i.index));
  const lines = decodeLines(batch.bytes, batch.encoding, issues);
  const out = new Array<string>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (skipped.has(i)) {
      out[i] = '';
      continue;
    }
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.includes('\0')) {
      line = line.replaceAll('\0', '\uFFFD');
      issues.push({ index: i, message: 'NUL bytes (replaced by U+FFFD)' });
    }
    const r = processLine(line, o);
    if (r.problem !== null) issues.push({ index: i, message: r.problem });
    out[i] = r.out;
  }
  issues.sort((a, b) => a.index - b.index);
  const text = lines.length === 0 ? '' : out.join('\n') + '\n';
  return { seq: batch.seq, out: encoder.encode(text), lines: lines.length, issues };
}
