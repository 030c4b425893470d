import { describe, expect, it } from 'vitest';
import { DOTTED_ABBREVIATIONS } from './abbreviations.js';
import { CharClass } from './char-class-codes.js';
import { bmpClasses } from './char-classes.js';
import { MAX_CASED_ABBREVIATION_HEAD } from './scanner.js';
import { tokenize } from './tokenize.js';

describe('the scanner fast path for a word before `.` or `:`', () => {
  it('knows the longest head of a listed abbreviation a plain word could be', () => {
    const C = bmpClasses();
    const isWordUnit = (c: number): boolean => C[c]! <= CharClass.Digit;
    let longest = 0;
    for (const [text] of DOTTED_ABBREVIATIONS) {
      for (const form of [text, text.normalize('NFD')]) {
        const dot = form.indexOf('.');
        if (dot <= 0) continue;
        const head = form.slice(0, dot);
        const first = C[head.charCodeAt(0)]!;
        // What the fast path reads as a lower-case or capitalized word.
        const plainWord = first <= CharClass.Letter && [...head].every((ch) => isWordUnit(ch.charCodeAt(0))) && (first !== CharClass.Upper || C[head.charCodeAt(1)] === CharClass.Lower);
        if (plainWord) longest = Math.max(longest, head.length);
      }
    }
    expect(longest).toBeGreaterThan(0);
    expect(MAX_CASED_ABBREVIATION_HEAD).toBeGreaterThanOrEqual(longest);
  });

  it('still finds what follows a word there', () => {
    const kinds = (s: string) => tokenize(s).map((t) => `${t.text}:${t.kind}`);
    expect(kinds('xem Prof. An, nhanh. Corp.')).toEqual(['xem:word', 'Prof.:abbreviation', 'An:word', ',:punctuation', 'nhanh:word', '.:punctuation', 'Corp.:abbreviation']);
    expect(kinds('Ông A. Bình về TP. Huế, HTX. Ltd. tr. Hết.')).toEqual([
      'Ông:word', 'A:word', '.:punctuation', 'Bình:word', 'về:word', 'TP.:abbreviation', 'Huế:word', ',:punctuation',
      'HTX:abbreviation', '.:punctuation', 'Ltd.:abbreviation', 'tr.:abbreviation', 'Hết:word', '.:punctuation',
    ]);
    expect(kinds('nhanh.')).toEqual(['nhanh:word', '.:punctuation']);
    expect(kinds('Ảnh: https://a.vn nhanh.vn ai@x.vn. baocao.docx xem: http: nhanh:')).toEqual([
      'Ảnh:word', '::punctuation', 'https://a.vn:url', 'nhanh.vn:url', 'ai@x.vn:email', '.:punctuation', 'baocao.docx:word',
      'xem:word', '::punctuation', 'http:word', '::punctuation', 'nhanh:word', '::punctuation',
    ]);
  });
});
