// The README's examples, run against the built package: if one of these fails, the README
// says something untrue.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../scripts/size-report.mjs';
import { repoRoot } from '../scripts/shared-data.js';
import { publicExports } from './helpers/public-api.js';

const require = createRequire(import.meta.url);
const v = require('vntext') as typeof import('../src/index.js');
const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
/** The README's JavaScript examples, joined. */
const examples = [...readme.matchAll(/```(?:js|ts)\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n');

describe('the README examples', () => {
  const raw = 'Hội nghị diễn ra treân địa bàn tỉnh Thanh Hoá ngày 23/10/2023.';

  it('prepare repairs, normalizes and reports both in input offsets', () => {
    const clean = v.prepare(raw);
    expect(clean.text).toBe('Hội nghị diễn ra trên địa bàn tỉnh Thanh Hóa ngày 23/10/2023.');
    expect(clean.repairs).toEqual([{ start: 17, end: 22, original: 'treân', text: 'trên', encoding: 'vni' }]);
    expect(clean.normalizations).toEqual([{ start: 42, end: 45, original: 'Hoá', text: 'Hóa', kinds: ['tone-style'] }]);
  });

  it('later stages report spans in the raw string', () => {
    const clean = v.prepare(raw);
    const t = v.tokenize(clean).find((x) => x.text === 'trên')!;
    expect(raw.slice(t.start, t.end)).toBe('treân');
    expect(v.tokenize(clean).at(-2)).toEqual({ text: '23/10/2023', start: 51, end: 61, kind: 'date' });
    expect(v.segmentJoined(clean)).toBe('Hội_nghị diễn ra trên địa_bàn tỉnh Thanh_Hóa ngày 23/10/2023 .');
  });

  it('splits sentences around abbreviations', () => {
    expect(v.sentences('Ông về TP. Hồ Chí Minh. Bà ở lại.').map((s) => s.text)).toEqual(['Ông về TP. Hồ Chí Minh.', 'Bà ở lại.']);
  });

  it('normalizes and repairs as shown', () => {
    expect(v.normalize('Ngừơi dân Thanh Hoá')).toBe('Người dân Thanh Hóa');
    expect(v.normalize('Thanh Hóa', { toneStyle: 'modern' })).toBe('Thanh Hoá');
    expect(v.repair('Nguyeân taéc cuûa coâng ty').text).toBe('Nguyên tắc của công ty');
    expect(v.repair('Café naïve, São Paulo').changes).toEqual([]);
  });

  it('shows the errors a bad option or input throws', () => {
    expect(() => v.normalize('x', { toneStyle: 'new' } as never)).toThrow(
      new v.VntextOptionError('normalize', 'toneStyle', "'classic' or 'modern' or 'keep'", 'new'),
    );
    expect(() => v.normalize('x', { toneStyle: 'new' } as never)).toThrow("normalize: option `toneStyle` must be 'classic' or 'modern' or 'keep'; received \"new\".");
    expect(() => v.tokenize(42 as never)).toThrow('tokenize: expected a string or { text, alignment } as the first argument; received 42.');
  });

  it('prepare and normalizeAligned give what the API section shows', () => {
    expect(v.prepare('Hội nghị treân địa bàn tỉnh Thanh Hoá').text).toBe('Hội nghị trên địa bàn tỉnh Thanh Hóa');
    expect(v.normalizeAligned('Ngừơi dân Thanh Hoá').changes).toEqual([
      { start: 0, end: 5, original: 'Ngừơi', text: 'Người', kinds: ['misplaced-tone'] },
      { start: 16, end: 19, original: 'Hoá', text: 'Hóa', kinds: ['tone-style'] },
    ]);
  });

  it('encodes, decodes and reproduces damage as shown', () => {
    expect(Array.from(v.encode('Việt', 'vni'))).toEqual([86, 105, 101, 228, 116]);
    expect(v.decode(new Uint8Array([86, 105, 101, 228, 116]), 'vni')).toBe('Việt');
    expect(v.mojibake('Việt Nam', 'utf-8')).toBe('Viá»‡t Nam');
  });

  it('tokenizes as shown', () => {
    expect(v.tokenize('HTX có 2.270 thành viên')).toEqual([
      { text: 'HTX', start: 0, end: 3, kind: 'abbreviation' },
      { text: 'có', start: 4, end: 6, kind: 'word' },
      { text: '2.270', start: 7, end: 12, kind: 'number' },
      { text: 'thành', start: 13, end: 18, kind: 'word' },
      { text: 'viên', start: 19, end: 23, kind: 'word' },
    ]);
    expect(v.countTokens('HTX có 2.270 thành viên')).toBe(5);
    const table = v.scanTokens('HTX có 2.270');
    expect([table.count, Array.from(table.start), Array.from(table.end), Array.from(table.kind)]).toEqual([3, [0, 4, 7], [3, 6, 12], [8, 1, 2]]);
    expect(v.tokenKindName(table.kind[0]!)).toBe('abbreviation');
    expect(v.tokenize('Xem https://baolangson.vn hoặc gọi 0912 345 678 lúc 7h30.', { exclude: ['punctuation'] }).map((t) => t.kind)).toEqual(['word', 'url', 'word', 'word', 'phone', 'word', 'time']);
  });

  it('segments as shown', () => {
    expect(v.segment('Hợp tác xã nông nghiệp')).toEqual([
      { text: 'Hợp tác xã', start: 0, end: 10, kind: 'word' },
      { text: 'nông nghiệp', start: 11, end: 22, kind: 'word' },
    ]);
    expect(v.segmentJoined('Hợp tác xã nông nghiệp Tân Lập')).toBe('Hợp_tác_xã nông_nghiệp Tân_Lập');
    expect(v.countWords('Hợp tác xã nông nghiệp Tân Lập')).toBe(3);
    expect(v.createSegmenter({ dictionary: ['cà phê sữa đá'] }).segmentJoined('uống cà phê sữa đá')).toBe('uống cà_phê_sữa_đá');
  });

  it('gives the syllable model results shown', () => {
    expect(v.parseSyllable('người')).toEqual({ onset: 'ng', glide: '', nucleus: 'ươ', coda: 'i', tone: 'huyen', case: 'lower', toneStyle: 'both' });
    expect(v.isVietnameseSyllable('ngừơi')).toBe(false);
    expect(v.restyleSyllable('hòa', 'modern')).toBe('hoà');
    expect(v.removeDiacritics('Đồng Nai, Việt Nam')).toBe('Dong Nai, Viet Nam');
  });

  it('extractEntities and summarize return the documented shapes, with spans into the input', () => {
    const text = 'HTX Nông nghiệp Hải Thượng có 2.270 thành viên từ tháng 9/2023.';
    for (const e of v.extractEntities(text)) {
      expect(v.ENTITY_TYPES).toContain(e.type);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    const article = 'Một câu đầu. Câu thứ hai. Câu thứ ba.';
    const summary = v.summarize(article, { sentences: 2, keywords: 5 });
    expect(summary.sentences.length).toBeLessThanOrEqual(2);
    expect(summary.keywords.length).toBeLessThanOrEqual(5);
    for (const s of summary.sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  it('tokenizes, segments and parses as the added examples show', () => {
    expect([...v.tokenIterator('Gọi 0912 345 678 nhé!')].map((t) => t.kind)).toEqual(['word', 'phone', 'word', 'punctuation']);
    expect(v.tokenKindCode('date')).toBe(v.TokenKind.Date);
    expect(v.TokenKind.Date).toBe(3);
    expect(v.DOTTED_ABBREVIATIONS.find(([text]) => text === 'v.v.')).toEqual(['v.v.', true]);
    expect(v.DOTTED_ABBREVIATIONS.find(([text]) => text === 'TP.')).toEqual(['TP.', false]);
    expect(v.tokenize('PGS.TS. Nguyễn Văn An')[0]!.text).toBe('PGS.TS.');
    expect(v.composeSyllable(v.parseSyllable('hòa')!, 'modern')).toBe('hoà');
    expect(v.mojibake('Cộng', 'utf-8', { view: 'latin1' })).toBe('Cá»\u0099ng');
    expect(v.ENCODINGS.every((e) => v.decode(v.encode('Việt', e), e) === 'Việt')).toBe(true);
    expect(v.ENTITY_TYPES.length).toBe(13);
    expect(v.prepare('Hội nghị treân địa bàn tỉnh Thanh Hoá').alignment.toInput(9, 13)).toEqual({ start: 9, end: 14 });
    const events: string[] = [];
    v.extractEntities('Vốn 1,2 tỷ đồng.', { debug: (e) => events.push(`${e.action} ${e.rule} ${e.reason ?? ''}`.trim()) });
    expect(events).toEqual([
      'produced money/amount',
      'produced quantity/unit',
      'dropped quantity/unit remove-overlaps: overlaps money "1,2 tỷ đồng" (money/amount)',
      'kept money/amount',
    ]);
    expect(() => v.tokenKindName(99)).toThrow(v.VntextInputError);
  });

  it('streams as the analyze example shows', async () => {
    const { analyzeStream, splitLines } = require('vntext/analyze') as typeof import('../src/analyze/index.js');
    const lines: string[] = [];
    for await (const line of splitLines(['Hà Nội\r\nHu', 'ế\nĐà Nẵng'])) lines.push(line);
    expect(lines).toEqual(['Hà Nội', 'Huế', 'Đà Nẵng']);
    const clean: string[] = [];
    for await (const d of analyzeStream(['Hội nghị treân địa bàn.', 'Tỉnh Lạng Sơn.'])) clean.push(d.clean);
    expect(clean).toEqual(['Hội nghị trên địa bàn.', 'Tỉnh Lạng Sơn.']);
  });

  it('quotes what npm run demo prints, code points included', () => {
    const block = /The demo prints[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const printed = execFileSync(process.execPath, [resolve(repoRoot, 'examples/demo.mjs')], { encoding: 'utf8' });
    const lines = block!.split('\n').filter((l) => l.trim() !== '');
    expect(lines.some((l) => l.includes('U+01B0'))).toBe(true);
    expect(lines.filter((l) => !printed.includes(l))).toEqual([]);
  });

  it('names every export of every entry point in the API section, types included', () => {
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Algorithms'));
    const names = new Set(publicExports().map((e) => e.name));
    expect(names.size).toBeGreaterThan(80);
    expect([...names].filter((n) => !api.includes(`\`${n}\``) && !api.includes(`\`${n}(`))).toEqual([]);
  });

  it('shows every exported function called, and every exported table used, in an example', () => {
    const runtime = new Set<string>();
    for (const e of publicExports()) {
      const spec = e.entry === '.' ? 'vntext' : `vntext/${e.entry.slice(2)}`;
      const value = (require(spec) as Record<string, unknown>)[e.name];
      if (value !== undefined && !/^Vntext/.test(e.name)) runtime.add(e.name);
    }
    expect(runtime.size).toBeGreaterThan(30);
    const unused = [...runtime].filter((n) => {
      const value = (v as Record<string, unknown>)[n];
      return typeof value === 'function' && !/^[A-Z]/.test(n) ? !examples.includes(`${n}(`) : !new RegExp(`\\b${n}\\b`).test(examples);
    });
    expect(unused).toEqual([]);
  });

  it('documents every runtime export of every entry point', () => {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    const names = new Set<string>();
    for (const key of Object.keys(pkg.exports)) {
      if (key === './package.json') continue;
      const spec = key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
      for (const name of Object.keys(createRequire(import.meta.url)(spec) as object)) names.add(name);
    }
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter((n) => !readme.includes(`\`${n}\``) && !readme.includes(`\`${n}(`))).toEqual([]);
  });

  it('states the size budgets test/size.test.ts enforces', () => {
    for (const [name, kb] of Object.entries(BUDGETS)) expect(readme).toMatch(new RegExp(`\\| \`${name}\` \\|[^\\n]*\\| ${(kb as number).toFixed(1)} \\|`));
  });
});

