// Checks on real text from ../shared/data (skipped, with a printed reason, when it is absent).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.js';
import { scanTokens, sentences, tokenize } from './index.js';

const corpusPath = sharedFile('corpus/resolutions-2025-merger.md');
const treebankPath = sharedFile('vtb/vi_vtb-ud-dev.conllu');

describe.skipIf(corpusPath === null)('legal corpus (1.2 MB, part NFD)', () => {
  const text = corpusPath === null ? '' : readFileSync(corpusPath, 'utf8');

  it('tokenizes NFD and NFC forms alike', () => {
    const nfc = tokenize(text.normalize('NFC'));
    const nfd = tokenize(text.normalize('NFD'));
    expect(nfd.length).toBe(nfc.length);
    for (let i = 0; i < nfc.length; i++) {
      if (nfd[i]!.kind !== nfc[i]!.kind || nfd[i]!.text.normalize('NFC') !== nfc[i]!.text) {
        expect([nfd[i]!.text, nfd[i]!.kind]).toEqual([nfc[i]!.text, nfc[i]!.kind]);
      }
    }
  });

  it('covers every non-space character', () => {
    const t = scanTokens(text);
    let covered = 0;
    for (let i = 0; i < t.count; i++) covered += t.end[i]! - t.start[i]!;
    expect(covered).toBe(text.replace(/[\s\u200B\uFEFF]/gu, '').length);
  });

  it('keeps document numbers, dates and abbreviations as the reader sees them', () => {
    const kinds = new Map(tokenize(text).map((t) => [t.text, t.kind]));
    expect(kinds.get('UBND')).toBe('abbreviation');
    expect(kinds.get('NQ-UBTVQH15')).toBe('abbreviation');
    expect(kinds.get('01/7/2025')).toBe('date');
    expect(kinds.get('THÀNH')).toBe('word');
  });

  it('splits NFD and NFC forms alike', () => {
    const nfc = sentences(text.normalize('NFC')).map((s) => s.text);
    const nfd = sentences(text.normalize('NFD')).map((s) => s.text.normalize('NFC'));
    expect(nfd.length).toBe(nfc.length);
    expect(nfd).toEqual(nfc);
  });

  it('splits into sentences that slice to their text', () => {
    const spans = sentences(text);
    expect(spans.length).toBeGreaterThan(1000);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    const cited = spans.find((s) => s.text.includes('Công văn số 1027/CTK-CSCL'));
    expect(cited?.text).toMatch(/^_\(Ban hành kèm theo Công văn số 1027\/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê\)_$/);
  });
});

describe.skipIf(treebankPath === null)('treebank sentences', () => {
  it('leaves almost every one-sentence line whole', () => {
    const lines = readFileSync(treebankPath!, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('# text'))
      .map((l) => l.replace(/^# text ?= ?/, ''));
    const split = lines.filter((l) => sentences(l).length !== 1).length;
    // The treebank's own tokenization (`TP . HCM`, `25 . 000`) accounts for most of the rest.
    expect(split / lines.length).toBeLessThan(0.02);
  });
});
