// The issue-13 hardening contract outside the fuzz and linear-time suites: each bug found by
// fuzzing the package keeps a test; every export checks its input and options the way the main
// functions do; exported tables cannot be changed by a caller; configurations never share
// state; the built library holds no `eval`, `new Function` or dynamic `require`/`import`.
// Known open bugs are `it.fails` with the finding described: flip each to `it` when fixed.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from '../src/index.js';
import { repoRoot } from '../scripts/shared-data.js';

const codePoints = (s: string) => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

describe('bugs found by fuzzing the package', () => {
  // A regression test for a fuzzing finding (issue 13).
  it('normalize is idempotent with spacing: the space after a comma comes on the first pass', () => {
    const once = v.normalize('Hà Nội ,Việt Nam', { spacing: true });
    expect(once).toBe('Hà Nội, Việt Nam');
    expect(v.normalize(once, { spacing: true })).toBe(once);
  });

  // fixed on branch h-norm; flip at merge: `U\u200b\u0302` became `U\u0302` on the first pass
  // and `Û` on the second.
  it('normalize composes a mark separated from its letter by an invisible character, on the first pass', () => {
    const once = v.normalize('U\u200b\u0302');
    expect(codePoints(v.normalize(once))).toBe(codePoints(once));
    expect(codePoints(once)).toBe('U+00DB');
  });

  // A regression test for a fuzzing finding (issue 13).
  it('VIQR encode escapes ( after e/i/o/u and ^ after i/u/y, so decode gives the text back', () => {
    for (const s of ['Hà Nội(thủ đô)', 'thu^', 'bi(a)', 'y^']) expect(v.decode(v.encode(s, 'viqr'), 'viqr')).toBe(s);
  });

  // A regression test for a fuzzing finding (issue 13).
  it('unicomp keeps marks on letters outside Vietnamese (ṍ stays ṍ)', () => {
    expect(v.decode(v.encode('ṍ', 'unicomp'), 'unicomp')).toBe('ṍ');
  });

  // A regression test for a fuzzing finding (issue 13).
  it('parseSyllable rejects a doubled i after gi (giin, gìin)', () => {
    expect(v.parseSyllable('giin')).toBeNull();
    expect(v.parseSyllable('gìin')).toBeNull();
    expect(v.isVietnameseSyllable('giin')).toBe(false);
  });

  // A regression test for a fuzzing finding: a lone high surrogate took the character after
  // it along, so the space before `Việt` was lost.
  it('encode writes one ? per character it cannot represent and loses nothing else', () => {
    for (const e of ['vni', 'tcvn3', 'viscii', 'windows-1258'] as const) {
      expect(v.decode(v.encode('\ud800 Việt', e), e)).toBe('? Việt');
    }
  });
});

describe('every export checks its input and options', () => {
  const isVntextError = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof v.VntextInputError || e instanceof v.VntextOptionError;
    }
    return false;
  };

  it.each([
    ['normalize(null)', () => v.normalize(null as never)],
    ['repair(42)', () => v.repair(42 as never)],
    ['tokenize(undefined)', () => v.tokenize(undefined as never)],
    ['segment({})', () => v.segment({} as never)],
    ['normalize(s, { bogus })', () => v.normalize('a', { bogus: 1 } as never)],
    ['tokenize(s, { exclude: 5 })', () => v.tokenize('a', { exclude: 5 } as never)],
    ['extractEntities(s, { types: ["bogus"] })', () => v.extractEntities('a', { types: ['bogus'] } as never)],
    ['summarize(s, { sentences: -1 })', () => v.summarize('a', { sentences: -1 })],
  ])('the main functions throw a vntext error: %s', (_name, f) => {
    expect(isVntextError(f)).toBe(true);
  });

  // A regression test for a fuzzing finding (issue 13).
  it.each([
    ['removeDiacritics(null)', () => v.removeDiacritics(null as never)],
    ['restyleSyllable("hoà", 42)', () => v.restyleSyllable('hoà', 42 as never)],
    ['composeSyllable(p, "bogus")', () => v.composeSyllable(v.parseSyllable('hoà')!, 'bogus' as never)],
    ['composeSyllable({})', () => v.composeSyllable({} as never)],
  ])('the syllable functions throw a vntext error too: %s', (_name, f) => {
    expect(isVntextError(f)).toBe(true);
  });

  // A regression test for a fuzzing finding (issue 13).
  it('scanTokens rejects an unknown option', () => {
    expect(isVntextError(() => (v.scanTokens as (...args: unknown[]) => unknown)('a', { bogus: 1 }))).toBe(true);
  });

  it.each([
    ['tokenKindName(999)', () => v.tokenKindName(999), 'tokenKindName: expected a token kind code (an integer from 1 to 13: a value of TokenKind) as the first argument; received 999.'],
    ['tokenKindName(0)', () => v.tokenKindName(0), 'received 0.'],
    ['tokenKindName(1.5)', () => v.tokenKindName(1.5), 'received 1.5.'],
    ['tokenKindName("3")', () => v.tokenKindName('3' as never), 'received "3".'],
    ['tokenKindCode("bogus")', () => v.tokenKindCode('bogus' as never), `tokenKindCode: expected a token kind name (${Object.keys(v.TokenKind).map((n) => `'${n.toLowerCase()}'`).join(', ')}) as the first argument; received "bogus".`],
    ['tokenKindCode(1)', () => v.tokenKindCode(1 as never), 'received 1.'],
  ])('the token kind lookups throw VntextInputError saying what they take: %s', (_name, f, message) => {
    expect(f).toThrow(v.VntextInputError);
    expect(f).toThrow(message);
  });

  // A regression test for a fuzzing finding (issue 13).
  it('an alignment from another text is refused, not mapped to empty spans', () => {
    const other = v.prepare('Hoá');
    expect(isVntextError(() => v.tokenize({ text: 'Hội nghị diễn ra', alignment: other.alignment }))).toBe(true);
  });
});

