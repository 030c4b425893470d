// Measures normalize() on real sentences (the raw text of the VTB treebank), each given
// clean, as NFD, with ð/Ð look-alikes, in the other tone style and with one tone mark moved
// to a wrong vowel; then runs it over every real article (one call per article) and counts
// what it changes in clean text, by kind. Usage: npx tsx scripts/eval-normalize.ts [--markdown]
import { readFileSync } from 'node:fs';
import { normalize, normalizeAligned, type NormalizeChangeKind } from '../src/normalize/index.js';
import { realArticles } from './real-articles.mjs';
import { isVietnameseSyllable } from '../src/syllable/index.js';
import { sharedPath } from './shared-data.js';
import { prng } from './prng.mjs';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VOWELS = /[aăâeêioôơuưy]/iu;

function sentencesOf(file: string): string[] {
  return readFileSync(sharedPath(file), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text ='))
    .map((l) => l.slice('# text ='.length).trim());
}

/** Moves the tone mark of one word to another vowel of it, making an invalid syllable. */
function misplaceOne(sentence: string, random: () => number): string | null {
  const words = [...sentence.matchAll(/\p{L}+/gu)];
  const candidates: { index: number; variants: string[] }[] = [];
  for (const m of words) {
    const chars = [...m[0]];
    const toned = chars.findIndex((ch) => TONE_MARKS.test(ch.normalize('NFD')));
    if (toned < 0) continue;
    const mark = chars[toned]!.normalize('NFD').match(TONE_MARKS)![0];
    const variants: string[] = [];
    chars.forEach((ch, j) => {
      if (j === toned || !VOWELS.test(ch.normalize('NFD')[0]!)) return;
      const moved = chars.map((c, k) => {
        if (k === toned) return c.normalize('NFD').replace(mark, '').normalize('NFC');
        if (k === j) return (c.normalize('NFD') + mark).normalize('NFC');
        return c;
      });
      const word = moved.join('');
      if (!isVietnameseSyllable(word)) variants.push(word);
    });
    if (variants.length > 0) candidates.push({ index: m.index!, variants });
  }
  if (candidates.length === 0) return null;
  const pick = candidates[Math.floor(random() * candidates.length)]!;
  const variant = pick.variants[Math.floor(random() * pick.variants.length)]!;
  const original = sentence.slice(pick.index).match(/^\p{L}+/u)![0];
  return sentence.slice(0, pick.index) + variant + sentence.slice(pick.index + original.length);
}

const lookalike = (s: string) => s.replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0');

interface Row { name: string; total: number; exact: number; idempotent: number }

function main(): void {
  const markdown = process.argv.includes('--markdown');
  const sentences = [...sentencesOf('vtb/vi_vtb-ud-train.conllu'), ...sentencesOf('vtb/vi_vtb-ud-dev.conllu')];
  const random = prng(20231023);
  const rows: Row[] = [];
  const failures: string[] = [];
  const measure = (name: string, pairs: [input: string, expected: string, style: 'classic' | 'modern'][]) => {
    const row: Row = { name, total: pairs.length, exact: 0, idempotent: 0 };
    for (const [input, expected, style] of pairs) {
      const out = normalize(input, { toneStyle: style });
      if (out === expected) row.exact++;
      else if (failures.length < 20) failures.push(`${name}: ${JSON.stringify(input)} → ${JSON.stringify(out)}`);
      if (normalize(out, { toneStyle: style }) === out) row.idempotent++;
    }
    rows.push(row);
  };
  const classic = sentences.map((s) => normalize(s));
  const modern = sentences.map((s) => normalize(s, { toneStyle: 'modern' }));
  measure('clean (classic reference) unchanged', classic.map((s) => [s, s, 'classic']));
  measure('clean (modern reference) unchanged', modern.map((s) => [s, s, 'modern']));
  measure('NFD → NFC', classic.map((s) => [s.normalize('NFD'), s, 'classic']));
  measure('ð/Ð look-alikes', classic.filter((s) => /[Đđ]/.test(s)).map((s) => [lookalike(s), s, 'classic']));
  measure('modern style → classic', classic.map((s, i) => [modern[i]!, s, 'classic']));
  measure('classic style → modern', modern.map((s, i) => [classic[i]!, s, 'modern']));
  const misplaced: [string, string, 'classic'][] = [];
  for (const s of classic) {
    const m = misplaceOne(s, random);
    if (m !== null) misplaced.push([m, s, 'classic']);
  }
  measure('one misplaced tone mark fixed', misplaced);
  const raw = sentences.filter((s, i) => s !== classic[i]).length;
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(2)}%`);
  console.log(`${sentences.length} treebank sentences (VTB train + dev raw text); ${raw} are changed as given (look-alikes, modern-style words).`);
  console.log(markdown ? '\n| variant | sentences | exact | idempotent |\n|---|---:|---:|---:|' : '');
  for (const r of rows) {
    console.log(markdown ? `| ${r.name} | ${r.total} | ${pct(r.exact, r.total)} | ${pct(r.idempotent, r.total)} |` : `${r.name.padEnd(38)} ${String(r.total).padStart(5)}  exact ${pct(r.exact, r.total).padStart(8)}  idempotent ${pct(r.idempotent, r.total)}`);
  }
  if (failures.length > 0) console.log('\nFirst failures:\n' + failures.join('\n'));
  changesOnArticles(markdown);
}

/**
 * Every change normalize makes to the real articles, one call per article, by kind. Articles
 * that are not NFC as given (part of 'resolutions' is decomposed: real damage) are counted
 * apart. On clean text the default classic style rewrites modern-style words (`Thuỷ` →
 * `Thủy`): that is what it is asked to do; every other kind there deserves a look.
 */
function changesOnArticles(markdown: boolean): void {
  const sources = ['rdr', 'vtb-train', 'vtb-dev', 'resolutions'] as const;
  const kinds: NormalizeChangeKind[] = ['tone-style', 'misplaced-tone', 'lookalike', 'invisible', 'space', 'nfc', 'spacing'];
  const rows: string[] = [];
  const examples: string[] = [];
  for (const source of sources) {
    const docs = realArticles(source) as string[] | null;
    if (docs === null) continue;
    for (const nfd of [false, true]) {
      const part = docs.filter((d) => (d !== d.normalize('NFC')) === nfd);
      if (part.length === 0) continue;
      const counts = new Map<NormalizeChangeKind, number>();
      let words = 0;
      let changes = 0;
      for (const d of part) {
        words += d.split(/\s+/u).filter((w) => w !== '').length;
        for (const c of normalizeAligned(d).changes) {
          changes++;
          for (const k of c.kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
          if (!nfd && !c.kinds.every((k) => k === 'tone-style') && examples.length < 12) {
            examples.push(`${source}: ${JSON.stringify(c.original)} → ${JSON.stringify(c.text)} (${c.kinds.join(', ')})`);
          }
        }
      }
      const byKind = kinds.map((k) => String(counts.get(k) ?? 0));
      const name = `${source}${nfd ? ' (not NFC as given)' : ''}`;
      rows.push(
        markdown
          ? `| ${name} | ${part.length} | ${words} | ${changes} | ${byKind.join(' | ')} |`
          : `${name.padEnd(32)} ${String(part.length).padStart(4)} articles ${String(words).padStart(7)} words ${String(changes).padStart(6)} changes  ${kinds.map((k, i) => `${k} ${byKind[i]}`).join(', ')}`,
      );
    }
  }
  if (rows.length === 0) return;
  console.log(`\nChanges normalize makes to the real articles (scripts/real-articles.mjs), one call per article, default options:`);
  if (markdown) console.log(`\n| articles | count | words | changes | ${kinds.join(' | ')} |\n|---|---:|---:|---:|${kinds.map(() => '---:').join('|')}|`);
  for (const r of rows) console.log(r);
  if (examples.length > 0) console.log('\nChanges in clean articles other than tone style:\n' + examples.join('\n'));
}

main();
