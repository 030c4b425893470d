import { VntextOptionError } from '../core/errors.js';
import { assertText, oneOf, readOptions } from '../core/index.js';
import { normalizeBounded } from '../normalize/bounded.js';
import { TONE_MARKS, composeLetter, infoBase, infoIsUpper, infoIsVowel, infoTone, letterInfo } from '../syllable/letters.js';
import { CP1258_TONE_BYTES } from './code-pages.generated.js';
import { type TableEncoding, codePage, cp1252ToChar, viewByte } from './code-pages.js';
import { type ByteView, ENCODINGS, type Encoding } from './encodings.js';
import { encodeViqr } from './viqr.js';

const QUESTION = 0x3f;
const COMBINING_TONES = [0x301, 0x300, 0x309, 0x303, 0x323];

/** Reads and checks an encoding name argument. */
export function encodingArg(fn: string, value: unknown, extra: readonly string[] = []): Encoding {
  const allowed = [...ENCODINGS, ...extra];
  if (typeof value === 'string' && allowed.includes(value)) return value as Encoding;
  throw new VntextOptionError(fn, 'encoding', allowed.map((e) => `'${e}'`).join(', '), value);
}

/**
 * Writes `text` in a legacy encoding, for systems that still need it (old fonts, archives,
 * government forms). The text is composed (NFC) first. Characters the encoding cannot hold
 * become `?`, as iconv does; TCVN3 writes upper-case toned letters with the lower-case code,
 * as .VnTime fonts expect. `viqr` gives ASCII with RFC 1456 escapes; `nfd` and `unicomp` give
 * the UTF-8 bytes of those forms.
 *
 * @example
 * encode('trên', 'vni');   // Uint8Array [0x74, 0x72, 0x65, 0xe2, 0x6e]  ("treân" in Windows-1252)
 * encode('Việt', 'tcvn3'); // Uint8Array [0x56, 0x69, 0xd6, 0x74]
 */
export function encode(text: string, encoding: Encoding): Uint8Array {
  assertText('encode', text);
  const enc = encodingArg('encode', encoding);
  const nfc = normalizeBounded(text);
  switch (enc) {
    case 'utf-8':
      return new TextEncoder().encode(nfc);
    case 'nfd':
      return new TextEncoder().encode(normalizeBounded(nfc, 'NFD'));
    case 'unicomp':
      return new TextEncoder().encode(toUnicomp(nfc));
    case 'viqr':
      return asciiBytes(encodeViqr(nfc));
    case 'windows-1258-decomposed':
      return encodeTable(nfc, 'windows-1258', true);
    default:
      return encodeTable(nfc, enc, false);
  }
}

/**
 * Options of {@link mojibake}.
 *
 * @example
 * mojibake('Cộng', 'utf-8');                      // 'Cá»™ng'
 * mojibake('Cộng', 'utf-8', { view: 'latin1' });  // 'Cá»\u0099ng' (0x99 is an invisible C1 control)
 */
export interface MojibakeOptions {
  /**
   * How the bytes were shown: `'windows-1252'` (default; what Windows and most web pages
   * did) or `'latin1'` (ISO-8859-1, where 0x80–0x9F are invisible C1 controls).
   */
  view?: ByteView;
}

/**
 * What a reader sees when Vietnamese text is written in a legacy encoding and shown as
 * Windows-1252 or Latin-1: the damage {@link repair} undoes (`trên` in VNI → `treân`). For
 * `viqr`, `nfd` and `unicomp`, the text in that form. For tests and for demonstrating damage.
 *
 * @example
 * mojibake('trên', 'vni');                        // 'treân'
 * mojibake('Việt', 'utf-8');                      // 'Viá»‡t'
 * mojibake('Hiếu.', 'viqr');                      // 'Hie^\'u\\.'
 * mojibake('Cộng', 'viscii', { view: 'latin1' }); // 'Cµng'
 */
export function mojibake(text: string, encoding: Encoding, options?: MojibakeOptions): string {
  assertText('mojibake', text);
  const enc = encodingArg('mojibake', encoding);
  const opts = readOptions<MojibakeOptions>('mojibake', options, ['view']);
  const view = oneOf('mojibake', 'view', opts.view, ['windows-1252', 'latin1'] as const, 'windows-1252');
  const nfc = normalizeBounded(text);
  if (enc === 'viqr') return encodeViqr(nfc);
  if (enc === 'nfd') return normalizeBounded(nfc, 'NFD');
  if (enc === 'unicomp') return toUnicomp(nfc);
  const bytes = encode(nfc, enc);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    const codes = view === 'latin1' ? Array.from(chunk) : Array.from(chunk, cp1252ToChar);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

function encodeTable(text: string, name: TableEncoding, decomposed: boolean): Uint8Array {
  const page = codePage(name);
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !isLetterByte(page, c)) {
      out[n++] = c;
      continue;
    }
    const packed = decomposed ? decomposedCp1258(c) ?? page.encodeMap.get(c) : page.encodeMap.get(c);
    if (packed !== undefined) {
      out[n++] = packed & 0xff;
      if (packed >>> 16 === 2) out[n++] = (packed >>> 8) & 0xff;
      continue;
    }
    // A character that is no letter: its own byte where the code page shows it unchanged.
    const b = c < 0x80 ? -1 : viewByte(c);
    if (b >= 0 && page.passThrough[b] === c && !isLetterByte(page, b)) out[n++] = b;
    else {
      // One ? per code point: skip the low half only when it really pairs with this high half.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      out[n++] = QUESTION;
    }
  }
  return out.slice(0, n);
}

/** True when byte `b` is (part of) a letter in the code page, so it cannot stand for itself. */
function isLetterByte(page: ReturnType<typeof codePage>, b: number): boolean {
  return page.single[b] !== 0 || (page.name !== 'vni' && page.name !== 'windows-1258' && page.pairRow[b]! >= 0);
}

let cp1258Decomposed: Map<number, number> | null = null;
/** UniKey's Windows-1258 form: every toned letter as base + combining byte. */
function decomposedCp1258(c: number): number | undefined {
  if (cp1258Decomposed === null) {
    cp1258Decomposed = new Map();
    const page = codePage('windows-1258');
    for (const base of 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY') {
      const baseBytes = page.encodeMap.get(base.charCodeAt(0));
      const b1 = base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : baseBytes !== undefined ? baseBytes & 0xff : -1;
      if (b1 < 0) continue;
      CP1258_TONE_BYTES.forEach((toneByte, t) => {
        const letter = (base + String.fromCharCode(COMBINING_TONES[t]!)).normalize('NFC');
        if (letter.length === 1) cp1258Decomposed!.set(letter.charCodeAt(0), b1 | (toneByte << 8) | (2 << 16));
      });
    }
  }
  return cp1258Decomposed.get(c);
}

/**
 * UniKey's "Unicode tổ hợp": â ă ê ô ơ ư đ precomposed, the tone as a combining mark. Only
 * Vietnamese letters are taken apart; any other character (`ṍ`, `ǘ`) stays as it is, so no
 * mark is ever lost.
 */
export function toUnicomp(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const info = letterInfo(text.charCodeAt(i));
    const tone = infoTone(info);
    if (tone === 0 || !infoIsVowel(info)) continue;
    out += text.slice(copied, i) + String.fromCharCode(composeLetter(infoBase(info), 0, infoIsUpper(info))) + TONE_MARKS[tone];
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c < 0x80 ? c : QUESTION;
  }
  return out;
}
