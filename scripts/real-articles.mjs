// Real Vietnamese text from ../shared/data, cut into article-sized documents, for benchmarks
// and false-change checks (one call per article, as services call). Nothing here is committed
// text: it is read at run time and never written into the repository.
//
//   import { realArticles } from '../scripts/real-articles.mjs';
//   const docs = realArticles('rdr');   // null when ../shared/data is absent
//
// Sources:
//   'rdr'         segmentation/rdr-train-gold.seg.txt: Tuổi Trẻ news of 2004; its own article
//                 boundaries (a timestamp line starts each article), title line kept.
//   'vtb-train', 'vtb-dev'   the raw `# text` of the treebank's sentences, consecutive
//                 sentences grouped into documents of about `size` characters.
//   'resolutions' corpus/resolutions-2025-merger.md: legal text, paragraphs grouped the same way
//                 (part of it is NFD: that is real damage, not clean text).
// The treebank and RDR files separate punctuation and join word syllables with `_`; both are
// undone (`detokenize`) so the text reads as it was published.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a shared data file, or null. */
export function sharedDataPath(relative) {
  const dir = process.env.VNTEXT_SHARED_DATA ?? resolve(root, '../shared/data');
  const file = resolve(dir, relative);
  return existsSync(file) ? file : null;
}

/** Undoes the corpora's tokenized spacing: `a , b ( c ) " d "` → `a, b (c) "d"`, `_` → space. */
export function detokenize(line) {
  let s = line.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/ ([,.;:!?%…)\]}])/g, '$1').replace(/([([{]) /g, '$1');
  // Straight double quotes alternate open/close within a line.
  let open = false;
  s = s.replace(/ ?" ?/g, (m) => {
    open = !open;
    if (open) return m.startsWith(' ') ? ' "' : '"';
    return m.endsWith(' ') ? '" ' : '"';
  });
  return s.replace(/ - /g, ' - ').trim();
}

/** Consecutive lines joined into documents of about `size` characters. */
export function group(lines, size) {
  const docs = [];
  let cur = [];
  let len = 0;
  for (const l of lines) {
    cur.push(l);
    len += l.length + 1;
    if (len >= size) {
      docs.push(cur.join(' '));
      cur = [];
      len = 0;
    }
  }
  if (cur.length > 0) docs.push(cur.join(' '));
  return docs;
}

/**
 * Article-sized documents of real text from one source, or null when ../shared/data is absent.
 * @param {'rdr'|'vtb-train'|'vtb-dev'|'resolutions'} source
 * @param {{ size?: number }} [options] target characters per document for grouped sources (default 4000)
 * @returns {string[] | null}
 */
export function realArticles(source, { size = 4000 } = {}) {
  if (source === 'rdr') {
    const file = sharedDataPath('segmentation/rdr-train-gold.seg.txt');
    if (file === null) return null;
    const docs = [];
    let cur = null;
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      if (/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d$/.test(raw.trim())) {
        if (cur !== null && cur.length > 0) docs.push(cur.join('\n'));
        cur = [];
      } else if (cur !== null && raw.trim() !== '') cur.push(detokenize(raw));
    }
    if (cur !== null && cur.length > 0) docs.push(cur.join('\n'));
    return docs;
  }
  if (source === 'vtb-train' || source === 'vtb-dev') {
    const file = sharedDataPath(`vtb/vi_vtb-ud-${source.slice(4)}.conllu`);
    if (file === null) return null;
    const lines = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.startsWith('# text'))
      .map((l) => detokenize(l.replace(/^# text ?= ?/, '')));
    return group(lines, size);
  }
  if (source === 'resolutions') {
    const file = sharedDataPath('corpus/resolutions-2025-merger.md');
    if (file === null) return null;
    const paras = readFileSync(file, 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    return group(paras, size).map((d) => d);
  }
  throw new Error(`realArticles: unknown source ${source}`);
}
