// A fingerprint of everything `segment`, `segmentTable`, `wordIterator`, `countWords`,
// `segmentJoined`, `tokenize` and `sentences` return on the real articles (one call per article
// and one on the articles joined), the segmentation dev sets that scripts/eval-segmenter.ts
// reads (one call per sentence) and the prepared articles (`prepare`'s `{ text, alignment }`,
// clean and with one VNI word per sentence). Speed work must leave it unchanged (issue 12): run
// it before and after a change and compare the hashes. Needs ../shared/data (skips without it).
//
//   npx tsx scripts/snapshot-segment.ts            (one hash per input set, and a total)
import { readFileSync } from 'node:fs';
import { prepare } from '../src/index.js';
import type { TextInput } from '../src/core/input.js';
import { countWords, segment, segmentJoined, segmentTable, wordIterator } from '../src/segment/index.js';
import { goldText, parseSegFile } from '../src/segment/seg-format.js';
import { sentences, tokenize } from '../src/tokenize/index.js';
import { hash, oneWordPerSentence, printHashes } from './snapshot-common.js';
import { realArticles, sharedDataPath } from './real-articles.mjs';

function fingerprint(input: TextInput): string {
  const t = segmentTable(input);
  const table = [t.count, hash(t.start), hash(t.end), hash(t.kind)];
  const words = segment(input);
  const iterated = [...wordIterator(input)];
  const same = JSON.stringify(iterated) === JSON.stringify(words);
  return JSON.stringify([words, table, same, countWords(input), segmentJoined(input), tokenize(input), sentences(input)]);
}

const docs = (['rdr', 'vtb-train', 'vtb-dev'] as const).flatMap((s) => (realArticles(s) as string[] | null) ?? []);
const devFiles = ['vtb/dev.seg.txt', 'segmentation/rdr-train-gold.seg.txt'];
if (docs.length === 0 || devFiles.some((f) => sharedDataPath(f) === null)) {
  console.log('scripts/snapshot-segment.ts: skipped, ../shared/data is absent (it reads the treebank and RDRsegmenter text there).');
} else {
  const sets: [string, TextInput[]][] = [];
  sets.push(['articles', docs], ['articles, joined', [docs.join('\n\n')]]);
  for (const f of devFiles) sets.push([`${f}, each sentence`, parseSegFile(readFileSync(sharedDataPath(f)!, 'utf8')).map((g) => goldText(g).text)]);
  const vni = docs.map((d) => oneWordPerSentence(d, 'vni', 12));
  sets.push(['articles, prepared', docs.map((d) => prepare(d))]);
  sets.push(['articles, one VNI word per sentence, prepared', vni.map((d) => prepare(d))]);
  sets.push(['articles, one VNI word per sentence', vni]);
  // The same documents again, warm: the per-process caches must not change a result.
  sets.push(['articles (again)', docs]);

  printHashes(sets, fingerprint);
}
