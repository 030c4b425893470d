// The clean real text the syllable bigram model never sees, kept for the false-change check
// (scripts/check-false-changes.ts, test/false-changes.test.ts): RDRsegmenter's news articles
// whose index is 3 mod 4 (articles start at a timestamp line, as in real-articles.mjs), and the
// VTB dev-split sentences `dev-N` with N divisible by 3 (eval-repair.ts damages those for its
// validation table; here they are checked clean). train-syllable-ngrams.ts leaves both out.
import { readFileSync } from 'node:fs';
import { detokenize, group, realArticles } from './real-articles.mjs';
import { findShared } from './shared-data.js';

/** Whether RDR article `index` (0-based, in file order) is held out of training. */
export const isHeldOutRdrArticle = (index: number): boolean => index % 4 === 3;

/** Whether a line of vtb/dev.seg.txt (1-based line number N, sentence dev-N) is held out. */
export const isHeldOutVtbDev = (n: number): boolean => n % 3 === 0;

/** A line of the RDR file that starts an article. */
export const isRdrArticleStart = (line: string): boolean => /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d$/.test(line.trim());

/** The held-out clean articles, or null when ../shared/data is absent. */
export function heldOutArticles(size = 4000): string[] | null {
  const rdr = realArticles('rdr');
  const conllu = findShared('vtb/vi_vtb-ud-dev.conllu');
  if (rdr === null || conllu === null) return null;
  const docs = rdr.filter((_, i) => isHeldOutRdrArticle(i));
  const sentences: string[] = [];
  let id = 0;
  for (const line of readFileSync(conllu, 'utf8').split(/\r?\n/)) {
    const m = /^# sent_id = dev-(\d+)/.exec(line);
    if (m !== null) id = Number(m[1]);
    if (line.startsWith('# text') && isHeldOutVtbDev(id)) sentences.push(detokenize(line.replace(/^# text ?= ?/, '')));
  }
  return [...docs, ...group(sentences, size)];
}
