// The demo article through the whole pipeline, against a golden file reviewed when it changes:
// every repair, normalization, sentence, token and word, with its span in the article as read
// from disk. Regenerate after an intended change with
//   VNTEXT_UPDATE_GOLDEN=1 npx vitest run test/article.test.ts
// and read the diff of test/golden/article.txt before committing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepare, segment, sentences, tokenize } from '../src/index.js';

const article = readFileSync(new URL('../examples/article.txt', import.meta.url), 'utf8');
const goldenUrl = new URL('./golden/article.txt', import.meta.url);
const at = (x: { start: number; end: number }): string => `[${x.start},${x.end})`;

/** The pipeline's view of the article, one finding per line. */
function describeArticle(): string {
  const clean = prepare(article);
  const lines: string[] = ['# repairs'];
  for (const c of clean.repairs) lines.push(`${at(c)} ${c.original} → ${c.text} (${c.encoding})`);
  lines.push('# normalizations');
  for (const c of clean.normalizations) lines.push(`${at(c)} ${c.original} → ${c.text} (${c.kinds.join('+')})`);
  lines.push('# sentences');
  for (const s of sentences(clean)) lines.push(`${at(s)} ${s.text}`);
  lines.push('# tokens other than words and punctuation');
  for (const t of tokenize(clean)) if (t.kind !== 'word' && t.kind !== 'punctuation') lines.push(`${at(t)} ${t.kind} ${t.text}`);
  lines.push('# words of more than one syllable');
  for (const w of segment(clean)) if (w.text.includes(' ')) lines.push(`${at(w)} ${w.kind} ${w.text}`);
  return lines.join('\n') + '\n';
}

describe('the demo article', () => {
  const clean = prepare(article);

  it('gets exactly treân repaired, as VNI, and the NFD word composed', () => {
    expect(clean.repairs.map((c) => [c.original, c.text, c.encoding])).toEqual([
      ['treân', 'trên', 'vni'],
      ['thu\u031bo\u031bng'.normalize('NFD'), 'thương', 'nfd'],
    ]);
  });

  it('reports every span in the article as read', () => {
    for (const t of tokenize(clean)) {
      const raw = article.slice(t.start, t.end);
      expect(raw.normalize('NFC') === t.text || clean.repairs.some((c) => c.start <= t.start && t.end <= c.end) || clean.normalizations.some((c) => c.start <= t.start && t.end <= c.end)).toBe(true);
    }
  });

  it('matches the reviewed golden file', () => {
    const now = describeArticle();
    if (process.env.VNTEXT_UPDATE_GOLDEN === '1') writeFileSync(goldenUrl, now);
    expect(now).toBe(readFileSync(goldenUrl, 'utf8'));
  });
});
