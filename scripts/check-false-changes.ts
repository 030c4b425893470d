// Counts what `repair` and `prepare` change in real clean text, one call per article: every
// repair there is a false change (the goal is none), except NFD fixes in the resolutions
// corpus, which is partly decomposed Unicode and so really damaged (counted apart).
//
//   npx tsx scripts/check-false-changes.ts              (all sources; a table per source)
//   npx tsx scripts/check-false-changes.ts --held-out   (only the text the bigram model never saw)
//   npx tsx scripts/check-false-changes.ts --show 20    (also up to 20 changes per source, to stderr)
//
// Sources: see scripts/real-articles.mjs. `held-out` is the part train-syllable-ngrams.ts
// leaves out (heldOutArticles below): the RDR articles whose index is 3 mod 4 and the VTB
// dev-split sentences dev-N with N divisible by 3. test/false-changes.test.ts asks zero of it.
import { prepare } from '../src/pipeline/index.js';
import { type Encoding, mojibake, repair } from '../src/encoding/index.js';
import { heldOutArticles } from './held-out.js';
import { realArticles } from './real-articles.mjs';

interface Row {
  source: string;
  articles: number;
  words: number;
  repairs: number;
  nfd: number;
  prepareRepairs: number;
  normalizations: number;
  shown: string[];
}

const context = (text: string, start: number, end: number): string =>
  JSON.stringify(text.slice(Math.max(0, start - 25), Math.min(text.length, end + 25)));

function check(source: string, docs: readonly string[], show: number): Row {
  const row: Row = { source, articles: docs.length, words: 0, repairs: 0, nfd: 0, prepareRepairs: 0, normalizations: 0, shown: [] };
  for (const doc of docs) {
    row.words += doc.split(/\s+/).filter((w) => w !== '').length;
    for (const c of repair(doc).changes) {
      // Decomposed Unicode (the resolutions) and the Icelandic eth for Đ (`Ðó`) are real damage.
      if (c.encoding === 'nfd' || c.original.replace(/\u00d0/g, '\u0110') === c.text) {
        row.nfd++;
        continue;
      }
      row.repairs++;
      if (row.shown.length < show) row.shown.push(`${c.encoding}: ${JSON.stringify(c.original)} → ${JSON.stringify(c.text)} in ${context(doc, c.start, c.end)}`);
    }
    const p = prepare(doc);
    row.prepareRepairs += p.repairs.filter((c) => c.encoding !== 'nfd').length;
    row.normalizations += p.normalizations.length;
  }
  return row;
}

/**
 * A damaged page: one sentence of each held-out article written in `encoding`, the rest clean.
 * Counts the words that differ from the clean article after repair, inside the damaged sentence
 * (missed or wrong repairs) and outside it (false changes the damage next door caused).
 */
function damagedSentence(docs: readonly string[], encoding: Encoding): { inside: number; outside: number; words: number } {
  let inside = 0;
  let outside = 0;
  let words = 0;
  for (const doc of docs) {
    const sentences = doc.split(/(?<=[.!?])\s+/);
    const k = Math.floor(sentences.length / 2);
    const damaged = sentences.map((s, i) => (i === k ? mojibake(s, encoding) : s)).join(' ');
    const clean = sentences.join(' ').split(/\s+/);
    const got = repair(damaged).text.split(/\s+/);
    words += clean.length;
    if (got.length !== clean.length) {
      inside += Math.abs(got.length - clean.length);
      continue;
    }
    const before = sentences.slice(0, k).join(' ').split(/\s+/).filter((w) => w !== '').length;
    const len = sentences[k]!.split(/\s+/).filter((w) => w !== '').length;
    for (let i = 0; i < clean.length; i++) {
      if (got[i] === clean[i]) continue;
      if (i >= before && i < before + len) inside++;
      else {
        outside++;
        if (process.env.SHOW_OUTSIDE) console.error(`${encoding}: ${clean[i]} -> ${got[i]}`);
      }
    }
  }
  return { inside, outside, words };
}

function main(): void {
  const showAt = process.argv.indexOf('--show');
  const show = showAt >= 0 ? Number(process.argv[showAt + 1] ?? 10) || 10 : 0;
  const rows: Row[] = [];
  const heldOut = heldOutArticles();
  if (heldOut === null) {
    console.error('missing ../shared/data: this script needs it (or set VNTEXT_SHARED_DATA)');
    process.exit(2);
  }
  rows.push(check('held-out (rdr 3 mod 4, vtb dev-3N)', heldOut, show));
  if (!process.argv.includes('--held-out')) {
    for (const source of ['rdr', 'vtb-train', 'vtb-dev', 'resolutions'] as const) rows.push(check(source, realArticles(source)!, show));
  }
  console.log('| source | articles | words | repair changes | per 100k words | NFD and Ð fixes | prepare repairs | normalizations |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const per = ((100000 * r.repairs) / r.words).toFixed(1);
    console.log(`| ${r.source} | ${r.articles} | ${r.words} | ${r.repairs} | ${per} | ${r.nfd} | ${r.prepareRepairs} | ${r.normalizations} |`);
  }
  console.log('\n| one damaged sentence per held-out article | words | wrong inside it | changed outside it |');
  console.log('|---|---:|---:|---:|');
  for (const encoding of ['vni', 'tcvn3', 'viqr', 'windows-1258', 'utf-8'] as const) {
    const r = damagedSentence(heldOut, encoding);
    console.log(`| ${encoding} | ${r.words} | ${r.inside} | ${r.outside} |`);
  }
  for (const r of rows) {
    if (r.shown.length === 0) continue;
    console.error(`\n${r.source}:`);
    for (const s of r.shown) console.error('  ' + s);
  }
}

main();
