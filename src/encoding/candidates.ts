// Readings of one word: the word decoded in each legacy encoding that could have produced it,
// kept only where the result is a Vietnamese syllable.
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { C_ALPHA, C_COMB, C_HIGH, C_L1VI, C_MARK, C_VI, charClass, isEdgePunctuation } from './char-classes.js';
import { codePage, isVietnameseLetter, viewByte } from './code-pages.js';
import type { DetectedEncoding } from './encodings.js';
import { bufferString, isSyllableRange } from './judge.js';
import { decodeTableRange, decodeUtf8Range } from './range-decoders.js';
import { TrailingMark, decodeViqrRange, viqrTone } from './viqr.js';

/** One reading of a word. */
export interface Candidate {
  readonly encoding: DetectedEncoding;
  /** Index of {@link encoding} in {@link REPAIR_ENCODINGS}. */
  readonly enc: number;
  /** The whole word as this encoding reads it (punctuation at its edges included). */
  text: string;
  /** The syllable inside {@link text}. */
  readonly coreStart: number;
  readonly coreEnd: number;
  /** The tone mark is on the wrong vowel (still Vietnamese; normalize moves it). */
  readonly misplaced: boolean;
  /** TCVN3: per code unit of `text`, 1 where the byte does not tell upper from lower case. */
  readonly caseless: Uint8Array | null;
  /** VIQR: the reading took an unescaped tone character after the last letter as a mark. */
  readonly trailingMark: boolean;
  /**
   * Not a syllable but letters only, with a Vietnamese letter the decoding produced: an
   * abbreviation (`HĐND`) or a loanword (`ôtô`, `Lênin`). Trusted only where the document's
   * encoding is plain.
   */
  readonly loose: boolean;
  /** The bigram model's id of the syllable, once asked for (-2 until then). */
  id: number;
}

export type ScanEncoding = Exclude<DetectedEncoding, 'nfd'>;

/** Encodings repair looks for, in the order ties are broken. */
export const REPAIR_ENCODINGS: readonly DetectedEncoding[] = [
  'utf-8',
  'vni',
  'tcvn3',
  'windows-1258',
  'viqr',
  'viscii',
  'vps',
  'nfd',
];

const MAX_WORD = 64;
const buf = new Uint16Array(MAX_WORD * 2 + 8);
const caseBuf = new Uint8Array(MAX_WORD * 2 + 8);

const isLetterCode = (c: number): boolean => (charClass(c) & (C_ALPHA | C_VI | C_L1VI)) !== 0;

/** What the characters of a word allow, computed once per word. */
export interface WordShape {
  hasLatin1High: boolean; // a character 0xC0–0xFF (VNI, Windows-1258)
  hasTcvnRange: boolean; // a character 0xA1–0xFE (TCVN3)
  hasByteChar: boolean; // a character that is a byte 0x80–0xFF or a VISCII/VPS control
  hasUtf8Lead: boolean; // a UTF-8 lead byte followed by a continuation byte
  asciiOnly: boolean; // ASCII letters and VIQR marks only
  allBytes: boolean; // every character is a byte shown as Windows-1252 or Latin-1
}

export function wordShape(text: string, start: number, end: number, flags: number): WordShape {
  let hasLatin1High = false;
  let hasTcvnRange = false;
  let hasByteChar = false;
  let hasUtf8Lead = false;
  let allBytes = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && viewByte(c) < 0) allBytes = false;
    if (c >= 0xc0 && c <= 0xff) hasLatin1High = true;
    if (c >= 0xa1 && c <= 0xfe) hasTcvnRange = true;
    if (c >= 0x80 || (c < 0x20 && (charClass(c) & C_HIGH) !== 0)) hasByteChar = true;
    if (c >= 0xc2 && c <= 0xf4 && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if ((d >= 0x80 && d <= 0xbf) || (d > 0xff && (charClass(d) & C_HIGH) !== 0)) hasUtf8Lead = true;
    }
  }
  const asciiOnly = (flags & ~(C_ALPHA | C_MARK)) === 0;
  return { hasLatin1High, hasTcvnRange, hasByteChar, hasUtf8Lead, asciiOnly, allBytes };
}

