// Readings of one word: the word decoded in each legacy encoding that could have produced it,
// kept only where the result is a Vietnamese syllable.
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { C_ALPHA, C_COMB, C_HIGH, C_L1VI, C_MARK, C_VI, charClass, isEdgePunctuation } from './char-classes.js';
import { codePage, isVietnameseLetter, viewByte } from './code-pages.js';
import type { DetectedEncoding } from './encodings.js';
import { bufferString } from './judge.js';
import { decodeTableRange, decodeUtf8Range, utf8Gaps } from './range-decoders.js';
import { TrailingMark, decodeViqrRange } from './viqr.js';

/** One reading of a word. */
export interface Candidate {
  /**
   * The encoding the reading is credited to: of those that read the word this way
   * ({@link encs}), the one the document shows most (set by the document pass).
   */
  encoding: DetectedEncoding;
  /** Index of {@link encoding} in {@link REPAIR_ENCODINGS}. */
  enc: number;
  /** Bit per entry of {@link REPAIR_ENCODINGS} that reads the word exactly this way (`ð` is đ in Windows-1258 and VISCII). */
  encs: number;
  /** The whole word as this encoding reads it (punctuation at its edges included). */
  readonly text: string;
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
  /** Clause punctuation (`. ? ! , ; :`) follows the syllable in {@link text} (`chi.` read as `chi` + `.`). */
  readonly endsClause: boolean;
  /** The bigram model's id of the syllable, once asked for (-2 until then). */
  id: number;
  // Filled in by the document pass, once per distinct word, so occurrences share them.
  /** How TCVN3 case is inferred for this reading (-1 until asked; see case-inference.ts). */
  caseMode: number;
  /** Case of the reading as a neighbour sees it (-1 until asked; see case-inference.ts). */
  wordCase: number;
  /** Code units of punctuation both the input and the reading share at each edge (-1 until asked). */
  trimHead: number;
  trimTail: number;
  /** The input word without the shared edges, and the reading without them, per case variant. */
  original: string | null;
  pieces: (string | null)[] | null;
  /** The piece of the variant as it stands (`pieces[0]`), read first without the array, whether it differs from {@link original}, and its `groups[0]`. */
  piece: string | null;
  pieceChanges: boolean;
  group: Int32Array | null | undefined;
  /** Per case variant, where each code unit of its piece came from (see fine-alignment.ts); undefined until asked. */
  groups: (Int32Array | null | undefined)[] | null;
}

/** A reading with its caches empty. */
export function newCandidate(
  encoding: DetectedEncoding,
  text: string,
  coreStart: number,
  coreEnd: number,
  misplaced: boolean,
  caseless: Uint8Array | null,
  trailingMark: boolean,
  loose: boolean,
): Candidate {
  let endsClause = false;
  for (let j = coreEnd; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (ch === 0x2e || ch === 0x3f || ch === 0x21 || ch === 0x2c || ch === 0x3b || ch === 0x3a) endsClause = true;
  }
  const enc = REPAIR_ENCODINGS.indexOf(encoding);
  return {
    encoding,
    enc,
    encs: 1 << enc,
    text,
    coreStart,
    coreEnd,
    misplaced,
    caseless,
    trailingMark,
    loose,
    endsClause,
    id: -2,
    caseMode: -1,
    wordCase: -1,
    trimHead: -1,
    trimTail: -1,
    original: null,
    pieces: null,
    piece: null,
    pieceChanges: false,
    group: undefined,
    groups: null,
  };
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
    // U+FFFD stands for a byte a pipeline could not show (UTF-8 read as Windows-1252).
    if (c > 0xff && viewByte(c) < 0 && c !== 0xfffd) allBytes = false;
    if (c >= 0xc0 && c <= 0xff) hasLatin1High = true;
    if (c >= 0xa1 && c <= 0xfe) hasTcvnRange = true;
    if (c >= 0x80 || (c < 0x20 && (charClass(c) & C_HIGH) !== 0)) hasByteChar = true;
    if (c >= 0xc2 && c <= 0xf4 && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if ((d >= 0x80 && d <= 0xbf) || (d > 0xff && (charClass(d) & C_HIGH) !== 0)) hasUtf8Lead = true;
    }
    // `Ã`/`Ä` missing the byte after them (Á Í Ý Đ with 0x81 0x8D 0x9D 0x90 dropped).
    if ((c === 0xc3 || c === 0xc4) && (i + 1 === end || text.charCodeAt(i + 1) === 0xfffd)) hasUtf8Lead = true;
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
      // VIQR escapes after a name or a foreign word (`Phraya\.`) decode too, once the
      // document is plainly VIQR.
      if (fillingGaps ? !(isLoose(str, s, e) && isCapitals(str, s, e)) : !isLoose(str, s, e) && !(encoding === 'viqr' && onlyEscapesDecoded(text, start, end, n))) return;
      loose = true;
    }
  }
  for (const c of out) {
    // Another encoding reads it the same way: the reading is evidence for both.
    if (c.text === str) {
      c.encs |= 1 << REPAIR_ENCODINGS.indexOf(encoding);
      return;
    }
  }
  out.push(newCandidate(encoding, str, s, e, verdict === Verdict.Misplaced, withCase ? caseBuf.slice(0, n) : null, trailingMark, loose));
}

