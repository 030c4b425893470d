// Word segmentation throughput of the built package, beside natural's Vietnamese tokenizer (a
// regex split with no offsets and no word segmentation) in the same run, one call per
// paragraph as a service would make them. Ratios between rows hold on a noisy machine;
// absolute numbers do not.
//   npm run build && node bench/segment.bench.mjs [--mb 4]
import { createRequire } from 'node:module';
import { countWords, segment, segmentJoined } from '../dist/segment.js';
import { countTokens } from '../dist/tokenize.js';
import { buildProse, runCases, targetMegabytes, utf8Bytes } from './harness.mjs';

// The tokenizer's own module: natural's index loads every other corpus and model it has.
const AggressiveTokenizerVi = createRequire(import.meta.url)('natural/lib/natural/tokenizers/aggressive_tokenizer_vi');
const natural = new AggressiveTokenizerVi();

const prose = buildProse(targetMegabytes(4) * 1e6);
const paragraphs = prose.split('\n\n').filter(Boolean);
const bytes = utf8Bytes(prose);
const syllables = countTokens(prose);

/** Runs `fn` on every paragraph; returns the syllable count so every row reads syllables/s. */
const perParagraph = (fn) => () => {
  let sink = 0;
  for (const p of paragraphs) sink += fn(p);
  if (sink < 0) throw new Error('unreachable');
  return syllables;
};

runCases(`segment: ${paragraphs.length.toLocaleString('en')} paragraphs, one call each`, [
  ['natural AggressiveTokenizerVi (baseline)', perParagraph((p) => natural.tokenize(p).length), bytes],
  ['countTokens', perParagraph(countTokens), bytes],
  ['segment (word objects)', perParagraph((p) => segment(p).length), bytes],
  ['segmentJoined', perParagraph((p) => segmentJoined(p).length), bytes],
  ['countWords', perParagraph(countWords), bytes],
], { itemName: 'syllables' });
