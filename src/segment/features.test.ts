// `gapScore` (generated from `gapFeatures` by scripts/generate-gap-score.ts) sums weights
// instead of writing hashes (the decoder's hot path): the two must agree on every gap, or the
// runtime would read features the model was not trained on. Random weights in every slot, so a
// template that differs in either changes some score; test/generated.test.ts checks the
// generated file is up to date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/prng.mjs';
import { sharedFile } from '../../scripts/shared-data.js';
import { scanTokens } from '../tokenize/token-table.js';
import { MAX_FEATURES, WALK, WORD_LEN_CAP, Workspace, gapFeatures, step, walkedNode } from './features.js';
import { gapScore } from './gap-score.generated.js';
import { defaultResources, fillRun, planRun, sentenceStarts } from './segmenter.js';

const TEXTS = [
  'Hợp tác xã nông nghiệp Tân Phú vừa tổ chức đại hội. Ông Nguyễn Văn A. đến Q. Hoàn Kiếm lúc 20-25 giờ.',
  'TỔNG THỐNG MỸ DONALD TRUMP PHÁT BIỂU TẠI NHÀ TRẮNG, rồi về TP.HCM; giá 2.270 đồng/kg (tăng 3,8-5,5%).',
  'Chủ tịch Triều Tiên Kim Jong-un, LBKT Phù Long RBKT, thuỷ điện Sơn La và cà phê sữa đá ở Lào Cai.',
];

function texts(): string[] {
  const dev = sharedFile('vtb/dev.seg.txt');
  if (dev === null) {
    console.log('../shared/data is absent: gapScore checked on the built-in sentences only');
    return TEXTS;
  }
  return [...TEXTS, ...readFileSync(dev, 'utf8').split('\n').slice(0, 300).map((l) => l.replace(/_/g, ' '))];
}

describe('gapScore', () => {
  it('is the sum of the weights of gapFeatures, float and integer, at every gap and word length', () => {
    const res = defaultResources();
    const trie = res.lexicon.trie;
    const rand = prng(12);
    const mask = res.model.mask;
    const float = new Float32Array(mask + 1).map(() => rand() * 2 - 1);
    const int = new Int16Array(mask + 1).map(() => Math.floor(rand() * 8001) - 4000);
    const ws = new Workspace();
    const f = new Int32Array(MAX_FEATURES);
    let gaps = 0;
    for (const text of texts()) {
      const tokens = scanTokens(text);
      const starts = sentenceStarts(text, tokens);
      for (let i0 = 0, i1 = 0; i0 < tokens.count; i0 = i1) {
        i1 = planRun(text, tokens, i0, starts);
        fillRun(ws, res, text, tokens, i0, i1, starts);
        const joinableFrom = (from: number, to: number): boolean => ws.joinable.subarray(from, to + 1).every((j) => j === 1);
        for (let i = 1; i < ws.n; i++) {
          for (let len = 1; len <= Math.min(i, WORD_LEN_CAP); len++) {
            const k = gapFeatures(ws, trie, i, len, f);
            // The walk of the word in progress, as the decoder carries it.
            let walked = 0;
            for (let j = i - len; j < i; j++) walked = step(trie, walked, ws.syl[j]!);
            for (const w of [float, int, res.model.weights]) {
              let sum = 0;
              for (let j = 0; j < k; j++) sum += w[f[j]! & mask]!;
              expect(gapScore(ws, trie, i, len, w, mask, WALK)).toBe(sum);
              if (len > 1) expect(gapScore(ws, trie, i, len, w, mask, walked)).toBe(sum);
              // As the decoder calls it: the walks matchLexicon kept, where joins are possible.
              if (joinableFrom(i - len + 1, i)) expect(gapScore(ws, trie, i, len, w, mask, walkedNode(ws, i - len, len - 1), walkedNode(ws, i - len, len))).toBe(sum);
            }
            gaps++;
          }
        }
      }
    }
    expect(gaps).toBeGreaterThan(100);
  });
});
