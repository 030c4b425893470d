// The three tiers of segmentation agree: word objects, typed arrays, and the iterator.
import { describe, expect, it } from 'vitest';
import { AlignmentBuilder } from '../core/alignment.js';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { KIND_NAMES } from '../tokenize/token-kind.js';
import { createSegmenter, segment, segmentTable, wordIterator } from './index.js';

const TEXT = 'Hợp tác xã Tân Phú có 2.270 thành viên.\n\nNgày 5/3, ông về TP. Hồ Chí Minh. Giá 45.000 đồng/kg!';

describe('segmentTable', () => {
  it('holds the words of segment in typed arrays', () => {
    const t = segmentTable(TEXT);
    const words = segment(TEXT);
    expect(t.count).toBe(words.length);
    expect(t.start).toBeInstanceOf(Uint32Array);
    for (let i = 0; i < t.count; i++) {
      expect([t.start[i], t.end[i], KIND_NAMES[t.kind[i]!]]).toEqual([words[i]!.start, words[i]!.end, words[i]!.kind]);
    }
  });

  it('keeps its arrays when called again', () => {
    const a = segmentTable('hợp tác xã');
    segmentTable('một hai ba bốn năm');
    expect([a.count, a.start[0], a.end[0]]).toEqual([1, 0, 10]);
  });

  it('maps aligned input back to the original string', () => {
    const original = 'Hoà  Bình';
    const b = new AlignmentBuilder();
    b.edit(3, 5, 1);
    const t = segmentTable({ text: 'Hoà Bình', alignment: b.finish(original.length) });
    const words = segment({ text: 'Hoà Bình', alignment: b.finish(original.length) });
    expect(Array.from(t.start.subarray(0, t.count))).toEqual(words.map((w) => w.start));
    expect(Array.from(t.end.subarray(0, t.count))).toEqual(words.map((w) => w.end));
  });

  it('checks input and options', () => {
    expect(() => segmentTable(42 as never)).toThrow(VntextInputError);
    expect(() => segmentTable('a', { bogus: 1 } as never)).toThrow(VntextOptionError);
  });

  it('uses a segmenter dictionary', () => {
    const seg = createSegmenter({ dictionary: ['Muay Thái'] });
    expect(seg.segmentTable('xem Muay Thái').count).toBe(2);
  });
});

describe('wordIterator', () => {
  it('yields the words of segment', () => {
    expect([...wordIterator(TEXT)]).toEqual(segment(TEXT));
  });

  it('yields the words of segment on a text of many blocks', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 5000; i++) paragraphs.push(i % 7 === 0 ? `Ngày\n\n${i % 28 + 1}/3 họ về Hà Nội` : `Đoạn ${i}: hợp tác xã Tân Phú có ${i}.270 thành viên.`);
    const text = paragraphs.join('\n\n');
    expect(text.length).toBeGreaterThan(3 * 65536);
    expect([...wordIterator(text)]).toEqual(segment(text));
  });

  it('checks its input when called, not when first stepped', () => {
    expect(() => wordIterator(null as never)).toThrow(VntextInputError);
  });

  it('is unaffected by calls made between its steps', () => {
    const it1 = wordIterator('hợp tác xã Tân Phú');
    expect(it1.next().value?.text).toBe('hợp tác xã');
    segment('một hai ba');
    expect(it1.next().value?.text).toBe('Tân Phú');
  });
});
