import { ReadableStream } from 'node:stream/web';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextOptionError } from '../core/errors.js';
import { prepare } from '../pipeline/prepare.js';
import { segment } from '../segment/index.js';
import { analyze, analyzeStream, renderHtml, splitLines } from './index.js';

const RAW = 'Hội nghị diễn ra treân địa bàn tỉnh Lạng Sơn ngày 23/10/2023. Thanh Hoá có 478 HTX.';

describe('analyze', () => {
  it('runs the pipeline and reports every change in input offsets', () => {
    const doc = analyze(RAW);
    expect(doc.text).toBe(RAW);
    expect(doc.clean).toBe(prepare(RAW).text);
    expect(doc.repairs.map((r) => [r.original, r.text, RAW.slice(r.start, r.end)])).toEqual([['treân', 'trên', 'treân']]);
    expect(doc.normalizations.map((n) => RAW.slice(n.start, n.end))).toEqual(['Hoá']);
    expect(doc.sentences).toHaveLength(2);
    expect(doc.words.map((w) => w.text)).toEqual(segment(prepare(RAW)).map((w) => w.text));
    expect(doc.language?.language).toBe('vie');
    expect(doc.summary).toBeNull();
  });

  it('summarizes on request, with sentences pointing into the input', () => {
    const doc = analyze(RAW, { summary: { sentences: 1 } });
    expect(doc.summary?.sentences).toHaveLength(1);
    const s = doc.summary!.sentences[0]!;
    expect(RAW.slice(s.start, s.end)).toContain('treân');
    // As summarize promises: `text` is the input there, `cleanText` its repaired form.
    expect(s.text).toBe(RAW.slice(s.start, s.end));
    expect(s.cleanText).toContain('trên');
    expect(s.cleanText).not.toContain('treân');
  });

  it('leaves stages out when asked', () => {
    const doc = analyze(RAW, { repair: false, entities: false, language: false });
    expect(doc.repairs).toEqual([]);
    expect(doc.language).toBeNull();
    expect(doc.entities).toEqual([]);
  });

  it('keeps every span inside the input and ordered, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const doc = analyze(s, { summary: true });
        const spans = [doc.sentences, doc.tokens, doc.words, doc.entities, doc.repairs, doc.normalizations, doc.summary!.sentences];
        for (const list of spans) {
          let last = 0;
          for (const x of list) {
            expect(x.start).toBeGreaterThanOrEqual(last);
            expect(x.end).toBeGreaterThanOrEqual(x.start);
            expect(x.end).toBeLessThanOrEqual(s.length);
            last = x.start;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rejects unknown and malformed options', () => {
    expect(() => analyze('x', { sumary: true } as never)).toThrow(VntextOptionError);
    expect(() => analyze('x', { summary: 3 } as never)).toThrow(VntextOptionError);
    expect(() => analyze('x', { language: 'yes' } as never)).toThrow(VntextOptionError);
  });
});

describe('analyzeStream and splitLines', () => {
  it('splits chunks cut anywhere into lines, CRLF included', async () => {
    const out: string[] = [];
    for await (const line of splitLines(['Xin ch', 'ào\r\nTạm', ' biệt\n\ncuối'])) out.push(line);
    expect(out).toEqual(['Xin chào', 'Tạm biệt', '', 'cuối']);
  });

  it('analyzes an async iterable and a ReadableStream in order', async () => {
    async function* gen() {
      yield 'Thanh Hoá';
      yield 'toi dang o nha';
    }
    const a: string[] = [];
    for await (const doc of analyzeStream(gen())) a.push(doc.clean);
    expect(a).toEqual(['Thanh Hóa', 'toi dang o nha']);
    const stream = new ReadableStream<string>({
      start(c) {
        c.enqueue('một\nhai');
        c.close();
      },
    });
    const b: string[] = [];
    for await (const doc of analyzeStream(splitLines(stream), { entities: false })) b.push(doc.text);
    expect(b).toEqual(['một', 'hai']);
  });

  it('throws bad options at the call', () => {
    expect(() => analyzeStream([], { nope: 1 } as never)).toThrow(VntextOptionError);
  });
});

describe('renderHtml', () => {
  const doc = analyze(RAW, { summary: { sentences: 1 } });
  const at = (text: string) => ({ start: RAW.indexOf(text), end: RAW.indexOf(text) + text.length, text });
  const withEntities = {
    ...doc,
    entities: [
      { type: 'location' as const, ...at('Lạng Sơn') },
      { type: 'date' as const, ...at('23/10/2023') },
    ],
  };
  const html = renderHtml(withEntities, { title: '<Bài>' });

  it('writes one self-contained page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('<title>&lt;Bài&gt;</title>');
  });

  it('highlights entities by type, repairs with their originals, and the summary', () => {
    expect(html).toContain('data-type="location" style="background:#90be6d"><span class="w">Lạng Sơn</span></mark>');
    expect(html).toMatch(/data-type="date"[^>]*><span class="w">23\/10\/2023<\/span><\/mark>/);
    expect(html).toContain('data-original="treân">trên</span>');
    expect(html).toContain('data-original="Hoá">Hóa</span>');
    expect(html).toMatch(/<mark class="summary">.*Hội nghị.*<\/mark> /);
  });

  it('escapes the text', () => {
    const page = renderHtml(analyze('<script>alert("x")</script> & bạn'));
    expect(page).not.toContain('<script');
    expect(page.replace(/<\/?span[^>]*>/g, '')).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bạn');
  });
});
