import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VntextInputError, VntextOptionError } from '../core/errors.js';
import { allSyllables } from '../syllable/enumerate.js';
import { restyleSyllable } from '../syllable/index.js';
import { normalize, normalizeAligned } from './index.js';

const SYLLABLES = allSyllables();
const vietnameseText = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '-', '  ')), { maxLength: 30 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), vietnameseText);

describe('normalize', () => {
  it.each([
    ['Ngừơi', 'Người'],
    ['múôn', 'muốn'],
    ['cuả', 'của'],
    ['hòang', 'hoàng'],
    ['qúa', 'quá'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['thuý khoẻ', 'thúy khỏe'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['Ðà Nẵng', 'Đà Nẵng'],
    ['ðang', 'đang'],
    ['HÐND tỉnh', 'HĐND tỉnh'],
    ['50.000 ð', '50.000 đ'],
    ['ðôla', 'đôla'],
    ['Vi\u200bệt', 'Việt'],
    ['Hà\u00a0Nội', 'Hà Nội'],
    ['Vie\u0302\u0323t Nam', 'Việt Nam'],
    ['Vie\u0323\u0302t Nam', 'Việt Nam'],
    ['Việt\u200bNam', 'Việt Nam'],
    ['Hà\u200bNội và Vi\u200bệt', 'Hà Nội và Việt'],
    ['U\u200b\u0302', 'Û'],
    ['Ð. Trump', 'Đ. Trump'],
  ])('fixes %j to %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    'café naïve Größe Señor São Paulo',
    'Þórður Guðrún með við',
    'più può ciò giù così già perché città tiramisù',
    'Où est la gare ? Déjà là-bas, près de l’église. Ça coûte 3,50 €, août, crème brûlée.',
    'Příliš žluťoučký kůň úpěl ďábelské ódy. Zażółć gęślą jaźń. Árvíztűrő tükörfúrógép.',
    'Ştefan cel Mare, țară, știință, învăţământ. Şişli, Iğdır, Çağlayan.',
    'C:\\Users\\Đức\\Tài liệu\\hoà.txt',
    'https://vnexpress.net/hoà-bình-123.html',
    'lienhe@hoà.vn',
    'Он сказал да',
    'const x = a ?? b; // TODO',
    'quý quà hoàng',
    '«\u00a0Bonjour\u00a0»',
    '10\u00a0000',
    '👨\u200d👩\u200d👧 🇻🇳',
    'کتاب\u200cها',
    'âm /ð/ và âm [ð], /ðis/',
    'ภาษา\u200bไทย',
    '',
  ])('leaves %j unchanged', (input) => {
    expect(normalize(input)).toBe(input);
  });

  it('writes the modern style when asked', () => {
    expect(normalize('hòa thúy khỏe quý hoàng', { toneStyle: 'modern' })).toBe('hoà thuý khoẻ quý hoàng');
  });

  it.each([
    [{ toneStyle: 'keep' }, 'hoà hòa ngừơi', 'hoà hòa người'],
    [{ misplacedTones: false }, 'hoà ngừơi', 'hòa ngừơi'],
    [{ nfc: false }, 'Vie\u0302\u0323t', 'Vie\u0302\u0323t'],
    [{ lookalikes: false }, 'Ðà', 'Ðà'],
    [{ invisibles: false }, 'Vi\u200bệt', 'Vi\u200bệt'],
    [{ spacing: true }, 'Hà  Nội , ( xem )', 'Hà Nội, (xem)'],
    [{ spacing: true }, 'Hà\tNội \u00a0 và\u3000Huế\t\nx', 'Hà Nội và Huế\nx'],
    [{ spacing: true }, 'Hà Nội ,Việt Nam', 'Hà Nội, Việt Nam'],
  ] as const)('can switch each kind of change off: %j', (options, input, expected) => {
    expect(normalize(input, options)).toBe(expected);
  });

  it.each([
    [{ toneStyle: 'new' }, 'toneStyle'],
    [{ nfc: 'yes' }, 'nfc'],
    [{ tonestyle: 'modern' }, 'tonestyle'],
    ['modern', 'options'],
  ])('rejects bad options with a typed error naming the option: %j', (options, option) => {
    expect(() => normalize('x', options as never)).toThrowError(VntextOptionError);
    try {
      normalize('x', options as never);
    } catch (e) {
      expect((e as VntextOptionError).option).toBe(option);
      expect((e as Error).message).toMatch(option);
    }
  });

  it('rejects a non-string input with a typed error', () => {
    expect(() => normalize(42 as never)).toThrowError(VntextInputError);
  });

  it('is idempotent on any string', () => {
    fc.assert(fc.property(anyText, (s) => normalize(normalize(s)) === normalize(s)), { numRuns: 500 });
  });

  it('is idempotent with spacing too', () => {
    const spaced = fc
      .array(fc.constantFrom(...SYLLABLES.slice(0, 200), ' ', '  ', '\t', '\u00a0', ',', ' ,', ';', '.', ' .', '(', ')', '\n', '\u200b', 'a\u0301'), { maxLength: 30 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(spaced, anyText), (s) => {
        const once = normalize(s, { spacing: true });
        return normalize(once, { spacing: true }) === once;
      }),
      // Found by this property: a decomposed letter before `;` (its marks hid the letter).
      { numRuns: 500, examples: [['a\u0301;a'], ['a\u0301 ,a']] },
    );
  });

  it('normalizes NFD and NFC input alike', () => {
    fc.assert(fc.property(anyText, (s) => normalize(s.normalize('NFD')) === normalize(s.normalize('NFC'))), { numRuns: 500 });
  });

  it('applies NFC exactly like String.prototype.normalize when only NFC is on', () => {
    const only = { toneStyle: 'keep', misplacedTones: false, lookalikes: false, invisibles: false } as const;
    fc.assert(fc.property(anyText, (s) => normalize(s, only) === s.normalize('NFC')), { numRuns: 500 });
  });

  it('changes nothing in text it already normalized, whatever the style', () => {
    fc.assert(
      fc.property(vietnameseText, fc.constantFrom('classic' as const, 'modern' as const), (s, toneStyle) => {
        const once = normalize(s, { toneStyle });
        return normalizeAligned(once, { toneStyle }).changes.length === 0;
      }),
    );
  });
});

describe('normalizeAligned', () => {
  it('reports each change in input offsets and maps output spans back', () => {
    const input = 'Ở Thanh Hoá, ngừơi dân';
    const r = normalizeAligned(input);
    expect(r.text).toBe('Ở Thanh Hóa, người dân');
    expect(r.changes.map((c) => [c.original, c.text, c.kinds])).toEqual([
      ['Hoá', 'Hóa', ['tone-style']],
      ['ngừơi', 'người', ['misplaced-tone']],
    ]);
    for (const c of r.changes) expect(input.slice(c.start, c.end)).toBe(c.original);
    const at = r.text.indexOf('dân');
    expect(r.alignment.toInput(at, at + 3)).toEqual({ start: input.indexOf('dân'), end: input.indexOf('dân') + 3 });
  });

  it('maps spans through length-changing edits (NFD input)', () => {
    const input = 'Việt Nam, Hà Nội'.normalize('NFD');
    const r = normalizeAligned(input);
    expect(r.text).toBe('Việt Nam, Hà Nội');
    for (const word of ['Việt', 'Nam', 'Hà', 'Nội']) {
      const s = r.text.indexOf(word);
      const span = r.alignment.toInput(s, s + word.length);
      expect(input.slice(span.start, span.end).normalize('NFC')).toBe(word);
    }
  });

  it('keeps every output span inside the input and in order', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
        const r = normalizeAligned(s);
        expect(r.alignment.inputLength).toBe(s.length);
        expect(r.alignment.outputLength).toBe(r.text.length);
        const start = Math.min(a, b) % (r.text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (r.text.length + 1));
        const span = r.alignment.toInput(start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(s.length);
        // Rebuilding from changes gives the output.
        let rebuilt = '';
        let at = 0;
        for (const c of r.changes) {
          rebuilt += s.slice(at, c.start) + c.text;
          at = c.end;
        }
        expect(rebuilt + s.slice(at)).toBe(r.text);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['Ha\u0300\u00a0No\u0323\u0302i', {}, ['Ha\u0300', '\u00a0', 'No\u0323\u0302i']],
    ['qua\u0301\u{1F600}', {}, ['qua\u0301', '\u{1F600}']],
    ['Hoà  Bình', { spacing: true }, ['Hoà', '  ', 'Bình']],
    ['Ha\u0300 No\u0323\u0302i.To\u0302i', {}, ['Ha\u0300', ' ', 'No\u0323\u0302i', '.', 'To\u0302i']],
    ['Việt\u200bNam', {}, ['Việt', '\u200b', 'Nam']],
  ])('maps each piece of the output of %j to its own input', (input, options, originals) => {
    const r = normalizeAligned(input, options);
    // Cut the output into words, single spaces and single punctuation marks.
    const pieces = [...r.text.matchAll(/\p{L}+|\p{Extended_Pictographic}|./gu)];
    const mapped = pieces.map((m) => {
      const span = r.alignment.toInput(m.index, m.index + m[0].length);
      return input.slice(span.start, span.end);
    });
    expect(mapped).toEqual(originals);
  });

  it('handles long and hostile input in one pass', () => {
    const big = 'Thanh Hoá ngừơi '.repeat(50_000) + '\ud800'.repeat(1000) + '\u0301'.repeat(10_000);
    const r = normalizeAligned(big);
    expect(r.text.startsWith('Thanh Hóa người ')).toBe(true);
    expect(r.changes.length).toBe(100_000);
    expect(r.text.endsWith('\ud800'.repeat(1000) + '\u0301'.repeat(10_000))).toBe(true);
  });
});

describe('tone placement at a glance', () => {
  /** Every way of putting a syllable's tone mark on one of its vowels. */
  function placements(s: string): string[] {
    const nfd = s.normalize('NFD');
    const tone = nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0];
    if (tone === undefined) return [s];
    const bare = nfd.replace(tone, '');
    const out: string[] = [];
    for (let i = 0; i < bare.length; i++) {
      if (!/[aeiouy]/iu.test(bare[i]!)) continue;
      let j = i + 1;
      while (j < bare.length && /\p{M}/u.test(bare[j]!)) j++;
      out.push((bare.slice(0, j) + tone + bare.slice(j)).normalize('NFC'));
    }
    return out;
  }

  it('agrees with parsing every syllable, in every placement of its mark, in both styles and alone or in a sentence', () => {
    const mismatches: string[] = [];
    for (const syllable of SYLLABLES) {
      for (const w of placements(syllable)) {
        for (const form of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
          for (const toneStyle of ['classic', 'modern'] as const) {
            const expected = restyleSyllable(form, toneStyle);
            const alone = normalize(form, { toneStyle });
            const inText = normalize(`(${form}, ${form}x ${form}.`, { toneStyle });
            if (alone !== expected || inText !== `(${expected}, ${form}x ${expected}.`) mismatches.push(`${form} ${toneStyle}`);
          }
        }
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
