import { assertText, readOptions } from '../core/options.js';
import { Scanner } from './scanner.js';

/**
 * Tokens as a struct of typed arrays: token `i` covers `text.slice(start[i], end[i])` and has
 * kind code `kind[i]` (see `TokenKind`). The arrays are views of exactly `count` entries (into
 * one buffer, which may be larger).
 * Offsets are UTF-16 code units into the scanned string.
 *
 * @example
 * const { count, start, end, kind } = scanTokens(text);
 * for (let i = 0; i < count; i++) if (kind[i] === TokenKind.Url) console.log(text.slice(start[i], end[i]));
 */
export interface TokenTable {
  readonly count: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly kind: Uint8Array;
}

/**
 * Options of {@link scanTokens}: none yet. An object with any key is rejected with a
 * `VntextOptionError`, so a misspelt option never passes silently.
 *
 * @example
 * scanTokens(text, {}); // the same as scanTokens(text)
 */
export type ScanTokensOptions = Readonly<Record<string, never>>;

/** `start` and `end` (4 bytes each) and `kind` (1 byte). */
const BYTES_PER_TOKEN = 9;

/**
 * The core scan: one left-to-right pass that fills typed arrays and creates no per-token
 * objects. Everything else in `vntext/tokenize` (and the segmenter) is built on it.
 *
 * @example
 * const t = scanTokens('Ngày 23/10/2023, HTX có 2.270 thành viên.');
 * t.count;                          // 9
 * tokenKindName(t.kind[1]!);        // 'date'
 * 'Ngày 23/10/2023'.slice(t.start[1], t.end[1]); // '23/10/2023'
 */
export function scanTokens(text: string, options?: ScanTokensOptions): TokenTable {
  assertText('scanTokens', text);
  if (options !== undefined) readOptions<ScanTokensOptions>('scanTokens', options, []);
  // The caller owns what it gets and may write to it: the shared table (one that `tokenize`,
  // `sentences` or `extractEntities` just made for this text) is copied, and a fresh one is
  // not kept.
  if (text === sharedText && (sharedReaders & TableReader.ScanTokens) === 0) {
    sharedReaders |= TableReader.ScanTokens;
    return copyOf(sharedTable!);
  }
  return scan(text);
}

/**
 * Longest text, in code units, whose table {@link tokenTableOf} keeps for the next call: an
 * article or a chapter. What stays alive between calls is then at most this text and about
 * 2.3 bytes of table per code unit of it (300 KB in all).
 */
export const SHARE_LIMIT = 1 << 16;

/**
 * The stages that read the shared table, one bit each. `segment` reads it through
 * `scanTokens` (bit `ScanTokens`) unless it asks {@link tokenTableOf} with a bit of its own.
 */
export const TableReader = {
  Tokenize: 1,
  Sentences: 2,
  ScanTokens: 4,
  Entities: 8,
  Segment: 16,
} as const;

/** The last text scanned (up to {@link SHARE_LIMIT} code units), its table, and who read it. */
let sharedText: string | null = null;
let sharedTable: TokenTable | null = null;
let sharedReaders = 0;

/**
 * @internal The token table of `text`, shared: callers read it and never write to it, nor
 * hand it to a caller of the public API (that is what {@link scanTokens}'s copy is for).
 *
 * A service runs `tokenize`, `sentences`, `segment` and `extractEntities` on the same
 * prepared text one after the other; each needs this table. The last one computed is kept,
 * so the scan runs once per text, not once per stage. The table depends on the text alone
 * (no option changes it), so reuse changes no output: equal strings (`===`, which is a
 * pointer comparison when the stages read the same `prepare` result) give equal tables.
 * One entry, bounded by {@link SHARE_LIMIT}: longer texts are scanned every time.
 *
 * Each stage (`reader`, one of {@link TableReader}) reads a kept table once: a stage called
 * again on the same text scans it again, so repeating one call (a benchmark, a test of its
 * time) costs what the first call did; only the other stages' work is saved.
 *
 * @example
 * const t = tokenTableOf(clean.text, TableReader.Tokenize);   // scanned
 * tokenTableOf(clean.text, TableReader.Sentences) === t;     // true: not scanned again
 */
export function tokenTableOf(text: string, reader: number): TokenTable {
  if (text === sharedText && (sharedReaders & reader) === 0) {
    sharedReaders |= reader;
    return sharedTable!;
  }
  const table = scan(text);
  if (text.length <= SHARE_LIMIT) {
    sharedText = text;
    sharedTable = table;
    sharedReaders = reader;
  }
  return table;
}

/** A copy of `t` in one buffer of its own. */
function copyOf(t: TokenTable): TokenTable {
  const n = t.count;
  const buffer = new ArrayBuffer(n * BYTES_PER_TOKEN);
  const start = new Uint32Array(buffer, 0, n);
  const end = new Uint32Array(buffer, n * 4, n);
  const kind = new Uint8Array(buffer, n * 8, n);
  start.set(t.start);
  end.set(t.end);
  kind.set(t.kind);
  return { count: n, start, end, kind };
}

/** The scan behind {@link tokenTableOf}. */
function scan(text: string): TokenTable {
  const s = new Scanner(text);
  // Prose averages four to five code units per token, space included: room for one token per
  // four code units means most texts never grow; the arrays double when they do. One buffer
  // holds all three: on a sentence, allocating buffers costs more than the scan itself.
  let cap = (text.length >>> 2) + 16;
  let buffer = new ArrayBuffer(cap * BYTES_PER_TOKEN);
  let start = new Uint32Array(buffer, 0, cap);
  let end = new Uint32Array(buffer, cap * 4, cap);
  let kind = new Uint8Array(buffer, cap * 8, cap);
  let n = 0;
  let k: number;
  while ((k = s.next()) !== 0) {
    if (n === cap) {
      cap *= 2;
      buffer = new ArrayBuffer(cap * BYTES_PER_TOKEN);
      const s2 = new Uint32Array(buffer, 0, cap);
      s2.set(start);
      start = s2;
      const e2 = new Uint32Array(buffer, cap * 4, cap);
      e2.set(end);
      end = e2;
      const k2 = new Uint8Array(buffer, cap * 8, cap);
      k2.set(kind);
      kind = k2;
    }
    start[n] = s.tokenStart;
    end[n] = s.tokenEnd;
    kind[n] = k;
    n++;
  }
  // Views made with the constructor, not `subarray`, which looks up a species constructor.
  return {
    count: n,
    start: new Uint32Array(buffer, 0, n),
    end: new Uint32Array(buffer, cap * 4, n),
    kind: new Uint8Array(buffer, cap * 8, n),
  };
}