describe('exported tables cannot be changed by a caller', () => {
  it('ENTITY_TYPES is frozen', () => {
    expect(Object.isFrozen(v.ENTITY_TYPES)).toBe(true);
  });

  // A regression test for a fuzzing finding (issue 13).
  it.each([
    ['ENCODINGS', v.ENCODINGS],
    ['TokenKind', v.TokenKind],
    ['DOTTED_ABBREVIATIONS', v.DOTTED_ABBREVIATIONS],
  ])('%s is frozen', (_name, table) => {
    expect(Object.isFrozen(table)).toBe(true);
  });
});

describe('no global mutable state', () => {
  const text = 'Anh ấy tập Muay Thái và uống cà phê sữa đá ở Hà Nội.';
  const joined = (words: readonly v.Word[]) => words.map((w) => w.text.replaceAll(' ', '_')).join(' ');

  it('two segmenters with different dictionaries never affect each other or the plain functions', () => {
    const plain = joined(v.segment(text));
    expect(plain).not.toContain('tập_Muay_Thái');
    expect(plain).not.toContain('cà_phê_sữa_đá');
    const a = v.createSegmenter({ dictionary: ['tập Muay Thái'] });
    const b = v.createSegmenter({ dictionary: ['cà phê sữa đá'] });
    const ra = joined(a.segment(text));
    const rb = joined(b.segment(text));
    expect(ra).toContain('tập_Muay_Thái');
    expect(rb).toContain('cà_phê_sữa_đá');
    expect(ra).not.toContain('cà_phê_sữa_đá');
    expect(rb).not.toContain('tập_Muay_Thái');
    // Interleaved, in the other order, and after a third configuration: the same results.
    const c = v.createSegmenter({ dictionary: ['tập Muay Thái', 'cà phê sữa đá', 'ở Hà Nội'] });
    expect(joined(c.segment(text))).toContain('ở_Hà_Nội');
    expect(joined(b.segment(text))).toBe(rb);
    expect(joined(a.segment(text))).toBe(ra);
    expect(joined(v.segment(text))).toBe(plain);
    expect(v.segmentJoined(text, { dictionary: ['tập Muay Thái'] })).toBe(a.segmentJoined(text));
    expect(v.segmentJoined(text)).toBe(v.segment(text).map((w) => w.text.replaceAll(' ', '_')).join(' '));
  });

  it('a dictionary array changed after createSegmenter does not change the segmenter', () => {
    const dictionary = ['tập Muay Thái'];
    const s = v.createSegmenter({ dictionary });
    const before = s.segmentJoined(text);
    dictionary.push('cà phê sữa đá');
    dictionary[0] = 'uống cà';
    expect(s.segmentJoined(text)).toBe(before);
  });

  it('options objects are read, not kept or changed', () => {
    const o = Object.freeze({ toneStyle: 'modern' as const });
    expect(v.normalize('Thanh Hóa', o)).toBe('Thanh Hoá');
    expect(v.normalize('Thanh Hóa')).toBe('Thanh Hóa');
    const exclude = ['punctuation'] as v.TokenKindName[];
    const n = v.tokenize('a, b', { exclude }).length;
    exclude.length = 0;
    expect(v.tokenize('a, b', { exclude: ['punctuation'] }).length).toBe(n);
  });
});

describe('the built library', () => {
  const dist = resolve(repoRoot, 'dist');
  const files = readdirSync(dist).filter((f) => /\.c?js$/.test(f));

  it('has been built', () => {
    expect(files.length).toBeGreaterThan(4);
  });

  it('has no eval, new Function, dynamic require, dynamic import or node: module in any file', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const code = readFileSync(resolve(dist, f), 'utf8');
      if (/\beval\s*\(/.test(code)) offenders.push(`${f}: eval`);
      if (/\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]/.test(code)) offenders.push(`${f}: new Function`);
      // CommonJS chunks require each other by literal path; anything else is dynamic.
      for (const m of code.matchAll(/\brequire\s*\(([^)]*)\)/g)) {
        if (!/^\s*["']\.\/[\w.-]+\.cjs["']\s*$/.test(m[1]!)) offenders.push(`${f}: require(${m[1]})`);
      }
      if (/\bimport\s*\(/.test(code)) offenders.push(`${f}: import()`);
      if (/from\s+["']node:|require\(["']node:/.test(code)) offenders.push(`${f}: node: module`);
    }
    expect(offenders).toEqual([]);
  });
});
