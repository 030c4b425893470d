import { BYTE_TABLES, CP1252_80_9F, CP1258_TONE_BYTES, LETTERS } from './code-pages.generated.js';

/** Byte encodings that have a table (UTF-8 is decoded by rule). */
export type TableEncoding = 'vni' | 'tcvn3' | 'tcvn5712-1' | 'viscii' | 'vps' | 'windows-1258';

/**
 * One legacy code page, expanded from the generated hex tables on first use. Letters are all in
 * the BMP, so a code unit is a code point here.
 */
export interface CodePage {
  readonly name: TableEncoding;
  /** byte → letter for letters written as one byte, else 0. */
  readonly single: Uint16Array;
  /** byte → row in {@link pairs} for bytes that start a two-byte letter, else -1. */
  readonly pairRow: Int16Array;
  /** row * 256 + second byte → letter, else 0. */
  readonly pairs: Uint16Array;
  /** byte → what a non-letter byte stands for (the code page's own punctuation and ASCII). */
  readonly passThrough: Uint16Array;
  /** byte → 1 when upper and lower case share the byte (TCVN3), so case must be inferred. */
  readonly caseless: Uint8Array;
  /** letter → bytes, packed as `b1 | b2 << 8 | length << 16`. */
  readonly encodeMap: Map<number, number>;
}

let cp1252Inverse: Map<number, number> | null = null;

/** Code point a Windows-1252 byte is shown as (the five holes become C1 controls). */
export function cp1252ToChar(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_80_9F[byte - 0x80]! : byte;
}

/**
 * The byte behind a character that was produced by showing bytes as Windows-1252 or Latin-1, or
 * -1. The two views only differ in 0x80–0x9F, where Windows-1252 shows punctuation above U+00FF
 * and Latin-1 shows C1 controls, so one inverse serves both.
 */
export function viewByte(code: number): number {
  if (code < 0x100) return code;
  if (cp1252Inverse === null) {
    cp1252Inverse = new Map();
    for (let b = 0x80; b < 0xa0; b++) cp1252Inverse.set(CP1252_80_9F[b - 0x80]!, b);
  }
  return cp1252Inverse.get(code) ?? -1;
}

/** The Windows-1258 byte of a combining tone mark, by tone index sắc huyền hỏi ngã nặng. */
const COMBINING_TONES = [0x301, 0x300, 0x309, 0x303, 0x323];

const pages = new Map<TableEncoding, CodePage>();

/** The expanded table of a code page (built once, on first use). */
export function codePage(name: TableEncoding): CodePage {
  let page = pages.get(name);
  if (page === undefined) {
    page = buildPage(name);
    pages.set(name, page);
  }
  return page;
}

function buildPage(name: TableEncoding): CodePage {
  const entries = BYTE_TABLES[name].split(' ');
  const single = new Uint16Array(256);
  const pairRow = new Int16Array(256).fill(-1);
  const pairList: [number, number, number][] = [];
  const caseless = new Uint8Array(256);
  const encodeMap = new Map<number, number>();
  const used = new Uint8Array(256);

  const addPair = (b1: number, b2: number, letter: number): void => {
    pairList.push([b1, b2, letter]);
  };
  for (let i = 0; i < entries.length; i++) {
    const hex = entries[i]!;
    const letter = LETTERS.charCodeAt(i);
    const b1 = parseInt(hex.slice(0, 2), 16);
    if (hex.length === 2) {
      if (single[b1] !== 0) {
        // TCVN3: the upper-case letter shares the lower-case byte; decode to lower case.
        caseless[b1] = 1;
      } else {
        single[b1] = letter;
      }
      used[b1] = 1;
      if (!encodeMap.has(letter)) encodeMap.set(letter, b1 | (1 << 16));
    } else {
      const b2 = parseInt(hex.slice(2, 4), 16);
      addPair(b1, b2, letter);
      encodeMap.set(letter, b1 | (b2 << 8) | (2 << 16));
    }
  }
  if (name === 'windows-1258') addCp1258Decomposed(single, addPair);

  let rows = 0;
  for (const [b1] of pairList) if (pairRow[b1] === -1) pairRow[b1] = rows++;
  const pairs = new Uint16Array(Math.max(rows, 1) * 256);
  for (const [b1, b2, letter] of pairList) {
    const slot = pairRow[b1]! * 256 + b2;
    // The precomposed TSV entry wins over a derived decomposed one (they agree anyway).
    if (pairs[slot] === 0) pairs[slot] = letter;
  }

  // Bytes that are not letters stand for what the code page's Windows font shows there:
  // Windows-1252 for the fonts people used with VNI, TCVN3 and Windows-1258; Latin-1 (C1) for
  // VISCII, VPS and VN1, whose 0x80–0x9F positions are letters anyway.
  const viaCp1252 = name === 'vni' || name === 'tcvn3' || name === 'windows-1258';
  const passThrough = new Uint16Array(256);
  for (let b = 0; b < 256; b++) passThrough[b] = viaCp1252 ? cp1252ToChar(b) : b;
  if (name === 'windows-1258') {
    CP1258_TONE_BYTES.forEach((b, t) => (passThrough[b] = COMBINING_TONES[t]!));
    passThrough[0xfe] = 0x20ab; // ₫
  }
  return { name, single, pairRow, pairs, passThrough, caseless, encodeMap };
}

/**
 * UniKey writes every toned letter as base + combining byte (`á` → `a` 0xEC), including those
 * Windows-1258 has precomposed; readers must accept both, so derive the pairs for all bases.
 */
function addCp1258Decomposed(single: Uint16Array, addPair: (b1: number, b2: number, letter: number) => void): void {
  const bases = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
  for (const base of bases) {
    const code = base.charCodeAt(0);
    let byte = code < 0x80 ? code : -1;
    if (byte < 0) for (let b = 0; b < 256; b++) if (single[b] === code) byte = b;
    if (byte < 0) continue;
    CP1258_TONE_BYTES.forEach((toneByte, t) => {
      const letter = (base + String.fromCharCode(COMBINING_TONES[t]!)).normalize('NFC');
      if (letter.length === 1) addPair(byte, toneByte, letter.charCodeAt(0));
    });
  }
}

/** True when `code` is one of the 134 Vietnamese letters with diacritics. */
export function isVietnameseLetter(code: number): boolean {
  return vietnameseLetterSet().has(code);
}

let letterSet: Set<number> | null = null;
function vietnameseLetterSet(): Set<number> {
  if (letterSet === null) {
    letterSet = new Set();
    for (let i = 0; i < LETTERS.length; i++) letterSet.add(LETTERS.charCodeAt(i));
  }
  return letterSet;
}
