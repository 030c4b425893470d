import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { mojibake } from '../encoding/index.js';
import { isStopword } from './stopwords.js';
import { summarize } from './index.js';

// Written for these tests: a short provincial report on cooperatives, then a second report on
// the same meeting, and an unrelated one.
const ARTICLE = [
  'HỘI NGHỊ TỔNG KẾT KINH TẾ TẬP THỂ',
  '',
  'Sáng 12/3, Liên minh Hợp tác xã tỉnh Tân An tổ chức hội nghị tổng kết kinh tế tập thể năm 2023.',
  'Theo báo cáo, toàn tỉnh có 210 hợp tác xã với hơn 9.000 thành viên, tăng 15 hợp tác xã so với năm trước.',
  'Doanh thu bình quân của mỗi hợp tác xã đạt 1,5 tỷ đồng, thu nhập của thành viên tăng 8%.',
  'Trời hôm ấy nắng đẹp.',
  'Nhiều hợp tác xã nông nghiệp đã liên kết với doanh nghiệp để tiêu thụ sản phẩm cho nông dân.',
  'Ông Trần Văn Bình, Chủ tịch Liên minh Hợp tác xã tỉnh, đề nghị các sở, ngành tháo gỡ khó khăn về vốn cho kinh tế tập thể.',
  'Năm 2024, tỉnh phấn đấu thành lập mới 20 hợp tác xã, đưa kinh tế tập thể trở thành động lực phát triển.',
  'Hội nghị cũng khen thưởng 12 hợp tác xã có thành tích xuất sắc.',
].join('\n');

const SECOND = [
  'Liên minh Hợp tác xã tỉnh Tân An vừa tổng kết kinh tế tập thể năm 2023.',
  'Toàn tỉnh có 210 hợp tác xã với hơn 9.000 thành viên, tăng 15 hợp tác xã so với năm trước.',
  'Các hợp tác xã kiến nghị được vay vốn ưu đãi để mở rộng sản xuất.',
].join(' ');

const THIRD = 'Đội tuyển bóng đá tỉnh thắng 2-0 trong trận giao hữu chiều qua. Huấn luyện viên khen các cầu thủ trẻ.';

