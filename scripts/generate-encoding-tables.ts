// Writes src/encoding/code-pages.generated.ts from ../shared/data/legacy/letters134.tsv.
//
//   npx tsx scripts/generate-encoding-tables.ts          (write the module)
//   npx tsx scripts/generate-encoding-tables.ts --check  (exit 1 if the committed module differs)
//
// The TSV lists the 134 Vietnamese letters with diacritics in every legacy encoding (facts taken
// from UniKey, glibc iconv, GNU recode and RFC 1456; see legacy/NOTES.md). The byte tables are
// copied from it; everything that is a rule rather than a table (VNI's base+mark structure,
// VIQR, Windows-1258's decomposed form, UTF-8, NFD) is restated here and checked against the
// TSV, so a typo on either side stops the build instead of shipping.
import { readFileSync } from 'node:fs';
import { sharedPath, writeGenerated } from './shared-data.js';

const BYTE_TABLES = ['vni', 'tcvn3', 'tcvn5712-1', 'viscii', 'vps', 'cp1258'] as const;

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG encoding standard). The five holes 0x81 0x8D 0x8F 0x90
 * 0x9D decode to the C1 control with the same number, as browsers do. Typed here because
 * Node 20's TextDecoder('windows-1252') decodes as Latin-1 (nodejs/node#56542); checked below
 * against the TSV's utf8-as-cp1252 column, which exercises 26 of the 32 positions.
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

interface Row {
  letter: string;
  cols: Record<string, string>;
}

function readRows(): Row[] {
  const text = readFileSync(sharedPath('legacy/letters134.tsv'), 'utf8');
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const cols: Record<string, string> = {};
    header.forEach((h, i) => (cols[h] = cells[i] ?? ''));
    return { letter: cols.letter!, cols };
  });
}

const bytesOf = (hex: string): number[] => hex.split(' ').filter(Boolean).map((h) => parseInt(h, 16));
const cp1252Char = (b: number): string => String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80]! : b);
const codepoints = (cell: string): string =>
  cell
    .split(' ')
    .map((u) => String.fromCodePoint(parseInt(u.slice(2), 16)))
    .join('');

const failures: string[] = [];
function check(what: string, got: string, want: string): void {
  if (got !== want) failures.push(`${what}: rule gives ${JSON.stringify(got)}, table has ${JSON.stringify(want)}`);
}

// Tone marks in the order the TSV and VIQR use: sắc, huyền, hỏi, ngã, nặng.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VIQR_TONE = ["'", '`', '?', '~', '.'];
// VNI's tone bytes after a plain base, lower and upper case.
const VNI_TONE_LOWER = [0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const VNI_TONE_UPPER = [0xd9, 0xd8, 0xdb, 0xd5, 0xcf];
// VNI's circumflex+tone bytes (index 0 = circumflex alone) and breve+tone bytes.
const VNI_CIRC_LOWER = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
const VNI_CIRC_UPPER = [0xc2, 0xc1, 0xc0, 0xc5, 0xc3, 0xc4];
const VNI_BREVE_LOWER = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];
const VNI_BREVE_UPPER = [0xca, 0xc9, 0xc8, 0xda, 0xdc, 0xcb];
// Letters VNI writes as one byte (i with tones, ỵ, ơ, ư, đ), lower then upper.
const VNI_SINGLE: Record<string, number> = {
  'í': 0xed, 'ì': 0xec, 'ỉ': 0xe6, 'ĩ': 0xf3, 'ị': 0xf2, 'ỵ': 0xee, 'ơ': 0xf4, 'ư': 0xf6, 'đ': 0xf1,
  'Í': 0xcd, 'Ì': 0xcc, 'Ỉ': 0xc6, 'Ĩ': 0xd3, 'Ị': 0xd2, 'Ỵ': 0xce, 'Ơ': 0xd4, 'Ư': 0xd6, 'Đ': 0xd1,
};

/** Splits a letter into base ASCII letter, shape mark (̂ ̆ ̛) and tone index (-1 = none). */
function analyse(letter: string): { base: string; shape: string; tone: number } {
  const nfd = letter.normalize('NFD');
  let base = nfd[0]!;
  let shape = '';
  let tone = -1;
  for (const m of nfd.slice(1)) {
    const t = TONES.indexOf(m);
    if (t >= 0) tone = t;
    else shape = m;
  }
  if (letter === 'đ' || letter === 'Đ') base = letter;
  return { base, shape, tone };
}

function vniRule(letter: string): number[] {
  if (letter in VNI_SINGLE && !(letter === 'ơ' || letter === 'ư' || letter === 'Ơ' || letter === 'Ư')) {
    return [VNI_SINGLE[letter]!];
  }
  const { base, shape, tone } = analyse(letter);
  const upper = base !== base.toLowerCase();
  if (shape === '\u031b') {
    const single = VNI_SINGLE[(base + shape).normalize('NFC')]!;
    return tone < 0 ? [single] : [single, (upper ? VNI_TONE_UPPER : VNI_TONE_LOWER)[tone]!];
  }
  const b = base.charCodeAt(0);
  if (shape === '\u0302') return [b, (upper ? VNI_CIRC_UPPER : VNI_CIRC_LOWER)[tone + 1]!];
  if (shape === '\u0306') return [b, (upper ? VNI_BREVE_UPPER : VNI_BREVE_LOWER)[tone + 1]!];
  return [b, (upper ? VNI_TONE_UPPER : VNI_TONE_LOWER)[tone]!];
}

