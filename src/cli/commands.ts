// What each command does to one line of input: the line's text in, one output line out (no
// line break inside), in the text or the JSONL format. The same code runs in the main thread
// (`--jobs 1`) and in the workers.
import { analyze } from '../analyze/index.js';
import { detectLanguage } from '../language/index.js';
import {
  extractEntities,
  normalize,
  normalizeAligned,
  prepare,
  repair,
  segment,
  segmentJoined,
  sentences,
  summarize,
  tokenize,
  type TextInput,
} from '../index.js';

/** The commands, in the order `--help` lists them. */
export const COMMANDS = ['normalize', 'repair', 'tokenize', 'segment', 'sentences', 'entities', 'summarize', 'detect', 'analyze'] as const;
export type Command = (typeof COMMANDS)[number];

/** Output formats; `html` is for `analyze` only. */
export type Format = 'text' | 'jsonl' | 'html';

/** What a line's processing needs to know (plain data: it is posted to the workers). */
export interface LineOptions {
  readonly command: Command;
  readonly format: 'text' | 'jsonl';
  /** Read each line as JSON and process this string field; the output keeps the object. */
  readonly field: string | null;
  /** Repair and normalize before tokenize, segment and sentences (spans stay in the input). */
  readonly prepare: boolean;
  /** Summary sentences (summarize; analyze with `summary`). */
  readonly sentences: number;
  /** analyze: add a summary. */
  readonly summary: boolean;
}

const WS = /\s+/gu;
const LINE_BREAKS = /[\r\n]+/g;
const oneLine = (s: string): string => s.replace(LINE_BREAKS, ' ');
const joinTab = (parts: readonly string[]): string => parts.map((p) => p.replace(/[\t\r\n]+/g, ' ')).join('\t');

function stageInput(line: string, o: LineOptions): TextInput {
  return o.prepare ? prepare(line) : line;
}

/** The result of one command on one text, as the JSONL format writes it. */
export function lineResult(text: string, o: LineOptions): object {
  switch (o.command) {
    case 'normalize': {
      const r = normalizeAligned(text);
      return { text: r.text, changes: r.changes };
    }
    case 'repair': {
      const r = repair(text);
      return { text: r.text, changes: r.changes };
    }
    case 'tokenize':
      return { tokens: tokenize(stageInput(text, o)) };
    case 'segment':
      return { words: segment(stageInput(text, o)) };
    case 'sentences':
      return { sentences: sentences(stageInput(text, o)) };
    case 'entities':
      return { entities: extractEntities(text) };
    case 'summarize':
      return summarize(text, { sentences: o.sentences });
    case 'detect':
      return detectLanguage(text);
    case 'analyze':
      return analyze(text, { summary: o.summary ? { sentences: o.sentences } : false });
  }
}

/** The text format: one line, words or items separated as `--help` describes. */
export function lineText(text: string, o: LineOptions): string {
  switch (o.command) {
    case 'normalize':
      return oneLine(normalize(text));
    case 'repair':
      return oneLine(repair(text).text);
    case 'tokenize':
      return tokenize(stageInput(text, o))
        .map((t) => t.text.replace(WS, '_'))
        .join(' ');
    case 'segment':
      return segmentJoined(stageInput(text, o));
    case 'sentences':
      return joinTab(sentences(stageInput(text, o)).map((s) => s.text));
    case 'entities':
      return joinTab(extractEntities(text).map((e) => `${e.type}:${e.text}`));
    case 'summarize':
      return oneLine(
        summarize(text, { sentences: o.sentences })
          .sentences.map((s) => s.text)
          .join(' '),
      );
    case 'detect': {
      const g = detectLanguage(text);
      return `${g.language}\t${g.confidence}`;
    }
    case 'analyze': {
      const doc = analyze(text, { summary: false });
      return `${doc.language?.language ?? 'und'}\t${doc.words.map((w) => w.text.replace(WS, '_')).join(' ')}`;
    }
  }
}

/**
 * One input line to one output line (without its line break). Returns the problem instead of
 * throwing, so a bad line never stops the run: its output is then empty.
 */
export function processLine(line: string, o: LineOptions): { out: string; problem: string | null } {
  let text = line;
  let record: Record<string, unknown> | null = null;
  if (o.field !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { out: '', problem: line.trim() === '' ? 'empty line, not a JSON object' : 'not valid JSON' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { out: '', problem: 'not a JSON object' };
    record = parsed as Record<string, unknown>;
    const value = record[o.field];
    if (typeof value !== 'string') return { out: '', problem: `no string field "${o.field}"` };
    text = value;
  }
  try {
    if (o.format === 'text') return { out: lineText(text, o), problem: null };
    const result = lineResult(text, o);
    return { out: JSON.stringify(record === null ? result : { ...record, [o.command]: result }), problem: null };
  } catch (e) {
    return { out: '', problem: `failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
