// How often detectLanguage says `vie`: on Vietnamese (the treebank dev sentences when
// ../shared/data is there, with and without diacritics, whole and cut to their first words)
// and on the project's own control lines in other languages (src/encoding/controls.fixture.ts),
// where it must almost never say `vie`. Prints the table the README quotes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.js';
import { CONTROL_GROUPS } from '../encoding/controls.fixture.js';
import { goldText, parseSegFile } from '../segment/seg-format.js';
import { removeDiacritics } from '../syllable/remove-diacritics.js';
import { detectLanguage } from './index.js';

const rate = (texts: readonly string[]): number => (100 * texts.filter((t) => detectLanguage(t).language === 'vie').length) / texts.length;
const firstWords = (t: string, n: number): string => t.split(' ').slice(0, n).join(' ');
const row = (name: string, texts: readonly string[]): string => `| ${name} | ${texts.length} | ${rate(texts).toFixed(1)}% |`;

const FOREIGN = [
  'french',
  'german',
  'spanish',
  'portuguese',
  'italian',
  'nordic',
  'czech_slovak_polish',
  'turkish_romanian_hungarian',
  'catalan_dutch_other',
  'english',
  'european_dense',
  'european_short',
  'romance_short_words',
];

describe('detectLanguage accuracy', () => {
  it('almost never calls the control lines in other languages Vietnamese', () => {
    const lines = FOREIGN.flatMap((g) => CONTROL_GROUPS[g] ?? []);
    expect(lines.length).toBeGreaterThan(300);
    console.log(`| other languages (controls.fixture.ts, ${FOREIGN.length} groups) called vie | ${lines.length} | ${rate(lines).toFixed(1)}% |`);
    expect(rate(lines)).toBeLessThan(2);
  });

  it('calls the Vietnamese control lines Vietnamese, with marks, without and in capitals', () => {
    for (const g of ['vietnamese', 'vietnamese_no_marks', 'vietnamese_caps']) {
      const lines = CONTROL_GROUPS[g]!;
      console.log(row(`controls: ${g}`, lines));
      expect(rate(lines)).toBeGreaterThan(90);
    }
  });

  const devFile = sharedFile('vtb/dev.seg.txt');
  it.skipIf(devFile === null)('calls the treebank dev sentences Vietnamese, whole or cut short, with or without marks', () => {
    const sentences = parseSegFile(readFileSync(devFile!, 'utf8')).map((s) => goldText(s).text);
    const bare = sentences.map(removeDiacritics);
    const table = [
      row('VTB dev sentences', sentences),
      row('VTB dev, diacritics removed', bare),
      row('VTB dev, first 3 words', sentences.map((t) => firstWords(t, 3))),
      row('VTB dev, first 3 words, diacritics removed', bare.map((t) => firstWords(t, 3))),
      row('VTB dev, first 5 words, diacritics removed', bare.map((t) => firstWords(t, 5))),
    ];
    console.log(['| text | lines | called vie |', '|---|---:|---:|', ...table].join('\n'));
    expect(rate(sentences)).toBeGreaterThan(99);
    expect(rate(bare)).toBeGreaterThan(95);
  });
});
