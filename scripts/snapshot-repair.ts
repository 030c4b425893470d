// A fingerprint of everything `repair` returns (text, changes, and the alignment at every output
// offset) over the dev set, the controls and real articles in several kinds of damage, one call
// per document and one on the articles joined. Speed work must leave it unchanged (issue 12):
// run it before and after a change and compare the hashes. Needs ../shared/data for the dev set
// and the articles (without it only the controls are hashed).
//
//   npx tsx scripts/snapshot-repair.ts            (one hash per input set, and a total)
import { CONTROL_GROUPS, ONE_WORD_SENTENCES } from '../src/encoding/controls.fixture.js';
import { mojibake, repair } from '../src/encoding/index.js';
import { readDevRecords } from './legacy-dev-set.js';
import { hash, oneWordPerSentence, printHashes } from './snapshot-common.js';
import { realArticles, sharedDataPath } from './real-articles.mjs';

function fingerprint(text: string): string {
  const r = repair(text);
  const a = r.alignment;
  const starts = new Int32Array(a.outputLength + 1);
  const ends = new Int32Array(a.outputLength + 1);
  for (let i = 0; i <= a.outputLength; i++) {
    starts[i] = a.toInputStart(i);
    ends[i] = a.toInputEnd(i);
  }
  return JSON.stringify([r.text === text, r.text, r.changes, a.inputLength, a.outputLength]) + hash(starts) + hash(ends);
}

const sets: [string, string[]][] = [];
const controls = Object.values(CONTROL_GROUPS).flat();
sets.push(['controls, each', controls], ['controls, one document', [controls.join('\n')]]);
sets.push(['one-word sentences', ONE_WORD_SENTENCES.map(([s]) => s)]);
const dev = sharedDataPath('legacy/dev.jsonl');
if (dev !== null) sets.push(['dev set', readDevRecords(dev).map((r) => r.input)]);
const docs = (['rdr', 'vtb-train', 'vtb-dev'] as const).flatMap((s) => (realArticles(s) as string[] | null) ?? []);
if (docs.length > 0) {
  sets.push(['articles clean', docs], ['articles clean, joined', [docs.join('\n\n')]]);
  sets.push(['articles, one VNI word per sentence', docs.map((d) => oneWordPerSentence(d, 'vni', 12))]);
  for (const e of ['tcvn3', 'utf-8', 'windows-1258', 'viscii', 'vps', 'viqr', 'nfd'] as const) {
    sets.push([`articles, one ${e} word per sentence`, docs.map((d, i) => oneWordPerSentence(d, e, i))]);
  }
  for (const e of ['tcvn3', 'vni', 'viqr', 'utf-8', 'windows-1258', 'viscii', 'vps'] as const) {
    sets.push([`articles, whole ${e}`, docs.map((d) => mojibake(d, e))]);
  }
  sets.push(['articles, whole tcvn3, joined', [mojibake(docs.slice(0, 60).join('\n\n'), 'tcvn3')]]);
  // The same documents again, warm: the per-process caches must not change a result.
  sets.push(['articles, one VNI word per sentence (again)', docs.map((d) => oneWordPerSentence(d, 'vni', 12))]);
  sets.push(['articles, whole tcvn3 (again)', docs.map((d) => mojibake(d, 'tcvn3'))]);
}

printHashes(sets, fingerprint);
