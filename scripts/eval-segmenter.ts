// Scores the committed segmenter on vtb/dev.seg.txt: word-level precision, recall and F1,
// beside forward longest matching over the same lexicon as a baseline.
//
//   npx tsx scripts/eval-segmenter.ts [--file vtb/dev.seg.txt] [--errors N]
//
// Each gold sentence is given to the segmenter as plain text (its syllables joined by single
// spaces), exactly as a caller would, and a predicted word counts as correct when its span
// equals a gold word's span. `--errors N` prints N sentences with mistakes and the most
// frequent missed and wrongly predicted words.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { WordScore, goldText, parseSegFile } from '../src/segment/seg-format.js';
import { defaultResources, segmentRuns } from '../src/segment/segmenter.js';
import { sharedPath } from './shared-data.js';

const { values: args } = parseArgs({
  options: {
    file: { type: 'string', default: 'vtb/dev.seg.txt' },
    errors: { type: 'string', default: '0' },
  },
});
const file = args.file ?? 'vtb/dev.seg.txt';
const sentences = parseSegFile(readFileSync(sharedPath(file), 'utf8')).map(goldText);
const res = defaultResources();
const showErrors = Number(args.errors);

const baseline = new WordScore();
const model = new WordScore();
const missed = new Map<string, number>();
const extra = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
let shown = 0;

const spansOf = (text: string, longestMatch: boolean): Uint32Array => {
  const t = segmentRuns(text, res, longestMatch);
  const spans = new Uint32Array(2 * t.count);
  for (let i = 0; i < t.count; i++) {
    spans[2 * i] = t.start[i]!;
    spans[2 * i + 1] = t.end[i]!;
  }
  return spans;
};
const render = (text: string, spans: Uint32Array): string[] => {
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]).replace(/ /g, '_'));
  return out;
};

for (const g of sentences) {
  baseline.addSpans(g.spans, spansOf(g.text, true));
  const predicted = spansOf(g.text, false);
  model.addSpans(g.spans, predicted);
  if (showErrors > 0) {
    const key = (s: Uint32Array, i: number): string => `${s[i]}:${s[i + 1]}`;
    const gold = new Set<string>();
    const pred = new Set<string>();
    for (let i = 0; i < g.spans.length; i += 2) gold.add(key(g.spans, i));
    for (let i = 0; i < predicted.length; i += 2) pred.add(key(predicted, i));
    let wrong = false;
    for (let i = 0; i < g.spans.length; i += 2) {
      if (pred.has(key(g.spans, i))) continue;
      wrong = true;
      bump(missed, g.text.slice(g.spans[i], g.spans[i + 1]).replace(/ /g, '_'));
    }
    for (let i = 0; i < predicted.length; i += 2) {
      if (!gold.has(key(predicted, i))) bump(extra, g.text.slice(predicted[i], predicted[i + 1]).replace(/ /g, '_'));
    }
    if (wrong && shown < showErrors) {
      shown++;
      console.log(`gold: ${render(g.text, g.spans).join(' ')}\npred: ${render(g.text, predicted).join(' ')}\n`);
    }
  }
}

console.log(`${file}: ${sentences.length} sentences, ${model.gold} gold words`);
console.log(`longest matching  ${baseline}`);
console.log(`vntext segment    ${model}`);
if (showErrors > 0) {
  const top = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([w, n]) => `${w}:${n}`)
      .join(' ');
  console.log(`\nmost missed gold words: ${top(missed)}`);
  console.log(`\nmost frequent wrong words: ${top(extra)}`);
}
