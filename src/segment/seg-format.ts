// The `_`-joined segmentation format of the treebank files (`hợp_tác_xã là ...`) and word-level
// scoring over it. Used by the training and evaluation scripts and the dev-F1 test; nothing
// here is exported from the package.

/**
 * A gold sentence: its syllables and, for each gap, whether the two sides are one word.
 *
 * @example
 * parseSegLine('hợp_tác_xã lớn'); // { syllables: ['hợp', 'tác', 'xã', 'lớn'], joins: [0, 1, 1, 0] }
 */
export interface SegSentence {
  readonly syllables: string[];
  /** `joins[i]` is 1 when syllables i-1 and i belong to one word (`joins[0]` is 0). */
  readonly joins: Uint8Array;
}

/**
 * Parses one line of a `.seg.txt` file; null for a blank line.
 *
 * @example
 * parseSegLine('Hiện_nay xã có 68 tổ .')!.syllables.length; // 7
 */
export function parseSegLine(line: string): SegSentence | null {
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  const syllables: string[] = [];
  const flags: number[] = [];
  for (const w of words) {
    // A lone `_` or one at a word's edge is a token of its own, not a joiner.
    const parts = w.length > 1 ? w.split('_').filter((p) => p !== '') : [w];
    if (parts.length === 0) parts.push(w);
    parts.forEach((p, k) => {
      syllables.push(p);
      flags.push(k === 0 ? 0 : 1);
    });
  }
  return { syllables, joins: Uint8Array.from(flags) };
}

/**
 * A gold sentence as plain text: syllables joined by single spaces, and its words as spans.
 *
 * @example
 * goldText(parseSegLine('hợp_tác_xã lớn')!).spans; // [0, 10, 11, 14]
 */
export interface GoldText {
  readonly text: string;
  /** Word index of every code unit of `text` (-1 for the spaces between words). */
  readonly wordAt: Int32Array;
  /** Word spans as flat `[start, end)` pairs, in order. */
  readonly spans: Uint32Array;
}

/**
 * Builds the plain text of a gold sentence, the way a caller would hand it to `segment`.
 *
 * @example
 * goldText(parseSegLine('hợp_tác_xã lớn')!).text; // 'hợp tác xã lớn'
 */
export function goldText(sentence: SegSentence): GoldText {
  const text = sentence.syllables.join(' ');
  const wordAt = new Int32Array(text.length).fill(-1);
  const spans: number[] = [];
  let pos = 0;
  let word = -1;
  sentence.syllables.forEach((s, i) => {
    if (i === 0 || sentence.joins[i] === 0) {
      word++;
      spans.push(pos, pos + s.length);
    } else {
      spans[spans.length - 1] = pos + s.length;
      // The space inside a word belongs to it.
      wordAt[pos - 1] = word;
    }
    wordAt.fill(word, pos, pos + s.length);
    pos += s.length + 1;
  });
  return { text, wordAt, spans: Uint32Array.from(spans) };
}

/**
 * Parses a whole `.seg.txt` file (NFC), skipping blank lines.
 *
 * @example
 * const dev = parseSegFile(readFileSync(path, 'utf8'));
 */
export function parseSegFile(text: string): SegSentence[] {
  const out: SegSentence[] = [];
  for (const line of text.split(/\r?\n/)) {
    const s = parseSegLine(line.normalize('NFC'));
    if (s !== null) out.push(s);
  }
  return out;
}

/**
 * Running word-level counts; precision, recall and F1 in percent.
 *
 * @example
 * const s = new WordScore();
 * s.addSpans([0, 10, 11, 14], [0, 10, 11, 14]);
 * s.f1; // 100
 */
export class WordScore {
  gold = 0;
  predicted = 0;
  correct = 0;

  /** Adds one sentence given gold and predicted words as flat sorted `[start, end)` pairs. */
  addSpans(gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    const goldCount = gold.length >> 1;
    const predictedCount = predicted.length >> 1;
    this.gold += goldCount;
    this.predicted += predictedCount;
    let g = 0;
    let p = 0;
    while (g < goldCount && p < predictedCount) {
      const gs = gold[2 * g]!;
      const ps = predicted[2 * p]!;
      if (gs === ps && gold[2 * g + 1] === predicted[2 * p + 1]) {
        this.correct++;
        g++;
        p++;
      } else if (gs < ps || (gs === ps && gold[2 * g + 1]! < predicted[2 * p + 1]!)) g++;
      else p++;
    }
  }

  /** Adds one sentence given gold and predicted join flags over the same syllables. */
  add(gold: ArrayLike<number>, predicted: ArrayLike<number>, n: number): void {
    // A word is correct when it starts and ends at the same syllables in both.
    let gStart = 0;
    let pStart = 0;
    for (let i = 1; i <= n; i++) {
      const gEnd = i === n || gold[i] === 0;
      const pEnd = i === n || predicted[i] === 0;
      if (gEnd) this.gold++;
      if (pEnd) this.predicted++;
      if (gEnd && pEnd && gStart === pStart) this.correct++;
      if (gEnd) gStart = i;
      if (pEnd) pStart = i;
    }
  }

  get precision(): number {
    return this.predicted === 0 ? 0 : (100 * this.correct) / this.predicted;
  }
  get recall(): number {
    return this.gold === 0 ? 0 : (100 * this.correct) / this.gold;
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  toString(): string {
    return `P ${this.precision.toFixed(2)}  R ${this.recall.toFixed(2)}  F1 ${this.f1.toFixed(2)}  (${this.correct} correct of ${this.gold} gold, ${this.predicted} predicted)`;
  }
}