/**
 * Letters only, two to twelve of them, at least one a Vietnamese letter outside ASCII: what an
 * abbreviation (`HĐXX`) or a loanword (`ôtô`, `Matxcơva`) decodes to; or `đ` alone.
 */
function isLoose(str: string, s: number, e: number): boolean {
  // `đ` alone is the currency sign in prices (`50.000 đ`).
  if (e - s === 1) return str.charCodeAt(s) === 0x111 || str.charCodeAt(s) === 0x110;
  if (e - s > 12) return false;
  let vietnamese = false;
  for (let i = s; i < e; i++) {
    const c = str.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) continue;
    if (!isVietnameseLetter(c)) return false;
    vietnamese = true;
  }
  return vietnamese;
}

/** Every letter of `str[s, e)` is a capital. */
function isCapitals(str: string, s: number, e: number): boolean {
  const core = str.slice(s, e);
  return core === core.toUpperCase();
}

/** The VIQR reading in `buf[0, n)` only dropped `\` escapes: no mark was composed. */
function onlyEscapesDecoded(text: string, start: number, end: number, n: number): boolean {
  if (text.indexOf('\\', start) < 0 || text.indexOf('\\', start) >= end) return false;
  for (let i = 0; i < n; i++) if (buf[i]! >= 0x80) return false;
  return true;
}

/**
 * UTF-8 shown as Windows-1252 turns punctuation into letters too (`â€“` is `–`, `â€¦` is `…`):
 * a reading of `buf[0, n)` that decoded something into symbols only, with no letter or digit.
 * Such readings are loose, with an empty syllable.
 */
function isDecodedSymbols(start: number, end: number, n: number): boolean {
  if (n === 0 || n >= end - start) return false;
  let high = false;
  for (let i = 0; i < n; i++) {
    const c = buf[i]!;
    if (c <= 0x20 || (c >= 0x30 && c <= 0x39) || isLetterCode(c) || (c >= 0x80 && c < 0xa0)) return false;
    if (c >= 0xa0) high = true;
  }
  return high;
}

/** Gaps (letters whose last byte was dropped) read per word; each has at most five letters. */
const MAX_GAPS = 2;
const fills = new Int8Array(MAX_GAPS);
let fillingGaps = false;

/** A UTF-8 lead the scanner would not flag: `Ã`/`Ä` or `á»` followed by a letter (a dropped byte). */
function hasUtf8Gap(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xc3 || c === 0xc4 || (c === 0xe1 && text.charCodeAt(i + 1) === 0xbb)) return true;
  }
  return false;
}

/**
 * UTF-8 with letters whose last byte a pipeline dropped or replaced (`á»` + `ng` could be
 * ềng, ọng, ỏng, Ống or ờng): every way of filling the gaps is a reading; the syllable model
 * keeps the possible ones and the context decides between them.
 */
function readGaps(text: string, start: number, end: number, allowMisplaced: boolean, out: Candidate[]): void {
  const gaps = utf8Gaps.count;
  const sizes = utf8Gaps.sizes.slice(0, gaps);
  let combos = 1;
  for (const size of sizes) combos *= size;
  for (let k = 0; k < combos; k++) {
    let rest = k;
    for (let g = 0; g < gaps; g++) {
      fills[g] = rest % sizes[g]!;
      rest = Math.floor(rest / sizes[g]!);
    }
    const n = decodeUtf8Range(text, start, end, buf, fills);
    // A guessed letter must make a syllable, or an all-caps abbreviation (`HĐXX`).
    fillingGaps = true;
    consider(text, start, end, n, 'utf-8', false, false, allowMisplaced, out);
    fillingGaps = false;
  }
}

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
      out.push(newCandidate('nfd', nfc, core < 0 ? 0 : Math.floor(core / 0x10000), core < 0 ? n : core % 0x10000, false, null, false, false));
      return out;
    }
  }
  if (bytes && (shape.hasUtf8Lead || hasUtf8Gap(text, start, end)) && on('utf-8')) {
    const n = decodeUtf8Range(text, start, end, buf);
    if (isDecodedSymbols(start, end, n)) out.push(newCandidate('utf-8', bufferString(buf, n), 0, 0, false, null, false, true));
    else if (utf8Gaps.count > 0 && utf8Gaps.count <= MAX_GAPS) readGaps(text, start, end, allowMisplaced, out);
    else consider(text, start, end, n, 'utf-8', false, false, allowMisplaced, out);
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
    // Inside an all-caps abbreviation `DD` is Đ too (`HDDND` is HĐND), though UniKey reads
    // `dd` only at the start of a word; such a reading is loose, so it needs a VIQR page.
    const word = text.slice(start, end);
    if (/^[A-Z]{2,}[A-Z]*DD|^[A-Z]+DD[A-Z]/.test(word) && /^[A-Z]+[.,;:!?)"']*$/.test(word)) {
      const abbreviation = word.replace(/DD/g, '\u0110');
      for (let i = 0; i < abbreviation.length; i++) buf[i] = abbreviation.charCodeAt(i);
      consider(text, start, end, abbreviation.length, 'viqr', false, false, allowMisplaced, out);
    }
  }
  // A reading with the mark on the right vowel beats one that needs the mark moved.
  if (out.length > 1 && out.some((c) => !c.misplaced)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.misplaced) out.splice(i, 1);
  }
  return out;
}
