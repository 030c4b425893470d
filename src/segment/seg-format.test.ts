import { describe, expect, it } from 'vitest';
import { WordScore, goldText, parseSegLine } from './seg-format.js';

describe('the treebank segmentation format', () => {
  it.each([
    ['hợp_tác_xã lớn', ['hợp', 'tác', 'xã', 'lớn'], [0, 1, 1, 0]],
    ['Hiện_nay xã có 68 tổ .', ['Hiện', 'nay', 'xã', 'có', '68', 'tổ', '.'], [0, 1, 0, 0, 0, 0, 0]],
    ['a _ b', ['a', '_', 'b'], [0, 0, 0]],
  ])('reads %j as syllables and joins', (line, syllables, joins) => {
    const s = parseSegLine(line)!;
    expect(s.syllables).toEqual(syllables);
    expect([...s.joins]).toEqual(joins);
  });

  it('reads a blank line as no sentence', () => {
    expect(parseSegLine('   ')).toBeNull();
  });

  it('turns a gold sentence into plain text with its word spans', () => {
    const g = goldText(parseSegLine('hợp_tác_xã lớn')!);
    expect(g.text).toBe('hợp tác xã lớn');
    expect([...g.spans]).toEqual([0, 10, 11, 14]);
  });

  it('scores words that match both ends only', () => {
    const s = new WordScore();
    s.addSpans([0, 10, 11, 14], [0, 10, 11, 14]);
    expect(s.f1).toBe(100);
    s.addSpans([0, 3, 4, 7], [0, 7]);
    expect([s.correct, s.gold, s.predicted]).toEqual([2, 4, 3]);
  });
});
