import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../scripts/shared-data.js';
import { LETTERS } from './code-pages.generated.js';
import { VntextOptionError } from '../core/errors.js';
import { ENCODINGS, decode, encode, mojibake } from './index.js';

const letters = [...LETTERS];
const LOSES_CASE = new Set(['tcvn3']);

describe('code pages', () => {
  it.each(ENCODINGS.map((e) => [e]))('encodes and decodes all 134 letters in %s', (encoding) => {
    for (const letter of letters) {
      const back = decode(encode(letter, encoding), encoding);
      if (LOSES_CASE.has(encoding)) expect(back.toLowerCase()).toBe(letter.toLowerCase());
      else expect(back).toBe(letter);
    }
  });

  it.each([
    ['trên', 'vni', 'treân'],
    ['Việt', 'utf-8', 'Viá»‡t'],
    ['Cộng hòa', 'tcvn3', 'Céng hßa'],
    ['Việt', 'windows-1258', 'Viêòt'],
    ['thì', 'windows-1258', 'thiÌ'],
    ['á', 'windows-1258-decomposed', 'aì'],
    ['Hiếu.', 'viqr', "Hie^'u\\."],
    ['đây.', 'viqr', 'dda^y\\.'],
    ['ệ', 'unicomp', 'ê\u0323'],
  ] as const)('shows %s in %s as %j', (text, encoding, seen) => {
    expect(mojibake(text, encoding)).toBe(seen);
  });

  it('shows VISCII as Latin-1 with C1 controls and as Windows-1252 with punctuation', () => {
    expect(mojibake('Ở', 'viscii', { view: 'latin1' })).toBe('\u0097');
    expect(mojibake('Ở', 'viscii')).toBe('\u2014');
  });

  it('writes characters a code page cannot hold as ?', () => {
    expect(decode(encode('ệ €', 'viscii'), 'viscii')).toBe('ệ ?');
    expect(decode(encode('日本', 'vni'), 'vni')).toBe('??');
  });

  it('decodes Windows-1258 written decomposed and precomposed alike', () => {
    const glibc = encode('Tiếng Việt có dấu', 'windows-1258');
    const unikey = encode('Tiếng Việt có dấu', 'windows-1258-decomposed');
    expect(unikey).not.toEqual(glibc);
    expect(decode(unikey, 'windows-1258')).toBe('Tiếng Việt có dấu');
    expect(decode(glibc, 'windows-1258')).toBe('Tiếng Việt có dấu');
  });

  it.each([['vni'], ['tcvn3'], ['viscii'], ['vps'], ['windows-1258']] as const)(
    'recognises a %s file with decode(bytes, "auto")',
    (encoding) => {
      const text = 'Hội nghị tổng kết công tác năm của Liên minh hợp tác xã tỉnh diễn ra sáng nay tại hội trường.';
      expect(decode(encode(text, encoding), 'auto')).toBe(text);
    },
  );

  it('takes valid UTF-8 as UTF-8 with decode(bytes, "auto")', () => {
    expect(decode(new TextEncoder().encode('Đà Nẵng café'), 'auto')).toBe('Đà Nẵng café');
  });

  it('rejects unknown encodings and non-byte input with typed errors', () => {
    expect(() => encode('x', 'latin9' as never)).toThrow(VntextOptionError);
    expect(() => decode('x' as never, 'vni')).toThrow(TypeError);
    expect(() => mojibake('x', 'vni', { view: 'ascii' as never })).toThrow(VntextOptionError);
  });

  const tsv = sharedFile('legacy/letters134.tsv');
  it.skipIf(tsv === null)('agrees with every byte of letters134.tsv', () => {
    const lines = readFileSync(tsv!, 'utf8').trim().split('\n');
    const header = lines[0]!.split('\t');
    const columns: [string, (typeof ENCODINGS)[number]][] = [
      ['vni', 'vni'],
      ['tcvn3', 'tcvn3'],
      ['tcvn5712-1', 'tcvn5712-1'],
      ['viscii', 'viscii'],
      ['vps', 'vps'],
      ['cp1258', 'windows-1258'],
      ['utf8', 'utf-8'],
    ];
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      const letter = cells[0]!;
      for (const [column, encoding] of columns) {
        const hex = [...encode(letter, encoding)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
        expect(hex, `${letter} in ${encoding}`).toBe(cells[header.indexOf(column)]);
      }
      expect(mojibake(letter, 'viqr')).toBe(cells[header.indexOf('viqr')]);
    }
  });
});
