// The real-news documents the real-text benches share (scripts/real-articles.mjs reads them from
// ../shared/data at run time; nothing is committed), and the damage they apply.
import { mojibake } from '../dist/encoding.js';
import { prng } from '../scripts/prng.mjs';
import { realArticles } from '../scripts/real-articles.mjs';

export const NEWS_LABEL = 'RDRsegmenter train articles + VTB train/dev text';

/** RDRsegmenter's training articles and the treebank's text as article-sized documents, or null without ../shared/data. */
export function newsArticles() {
  const parts = ['rdr', 'vtb-train', 'vtb-dev'].map((s) => realArticles(s));
  return parts.some((p) => p === null) ? null : parts.flat();
}

/** One word of each sentence shown as VNI-Windows bytes read as Windows-1252 (seeded). */
export function oneDamagedWordPerSentence(doc, seed = 12) {
  const rand = prng(seed);
  return doc.replace(/[^.!?\n]+[.!?\n]*/g, (sentence) => {
    const words = [...sentence.matchAll(/\p{L}*[^\p{ASCII}]\p{L}*/gu)];
    if (words.length === 0) return sentence;
    const w = words[Math.floor(rand() * words.length)];
    return sentence.slice(0, w.index) + mojibake(w[0], 'vni') + sentence.slice(w.index + w[0].length);
  });
}

/** `--rounds N` from the command line, else `fallback`. */
export function rounds(fallback = 9) {
  const i = process.argv.indexOf('--rounds');
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
