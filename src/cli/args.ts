// The command line: parsing, checking and the usage text. A mistake here is a usage error
// (exit 2), never a stack trace.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Encoding } from '../index.js';
import { COMMANDS, type Command, type Format } from './commands.js';

export const USAGE = `Usage: vntext <command> [options] [files…]

Reads the files in turn (standard input when none is named, or for "-") and writes one output
line per input line to standard output, in input order.

Commands:
  normalize   NFC, one tone style, misplaced marks, look-alikes, odd spaces
  repair      words damaged by legacy encodings (VNI, TCVN3, VIQR, VISCII, VPS, CP1258, mojibake)
  tokenize    tokens, separated by spaces (spaces inside a token become _)
  segment     words separated by spaces, the syllables of a word joined by _
  sentences   the sentences of each line, separated by tabs
  entities    type:text for each entity, separated by tabs
  summarize   the summary sentences of each line (one document per line)
  detect      language (ISO 639-3) and confidence, separated by a tab
  analyze     everything (use --format jsonl, or --format html for one page)

Options:
  -f, --format text|jsonl|html  output format (default text; html: analyze only, whole input
                                as one document, at most 16 MiB)
      --field NAME              input is JSONL: process this string field of each object;
                                jsonl output is the object with the result under the command
  -e, --encoding NAME           utf8 (default), vni, tcvn3, viscii, vps, cp1258 or auto
  -j, --jobs N                  worker threads (default: number of cores)
      --prepare                 repair and normalize before tokenize, segment, sentences
      --summary                 analyze: add the summary
      --sentences N             summary sentences (default 3)
      --progress, --no-progress lines, MB, MB/s and ETA on stderr (default: on if a terminal)
      --strict                  exit 1 at the first bad line instead of going on
      --max-line-bytes N        longer lines are skipped (empty output line); default 4194304
      --batch-bytes N           input bytes per batch given to a worker (default 262144)
  -h, --help                    this help

Bad lines (invalid UTF-8, NUL bytes, lines too long, JSONL that does not parse) keep their
place: their output carries U+FFFD or is empty, and stderr names the line and the reason.
Exit codes: 0 done, 1 a file is missing or (with --strict) a bad line, 2 usage error.
`;

/** Everything a run needs to know, checked. */
export interface CliConfig {
  readonly command: Command;
  readonly format: Format;
  readonly field: string | null;
  readonly encoding: Encoding | 'auto';
  readonly jobs: number;
  readonly prepare: boolean;
  readonly summary: boolean;
  readonly sentences: number;
  /** `null`: decide from whether stderr is a terminal. */
  readonly progress: boolean | null;
  readonly strict: boolean;
  readonly maxLine: number;
  readonly batchBytes: number;
  readonly files: readonly string[];
}

/** A usage mistake: the message, then the usage, exit 2. */
export class UsageError extends Error {}

const ENCODINGS: Readonly<Record<string, Encoding | 'auto'>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  vni: 'vni',
  tcvn3: 'tcvn3',
  viscii: 'viscii',
  vps: 'vps',
  cp1258: 'windows-1258',
  'windows-1258': 'windows-1258',
  auto: 'auto',
};

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number ≥ 1; received "${value}"`);
  return n;
}

/** Parses `argv` (without node and the script). `null` means `--help` was asked for. */
export function parseCommandLine(argv: readonly string[]): CliConfig | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        field: { type: 'string' },
        encoding: { type: 'string', short: 'e' },
        jobs: { type: 'string', short: 'j' },
        prepare: { type: 'boolean' },
        summary: { type: 'boolean' },
        sentences: { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        strict: { type: 'boolean' },
        'max-line-bytes': { type: 'string' },
        'batch-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return null;
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"`);
  const format = (v.format ?? 'text') as Format;
  if (!['text', 'jsonl', 'html'].includes(format)) throw new UsageError(`--format must be text, jsonl or html; received "${v.format}"`);
  if (format === 'html' && command !== 'analyze') throw new UsageError('--format html is for the analyze command');
  const encoding = ENCODINGS[(v.encoding ?? 'utf8').toLowerCase()];
  if (encoding === undefined) throw new UsageError(`--encoding must be one of utf8, vni, tcvn3, viscii, vps, cp1258, auto; received "${v.encoding}"`);
  if (v.field === '') throw new UsageError('--field needs a name');
  return {
    command: command as Command,
    format,
    field: v.field ?? null,
    encoding,
    jobs: positiveInt('jobs', v.jobs, availableParallelism()),
    prepare: v.prepare ?? false,
    summary: v.summary ?? false,
    sentences: positiveInt('sentences', v.sentences, 3),
    progress: v['no-progress'] ? false : (v.progress ?? null),
    strict: v.strict ?? false,
    maxLine: positiveInt('max-line-bytes', v['max-line-bytes'], 4 << 20),
    batchBytes: positiveInt('batch-bytes', v['batch-bytes'], 256 << 10),
    files,
  };
}
