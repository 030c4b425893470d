// Word F1 on the treebank dev split, through the public function, as scripts/eval-segmenter.ts
// reports it. Needs ../shared/data; skipped with a printed reason when it is absent, so that
// `npm test` passes on a fresh clone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.js';
import { segment } from './index.js';
import { WordScore, goldText, parseSegFile } from './seg-format.js';

const devFile = sharedFile('vtb/dev.seg.txt');

describe('segmenter accuracy on vtb/dev.seg.txt', () => {
  it.skipIf(devFile === null)('stays above a word F1 of 97.3 (RDRsegmenter: 97.29)', () => {
    const score = new WordScore();
    for (const gold of parseSegFile(readFileSync(devFile!, 'utf8')).map(goldText)) {
      const words = segment(gold.text);
      score.addSpans(gold.spans, words.flatMap((w) => [w.start, w.end]));
    }
    console.log(`dev: ${score}`);
    expect(score.f1).toBeGreaterThan(97.3);
  });
});