function viqrRule(letter: string): string {
  const { base, shape, tone } = analyse(letter);
  if (base === 'đ') return 'dd';
  if (base === 'Đ') return 'DD';
  const shapeMark = shape === '\u0302' ? '^' : shape === '\u0306' ? '(' : shape === '\u031b' ? '+' : '';
  return base + shapeMark + (tone >= 0 ? VIQR_TONE[tone] : '');
}

function utf8Hex(letter: string): string {
  return [...new TextEncoder().encode(letter)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

function main(): void {
  const rows = readRows();
  if (rows.length !== 134) throw new Error(`expected 134 letters, found ${rows.length}`);
  const letters = rows.map((r) => r.letter);
  if (new Set(letters).size !== 134 || letters.some((l) => l.normalize('NFC') !== l)) {
    throw new Error('letters must be 134 distinct NFC letters');
  }

  const cp1258ToneBytes = new Map<number, number>(); // byte -> tone index
  for (const { letter, cols } of rows) {
    check(`${letter} unicode`, String.fromCodePoint(parseInt(cols.unicode!.slice(2), 16)), letter);
    check(`${letter} utf8`, utf8Hex(letter), cols.utf8!);
    check(`${letter} utf8-as-cp1252`, bytesOf(cols.utf8!).map(cp1252Char).join(''), cols['utf8-as-cp1252']!);
    check(`${letter} nfd`, letter.normalize('NFD'), codepoints(cols.nfd!));
    check(`${letter} vni`, vniRule(letter).map((b) => b.toString(16).toUpperCase()).join(' '), cols.vni!);
    check(`${letter} viqr`, viqrRule(letter), cols.viqr!);
    // UniKey's composite form keeps â ă ê ô ơ ư precomposed and adds the tone as a combining mark.
    const { base, shape, tone } = analyse(letter);
    const unicomp = (base + shape).normalize('NFC') + (tone >= 0 ? TONES[tone] : '');
    check(`${letter} unicomp`, unicomp, codepoints(cols.unicomp!));
    const cp = bytesOf(cols.cp1258!);
    if (cp.length === 2) {
      const known = cp1258ToneBytes.get(cp[1]!);
      if (known !== undefined && known !== tone) failures.push(`${letter} cp1258: tone byte ${cp[1]} is ambiguous`);
      cp1258ToneBytes.set(cp[1]!, tone);
    }
    for (const name of BYTE_TABLES) {
      const bs = bytesOf(cols[name]!);
      if (bs.length < 1 || bs.length > 2) failures.push(`${letter} ${name}: ${bs.length} bytes`);
    }
  }
  // Every byte table must be decodable: no two letters share a byte sequence, except where an
  // encoding is known to lose case (TCVN3 writes upper-case toned letters with lower-case codes).
  for (const name of BYTE_TABLES) {
    const seen = new Map<string, string>();
    for (const { letter, cols } of rows) {
      const key = cols[name]!;
      const other = seen.get(key);
      if (other !== undefined && !(name === 'tcvn3' && other.toLowerCase() === letter.toLowerCase())) {
        failures.push(`${name}: ${other} and ${letter} share ${key}`);
      }
      if (other === undefined) seen.set(key, letter);
    }
  }
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    process.exit(1);
  }

  const hexTable = (name: string): string =>
    rows.map((r) => bytesOf(r.cols[name]!).map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('')).join(' ');
  const toneBytes = [...cp1258ToneBytes.entries()].sort((a, b) => a[1] - b[1]).map(([b]) => b);

  const out = `// Generated by \`npx tsx scripts/generate-encoding-tables.ts\` from ../shared/data/legacy/letters134.tsv; do not edit.
// Facts from UniKey's vnconv tables, glibc iconv, GNU recode and RFC 1456 (see that folder's NOTES.md).

/** The 134 Vietnamese letters with diacritics (NFC); entry \`i\` of every table below encodes \`LETTERS[i]\`. */
export const LETTERS = ${JSON.stringify(letters.join(''))};

/**
 * Bytes of each letter per encoding: 134 space-separated entries of one or two bytes in hex.
 * \`tcvn3\` is TCVN 5712:1993 VN3 (ABC, .VnTime), which gives the 60 upper-case toned letters the
 * lower-case byte; \`tcvn5712-1\` is the full VN1 table; \`cp1258\` is Windows-1258 in glibc's
 * form (precomposed where the code page has the letter, else base + combining tone byte).
 */
export const BYTE_TABLES = {
${BYTE_TABLES.map((n) => `  '${n === 'cp1258' ? 'windows-1258' : n}': '${hexTable(n)}',`).join('\n')}
} as const;

/** Windows-1258 combining tone bytes for sắc, huyền, hỏi, ngã, nặng. */
export const CP1258_TONE_BYTES = [${toneBytes.map((b) => '0x' + b.toString(16).toUpperCase()).join(', ')}] as const;

/** Windows-1252 code points of bytes 0x80–0x9F (WHATWG); the five undefined bytes map to C1 controls. */
export const CP1252_80_9F = [
${[0, 8, 16, 24].map((i) => '  ' + CP1252_80_9F.slice(i, i + 8).map((c) => '0x' + c.toString(16).toUpperCase()).join(', ') + ',').join('\n')}
] as const;
`;
  writeGenerated('src/encoding/code-pages.generated.ts', out);
}

main();