describe('summarize: one article', () => {
  it('returns the requested number of sentences, in document order, with offsets into the input', () => {
    const r = summarize(ARTICLE, { sentences: 3 });
    expect(r.sentences).toHaveLength(3);
    for (const s of r.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
    const starts = r.sentences.map((s) => s.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(r.sentences.every((s) => s.document === undefined)).toBe(true);
  });

  it('never chooses the title line or a sentence that says nothing of the story', () => {
    const texts = summarize(ARTICLE, { sentences: 4 }).sentences.map((s) => s.text);
    expect(texts).not.toContain('HỘI NGHỊ TỔNG KẾT KINH TẾ TẬP THỂ');
    expect(texts).not.toContain('Trời hôm ấy nắng đẹp.');
  });

  it('is deterministic', () => {
    expect(summarize(ARTICLE, { sentences: 3, keywords: 8 })).toEqual(summarize(ARTICLE, { sentences: 3, keywords: 8 }));
  });

  it('keeps within maxCharacters', () => {
    for (const max of [0, 60, 120, 250, 400]) {
      const r = summarize(ARTICLE, { sentences: 5, maxCharacters: max });
      expect(r.sentences.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(max);
    }
    expect(summarize(ARTICLE, { sentences: 5, maxCharacters: 250 }).sentences.length).toBeGreaterThan(0);
  });

  it('maps offsets through repair: a sentence typed partly in VNI-Windows points at the damaged text', () => {
    const damaged = ARTICLE.replace('tiêu thụ sản phẩm', mojibake('tiêu thụ sản phẩm', 'vni'));
    expect(damaged).not.toBe(ARTICLE);
    const clean = summarize(ARTICLE, { sentences: 20 }).sentences;
    const r = summarize(damaged, { sentences: 20 }).sentences;
    expect(r.map((s) => s.cleanText)).toEqual(clean.map((s) => s.text));
    const s = r.find((x) => x.cleanText.includes('tiêu thụ sản phẩm'))!;
    expect(damaged.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toContain(mojibake('tiêu thụ sản phẩm', 'vni'));
    expect(s.text.startsWith('Nhiều hợp tác xã')).toBe(true);
  });

  it('returns the sentences as written (tone style, look-alikes) with the normalized form beside them', () => {
    const modern = ARTICLE.replace('Doanh thu', 'Doanh thu hoà vốn,').replace('Tân An', 'Tân Ðông');
    const r = summarize(modern, { sentences: 20 }).sentences;
    for (const s of r) expect(modern.slice(s.start, s.end)).toBe(s.text);
    const s = r.find((x) => x.text.includes('hoà vốn'))!;
    expect(s.cleanText).toContain('hòa vốn');
    expect(r.find((x) => x.text.includes('Tân Ðông'))!.cleanText).toContain('Tân Đông');
    for (const x of r) if (x.text === x.cleanText) expect(x.text).not.toMatch(/hoà|Ð/u);
  });

  it('falls back to lines without final punctuation when the text has nothing else', () => {
    const lines = 'Giá lúa tăng mạnh ở đồng bằng\nNông dân phấn khởi vì giá lúa tăng\nThương lái thu mua lúa tận ruộng';
    const r = summarize(lines, { sentences: 2 });
    expect(r.sentences).toHaveLength(2);
    for (const s of r.sentences) expect(lines.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty or letterless input, and no more sentences than there are', () => {
    expect(summarize('')).toEqual({ sentences: [], keywords: [] });
    expect(summarize('... 123 !!!').sentences.length).toBeLessThanOrEqual(1);
    expect(summarize('Một câu thôi.', { sentences: 5 }).sentences).toHaveLength(1);
  });
});

describe('summarize: keywords', () => {
  it('ranks the article’s multi-syllable words and phrases, never stopwords or lone syllables', () => {
    const kw = summarize(ARTICLE, { keywords: 8 }).keywords;
    expect(kw.length).toBeGreaterThan(3);
    const texts = kw.map((k) => k.text.toLowerCase());
    expect(texts).toContain('hợp tác xã');
    expect(texts).toContain('kinh tế tập thể');
    for (const k of kw) {
      expect(isStopword(k.text.toLowerCase())).toBe(false);
      expect(k.text.includes(' ') || /\p{Lu}.*\p{Lu}/u.test(k.text)).toBe(true);
    }
    const scores = kw.map((k) => k.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('returns as many keywords as asked for, or none', () => {
    expect(summarize(ARTICLE, { keywords: 0 }).keywords).toEqual([]);
    expect(summarize(ARTICLE, { keywords: 2 }).keywords).toHaveLength(2);
  });
});

describe('summarize: a cluster of documents', () => {
  it('says which document each sentence comes from, with offsets into that document', () => {
    const docs = [ARTICLE, SECOND, THIRD];
    const r = summarize(docs, { sentences: 5 });
    expect(r.sentences.length).toBe(5);
    for (const s of r.sentences) {
      expect(s.document).toBeGreaterThanOrEqual(0);
      expect(docs[s.document!]!.slice(s.start, s.end)).toBe(s.text);
    }
    const order = r.sentences.map((s) => [s.document!, s.start] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
  });

  it('picks a sentence repeated across documents once, and near duplicates once', () => {
    const r = summarize([ARTICLE, SECOND, ARTICLE], { sentences: 6 });
    const texts = r.sentences.map((s) => s.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    // SECOND restates ARTICLE's second sentence almost word for word.
    const restated = texts.filter((t) => t.includes('210 hợp tác xã với hơn 9.000 thành viên'));
    expect(restated.length).toBeLessThanOrEqual(1);
  });

  it('treats a one-element array like the string, plus the document index', () => {
    const one = summarize([ARTICLE], { sentences: 3 }).sentences;
    const plain = summarize(ARTICLE, { sentences: 3 }).sentences;
    expect(one.map(({ document, ...s }) => s)).toEqual(plain);
    expect(one.every((s) => s.document === 0)).toBe(true);
  });
});

describe('summarize: options and input', () => {
  it.each([
    [{ sentences: -1 }, 'sentences'],
    [{ sentences: 1.5 }, 'sentences'],
    [{ keywords: '3' }, 'keywords'],
    [{ maxCharacters: Number.NaN }, 'maxCharacters'],
    [{ sentense: 3 }, 'sentense'],
  ])('rejects %j with VntextOptionError naming %s', (options, option) => {
    try {
      summarize(ARTICLE, options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(VntextOptionError);
      expect((e as VntextOptionError).option).toBe(option);
    }
  });

  it('rejects input that is not a string or an array of strings', () => {
    expect(() => summarize(42 as never)).toThrow(VntextInputError);
    expect(() => summarize(['ok', 3] as never)).toThrow(VntextInputError);
  });

  it('never throws on any string, and its spans are in bounds and ordered', () => {
    const anything = fc.string({ unit: 'binary', maxLength: 200 });
    const pieces = fc
      .array(fc.constantFrom('Hợp tác xã', 'tỉnh Lạng Sơn', 'HTX', '2.270', '.', '!', '\n', ' ', 'treân', '\ud800', 'Ð', '…'), { maxLength: 60 })
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.oneof(anything, pieces), (text) => {
        const r = summarize(text, { sentences: 3, keywords: 5 });
        let last = 0;
        for (const s of r.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
        expect(r.keywords.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 300 },
    );
  });
});