/**
 * Finds the syllable inside `buf[0, n)`: strips punctuation at both ends; returns -1 when
 * something other than a letter is left.
 */
function coreOf(n: number): number {
  let s = 0;
  let e = n;
  // Only punctuation may surround the syllable; a character the reading left undecoded (`ð`,
  // `Þ`) means this encoding does not explain the word.
  while (s < e && isEdgePunctuation(buf[s]!)) s++;
  while (e > s && isEdgePunctuation(buf[e - 1]!)) e--;
  if (s === e) return -1;
  for (let i = s; i < e; i++) if (!isLetterCode(buf[i]!)) return -1;
  return s * 0x10000 + e;
}

function sameAsInput(text: string, start: number, end: number, n: number): boolean {
  if (n !== end - start) return false;
  for (let i = 0; i < n; i++) if (buf[i] !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Judges the reading in `buf[0, n)`; pushes it to `out` when it is Vietnamese. */
function consider(
  text: string,
  start: number,
  end: number,
  n: number,
  encoding: DetectedEncoding,
  withCase: boolean,
  trailingMark: boolean,
  allowMisplaced: boolean,
  out: Candidate[],
): void {
  if (sameAsInput(text, start, end, n)) return;
  const core = coreOf(n);
  if (core < 0) return;
  const s = Math.floor(core / 0x10000);
  const e = core % 0x10000;
  const str = bufferString(buf, n);
  // TCVN3 leaves the case of most toned letters open (`GI÷` = GIỮ): judge those words in lower
  // case when the letters that do tell their case agree with one another.
  const judged = withCase && hasCaseless(s, e) && casePatternOk(str, s, e) ? str.toLowerCase() : str;
  const verdict = analyzeRange(judged, s, e);
  let loose = false;
  if (verdict !== Verdict.Valid) {
    // A mark on the wrong vowel is a typing habit the word survives, except where VIQR reads
    // a trailing full stop as a mark (`nhau.` is not `nhaụ`).
    const misplacedOk = verdict === Verdict.Misplaced && allowMisplaced && !trailingMark;
    if (!misplacedOk) {
      if (!isLoose(str, s, e)) return;
      loose = true;
    }
  }
  for (const c of out) if (c.text === str) return; // another encoding reads it the same way
  out.push({
    encoding,
    enc: REPAIR_ENCODINGS.indexOf(encoding),
    text: str,
    coreStart: s,
    coreEnd: e,
    misplaced: verdict === Verdict.Misplaced,
    caseless: withCase ? caseBuf.slice(0, n) : null,
    trailingMark,
    loose,
    id: -2,
  });
}

/**
 * Letters only, two to twelve of them, at least one a Vietnamese letter outside ASCII: what an
 * abbreviation (`HĐXX`) or a loanword (`ôtô`, `Matxcơva`) decodes to.
 */
function isLoose(str: string, s: number, e: number): boolean {
  if (e - s < 2 || e - s > 12) return false;
  let vietnamese = false;
  for (let i = s; i < e; i++) {
    const c = str.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) continue;
    if (!isVietnameseLetter(c)) return false;
    vietnamese = true;
  }
  return vietnamese;
}

const isStrictlyValid = (s: string, a: number, b: number): boolean => analyzeRange(s, a, b) === Verdict.Valid;

function hasCaseless(s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (caseBuf[i] === 1) return true;
  return false;
}

/** The letters whose case the bytes tell are all upper case, or lower case after the first. */
function casePatternOk(str: string, s: number, e: number): boolean {
  let upper = 0;
  let lower = 0;
  let lowerBeforeUpper = false;
  for (let i = s; i < e; i++) {
    if (caseBuf[i] === 1) continue;
    const ch = str[i]!;
    if (ch !== ch.toLowerCase()) {
      upper++;
      if (lower > 0) lowerBeforeUpper = true;
    } else if (ch !== ch.toUpperCase()) lower++;
  }
  if (upper === 0 || lower === 0) return true;
  return upper === 1 && !lowerBeforeUpper && str[s] !== str[s]!.toLowerCase();
}

/**
 * The Vietnamese readings of `text[start, end)` in the encodings `allowed` (a bit per entry of
 * {@link REPAIR_ENCODINGS}). The word as it stands is not among them.
 */
export function readingsOf(
  text: string,
  start: number,
  end: number,
  flags: number,
  allowed: number,
  allowMisplaced: boolean,
  out: Candidate[],
): Candidate[] {
  if (end - start > MAX_WORD) return out;
  const shape = wordShape(text, start, end, flags);
  // Legacy bytes shown as Windows-1252 or Latin-1 only produce those characters: a word with
  // `đ`, `ư` or `ệ` in it was never such bytes.
  const bytes = shape.allBytes;
  const on = (enc: DetectedEncoding): boolean => (allowed & (1 << REPAIR_ENCODINGS.indexOf(enc))) !== 0;
  if (flags & C_COMB && on('nfd')) {
    const nfc = text.slice(start, end).normalize('NFC');
    if (nfc !== text.slice(start, end)) {
      // Canonically equivalent, so always safe to compose, Vietnamese or not.
      const n = nfc.length;
      for (let i = 0; i < n; i++) buf[i] = nfc.charCodeAt(i);
      const core = coreOf(n);
      out.push({
        encoding: 'nfd',
        enc: REPAIR_ENCODINGS.indexOf('nfd'),
        text: nfc,
        coreStart: core < 0 ? 0 : Math.floor(core / 0x10000),
        coreEnd: core < 0 ? n : core % 0x10000,
        misplaced: false,
        caseless: null,
        trailingMark: false,
        loose: false,
        id: -2,
      });
      return out;
    }
  }
  if (bytes && shape.hasUtf8Lead && on('utf-8')) {
    consider(text, start, end, decodeUtf8Range(text, start, end, buf), 'utf-8', false, false, allowMisplaced, out);
  }
  if (bytes && shape.hasLatin1High && on('vni')) {
    consider(text, start, end, decodeTableRange(codePage('vni'), text, start, end, buf, null), 'vni', false, false, allowMisplaced, out);
  }
  if (bytes && shape.hasTcvnRange && on('tcvn3')) {
    const n = decodeTableRange(codePage('tcvn3'), text, start, end, buf, caseBuf);
    consider(text, start, end, n, 'tcvn3', true, false, allowMisplaced, out);
  }
  if (bytes && shape.hasLatin1High && on('windows-1258')) {
    const n = decodeTableRange(codePage('windows-1258'), text, start, end, buf, null);
    consider(text, start, end, n, 'windows-1258', false, false, allowMisplaced, out);
  }
  if (bytes && shape.hasByteChar && on('viscii')) {
    const n = decodeTableRange(codePage('viscii'), text, start, end, buf, null);
    consider(text, start, end, n, 'viscii', false, false, allowMisplaced, out);
  }
  if (bytes && shape.hasByteChar && on('vps')) {
    const n = decodeTableRange(codePage('vps'), text, start, end, buf, null);
    consider(text, start, end, n, 'vps', false, false, allowMisplaced, out);
  }
  if (shape.asciiOnly && on('viqr')) {
    // An unescaped tone character after the last letter is a mark in RFC 1456 text and
    // punctuation in text written without escapes: offer both readings when they differ.
    const literalLength = decodeViqrRange(text, start, end, buf, TrailingMark.Literal);
    const literal = bufferString(buf, literalLength);
    const n = decodeViqrRange(text, start, end, buf, TrailingMark.Mark);
    const differs = n !== literalLength || bufferString(buf, n) !== literal;
    consider(text, start, end, n, 'viqr', false, differs, allowMisplaced, out);
    if (differs) {
      for (let i = 0; i < literalLength; i++) buf[i] = literal.charCodeAt(i);
      consider(text, start, end, literalLength, 'viqr', false, false, allowMisplaced, out);
    }
  }
  // A reading with the mark on the right vowel beats one that needs the mark moved.
  if (out.length > 1 && out.some((c) => !c.misplaced)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.misplaced) out.splice(i, 1);
  }
  return out;
}
