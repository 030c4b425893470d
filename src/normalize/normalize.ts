import { type Alignment, AlignmentBuilder, identityAlignment } from '../core/alignment.js';
import { assertText } from '../core/options.js';
import { MAX_SYLLABLE_LENGTH, Verdict, analyzeRange } from '../syllable/analyze.js';
import { infoBase, infoIsVowel, infoTone, letterTable } from '../syllable/letters.js';
import { placeTone } from '../syllable/place-tone.js';
import { normalizeBounded } from './bounded.js';
import { C, LOOKALIKES, Q, charClasses, isLatin, quickClasses, stopTable } from './char-class.js';
import { recordEdit } from './cluster-edits.js';
import { type NormalizeOptions, type ResolvedNormalizeOptions, resolveNormalizeOptions } from './options.js';

/**
 * What a change did. One change can do several (an NFD word with a misplaced mark).
 *
 * @example
 * normalizeAligned('Ðồng  Nai', { spacing: true }).changes.map((c) => c.kinds);
 * // [['lookalike'], ['spacing']]
 */
export type NormalizeChangeKind =
  | 'nfc'
  | 'lookalike'
  | 'invisible'
  | 'space'
  | 'tone-style'
  | 'misplaced-tone'
  | 'spacing';

/**
 * One change, in the caller's offsets: `input.slice(start, end) === original` became `text`.
 *
 * @example
 * normalizeAligned('Ngừơi dân').changes[0];
 * // { start: 0, end: 5, original: 'Ngừơi', text: 'Người', kinds: ['misplaced-tone'] }
 */
export interface NormalizeChange {
  readonly start: number;
  readonly end: number;
  readonly original: string;
  readonly text: string;
  readonly kinds: readonly NormalizeChangeKind[];
}

/**
 * The normalized text, its alignment to the input, and what changed.
 *
 * @example
 * const r = normalizeAligned('Ðồng  Nai', { spacing: true });
 * r.text;                    // 'Đồng Nai'
 * r.alignment.toInput(5, 8); // { start: 6, end: 9 }: 'Nai' in the input
 * r.changes.length;          // 2
 */
export interface NormalizeResult {
  readonly text: string;
  /** Maps offsets of `text` back to the input. */
  readonly alignment: Alignment;
  readonly changes: readonly NormalizeChange[];
}

const CYRILLIC_FIRST = 0x0400;
const ZWSP = 0x200b;

const PUNCT_NO_SPACE_BEFORE = new Set([0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d]); // , ; : ! ? ) ] }
const OPENERS = new Set([0x28, 0x5b, 0x7b]); // ( [ {

interface Sink {
  readonly input: string;
  parts: string[] | null;
  copied: number;
  /** Made at the first edit: most clean text has none, and then needs no buffer. */
  builder: AlignmentBuilder | null;
  readonly changes: NormalizeChange[] | null;
}

/**
 * Replaces `input[start, end)` with `text`. A word's change is aligned per character (see
 * {@link recordEdit}); a space that replaces a run maps to the whole run.
 */
function emit(sink: Sink, start: number, end: number, text: string, kinds: NormalizeChangeKind[]): void {
  (sink.parts ??= []).push(sink.input.slice(sink.copied, start), text);
  sink.copied = end;
  if (sink.changes !== null) {
    const builder = (sink.builder ??= new AlignmentBuilder());
    if (kinds[0] === 'spacing' || kinds[0] === 'space') builder.edit(start, end, text.length);
    else recordEdit(builder, sink.input, start, end, text);
    sink.changes!.push({ start, end, original: sink.input.slice(start, end), text, kinds });
  }
}

const NFC_ONLY: ResolvedNormalizeOptions = {
  toneStyle: 'keep',
  misplacedTones: false,
  nfc: true,
  lookalikes: false,
  invisibles: false,
  spacing: false,
};

const isWordClass = (k: number): boolean => k === C.Ascii || k === C.Letter || k === C.Mark;
const isLetterClass = (k: number): boolean => k === C.Ascii || k === C.Letter;

/** What one scan of a word found; reused across words to avoid allocation. */
interface WordFlags {
  needsNfc: boolean;
  hasInvisible: boolean;
  hasLookalike: boolean;
  allLatin: boolean;
  /** A tone mark that may be on the wrong vowel or in the other style: worth parsing. */
  toneInDoubt: boolean;
}

const flags: WordFlags = { needsNfc: false, hasInvisible: false, hasLookalike: false, allLatin: true, toneInDoubt: false };

const TONE_CACHE_SIZE = 4096;

/**
 * Words whose tone was in doubt (`của`, `hoàng`, `Thuỷ`), with what tone placement made of
 * them: null when they were right. A direct-mapped table per combination of the tone
 * options, kept for the life of the process: the answer depends on the word alone, so a
 * service that normalizes one article per call parses each such word once, not once per
 * call. A hit is confirmed by comparing the word itself; a collision only costs a parse.
 */
class ToneCache {
  private readonly words: string[] = new Array<string>(TONE_CACHE_SIZE).fill('');
  private readonly results: (string | null)[] = new Array<string | null>(TONE_CACHE_SIZE).fill(null);
  private readonly misplaced = new Uint8Array(TONE_CACHE_SIZE);
  /** Kind of the last looked-up word's change. */
  kind: NormalizeChangeKind = 'tone-style';

  constructor(private readonly o: ResolvedNormalizeOptions) {}

  /** The word `input[start, end)` with its tone placed, or null when it stays. */
  placed(input: string, start: number, end: number): string | null {
    let h = 0;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + input.charCodeAt(i)) | 0;
    const slot = (h ^ (h >>> 12)) & (TONE_CACHE_SIZE - 1);
    const w = this.words[slot]!;
    if (w.length !== end - start || !input.startsWith(w, start)) {
      const placed = placeTone(input, start, end, this.o.toneStyle, this.o.misplacedTones);
      this.words[slot] = input.slice(start, end);
      this.results[slot] = placed;
      this.misplaced[slot] = placed !== null && analyzeRange(input, start, end) === Verdict.Misplaced ? 1 : 0;
    }
    this.kind = this.misplaced[slot] === 1 ? 'misplaced-tone' : 'tone-style';
    return this.results[slot]!;
  }
}

const toneCaches: (ToneCache | undefined)[] = [];

function toneCacheFor(o: ResolvedNormalizeOptions): ToneCache {
  const key = (o.toneStyle === 'classic' ? 0 : o.toneStyle === 'modern' ? 2 : 4) + (o.misplacedTones ? 1 : 0);
  return (toneCaches[key] ??= new ToneCache({ ...NFC_ONLY, toneStyle: o.toneStyle, misplacedTones: o.misplacedTones }));
}

let quick: Uint8Array | null = null;

/**
 * The first pass's table. Kept here too: every stop of the pass asks for it, and the call
 * into `quickClasses` with its four arguments (not inlined) cost 5% of normalize's time.
 */
const quickTable = (): Uint8Array => (quick ??= quickClasses(letterTable(), infoIsVowel, infoTone, infoBase));

/**
 * The first position at or after `i` (and before `end`) where the pass stops (see
 * {@link stopTable}): a character of a kind, or the second of two vowels whose tone is in
 * doubt. This loop is most of the time normalize spends on clean text: one table read per
 * character and a branch that is rarely taken.
 */
function nextStop(input: string, i: number, qt: Uint8Array, stop: Uint8Array, end: number): number {
  let prev = i > 0 ? qt[input.charCodeAt(i - 1)]! & 7 : 0;
  for (; i < end; i++) {
    const q = qt[input.charCodeAt(i)]!;
    if (stop[(prev << 6) | q] !== 0) return i;
    prev = q & 7;
  }
  return end;
}

/**
 * Scans the word that starts at `start` to its end and records in {@link flags} what it may
 * need (see {@link toneInDoubt} for when a tone is in doubt).
 */
function scanWord(input: string, start: number, cls: Uint8Array, qt: Uint8Array, letters: Int32Array): number {
  const n = input.length;
  let needsNfc = false;
  let hasInvisible = false;
  let hasLookalike = false;
  let allLatin = true;
  let tonedAt = -1;
  let tonedShaped = false;
  let doubt = false;
  let prevVowel = false;
  let i = start;
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    const k = cls[c]!;
    if (k === C.Invisible) {
      if (i + 1 >= n || !isWordClass(cls[input.charCodeAt(i + 1)]!)) break;
      hasInvisible = true;
      prevVowel = false;
      continue;
    }
    if (k !== C.Ascii && k !== C.Letter && k !== C.Mark) break;
    const info = c < letters.length ? letters[c]! : 0;
    if (infoIsVowel(info)) {
      const shaped = infoBase(info) > 0x7f;
      if (prevVowel && tonedAt === i - 1 && (!tonedShaped || shaped)) doubt = true;
      if (infoTone(info) !== 0) {
        tonedAt = i;
        tonedShaped = shaped;
        if (prevVowel && !shaped) doubt = true;
      }
      prevVowel = true;
    } else {
      prevVowel = false;
    }
    if (c < 0x80) continue;
    if ((qt[c]! & Q.Kind) === Q.Word) {
      if (LOOKALIKES.has(c)) hasLookalike = true;
      else needsNfc = true;
    }
    if (!isLatin(c)) allLatin = false;
  }
  flags.needsNfc = needsNfc;
  flags.hasInvisible = hasInvisible;
  flags.hasLookalike = hasLookalike;
  flags.allLatin = allLatin;
  flags.toneInDoubt = doubt;
  return i;
}

/** Whether the letters `s` (maybe decomposed) are one Vietnamese syllable, marks anywhere. */
function isOneSyllable(s: string): boolean {
  if (s.length > 3 * MAX_SYLLABLE_LENGTH) return false;
  const nf = s.normalize('NFC');
  return analyzeRange(nf, 0, nf.length) !== Verdict.Invalid;
}

/**
 * The word without its zero-width characters and soft hyphens. A zero-width space is a word
 * break that shows no gap (`tokenize` reads it so): between two letters it becomes a space,
 * unless the letters on both sides make one Vietnamese syllable together (`Vi\u200bệt` is
 * `Việt`, `Việt\u200bNam` is `Việt Nam`).
 */
function cleanInvisibles(w: string, cls: Uint8Array): string {
  let out = '';
  let partStart = 0;
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    if (cls[c] !== C.Invisible) {
      out += w[j];
      continue;
    }
    if (c !== ZWSP || out.length === partStart) continue;
    let r = j + 1;
    while (r < w.length && cls[w.charCodeAt(r)] === C.Invisible) r++;
    if (r >= w.length || !isLetterClass(cls[w.charCodeAt(r)]!) || !isLetterClass(cls[out.charCodeAt(out.length - 1)]!)) continue;
    let e = r;
    while (e < w.length && cls[w.charCodeAt(e)] !== C.Invisible) e++;
    if (!isOneSyllable(out.slice(partStart) + w.slice(r, e))) {
      out += ' ';
      partStart = out.length;
    }
  }
  return out;
}

/** Normalizes the word `input[start, end)` scanned into {@link flags}; null if unchanged. */
function fixWord(
  input: string,
  start: number,
  end: number,
  o: ResolvedNormalizeOptions,
  cls: Uint8Array,
  kinds: NormalizeChangeKind[],
): string | null {
  const { needsNfc, hasInvisible, hasLookalike, allLatin } = flags;
  let w = input.slice(start, end);
  // Invisibles go first: one between a letter and its mark keeps NFC from composing them.
  if (hasInvisible && o.invisibles && allLatin) {
    const cleaned = cleanInvisibles(w, cls);
    if (cleaned !== w) {
      w = cleaned;
      kinds.push('invisible');
    }
  }
  if (needsNfc && o.nfc) {
    const nf = normalizeBounded(w);
    if (nf !== w) {
      w = nf;
      kinds.push('nfc');
    }
  }
  const wantTones = o.toneStyle !== 'keep' || o.misplacedTones;
  if (!(hasLookalike && o.lookalikes) && !wantTones) return kinds.length === 0 ? null : w;
  // A zero-width space may have split the word: each part is a word of its own.
  const parts = w.indexOf(' ') >= 0 ? w.split(' ') : [w];
  for (let p = 0; p < parts.length; p++) {
    let part = parts[p]!;
    if (hasLookalike && o.lookalikes) {
      const before = p === 0 ? input.charCodeAt(start - 1) : 0x20;
      const after = p === parts.length - 1 ? input.charCodeAt(end) : 0x20;
      const replaced = replaceLookalikes(part, before, after, p === 0 ? input.charCodeAt(start - 2) : 0);
      if (replaced !== null) {
        part = replaced;
        if (!kinds.includes('lookalike')) kinds.push('lookalike');
      }
    }
    if (wantTones && part.length <= MAX_SYLLABLE_LENGTH) {
      const placed = placeTone(part, 0, part.length, o.toneStyle, o.misplacedTones);
      if (placed !== null) {
        const kind = analyzeRange(part, 0, part.length) === Verdict.Misplaced ? 'misplaced-tone' : 'tone-style';
        if (!kinds.includes(kind)) kinds.push(kind);
        part = placed;
      }
    }
    parts[p] = part;
  }
  return kinds.length === 0 ? null : parts.length === 1 ? parts[0]! : parts.join(' ');
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The word with its look-alikes replaced, or null when it should stay as it is. Eth stands
 * for đ when the word becomes Vietnamese: one or a few syllables (`Ðà`, `ðôla`), an acronym
 * without vowels (`HÐND`, `hðxx`), the currency after an amount (`50.000 ð`) or an initial
 * (`Ð.`). Icelandic and Faroese words (`Þórður`, `með`, `Guðrún`) pass none of these tests,
 * nor does a phonetic symbol between slashes or brackets (`âm /ð/`, `[ð]`). Cyrillic
 * look-alikes are replaced only inside an otherwise Latin word that becomes one syllable.
 * `before`, `after` and `beforeBefore` are the code units around the word (NaN at the ends).
 */
function replaceLookalikes(w: string, before: number, after: number, beforeBefore: number): string | null {
  if ((before === 0x2f || before === 0x5b) && (after === 0x2f || after === 0x5d)) return null;
  let out = '';
  let cyrillic = false;
  let otherLatin = 0;
  let vowels = 0;
  let foreign = false;
  const letters = letterTable();
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const r = LOOKALIKES.get(c);
    if (r !== undefined) {
      if (c >= CYRILLIC_FIRST) cyrillic = true;
      out += String.fromCharCode(r);
      if (infoIsVowel(letters[r]!)) vowels++;
      continue;
    }
    const info = c < letters.length ? letters[c]! : 0;
    if (info === 0) foreign = true;
    else otherLatin++;
    if (infoIsVowel(info)) vowels++;
    out += w[i];
  }
  if (foreign) return null;
  if (cyrillic) return otherLatin > 0 && analyzeRange(out, 0, out.length) !== Verdict.Invalid ? out : null;
  if (vowels > 0) return splitsIntoSyllables(out) ? out : null;
  if (w.length > 1) return out;
  const amount = isDigit(before) || (before === 0x20 && isDigit(beforeBefore));
  const initial = w === '\u00d0' && after === 0x2e;
  return amount || initial ? out : null;
}

/** Whether `w` is a run of one to four Vietnamese syllables written together (`đôla`). */
function splitsIntoSyllables(w: string): boolean {
  const n = w.length;
  if (n > 4 * MAX_SYLLABLE_LENGTH) return false;
  // reach[i]: fewest syllables that spell w[0, i), or 0 when none do.
  const reach = new Uint8Array(n + 1);
  reach[0] = 1;
  for (let i = 0; i < n; i++) {
    if (reach[i] === 0 || reach[i]! > 4) continue;
    for (let j = i + 1; j <= n && j - i <= MAX_SYLLABLE_LENGTH; j++) {
      if ((reach[j] === 0 || reach[j]! > reach[i]! + 1) && analyzeRange(w, i, j) !== Verdict.Invalid) reach[j] = reach[i]! + 1;
    }
  }
  return reach[n] !== 0;
}

const URL_CONTEXT_LIMIT = 256;
const URL_MARKERS = /:\/\/|www\.|@|\\|[\p{L}\p{N}]\.[a-z]{2,}\//iu;

/**
 * Whether the word `input[start, end)` is part of a URL, e-mail address, domain path or
 * Windows path (`https://…/hoà-bình`, `ai@hoà.vn`, `C:\\Tài liệu\\hoà.txt`): those are
 * identifiers and must come back byte for byte. Looks at most {@link URL_CONTEXT_LIMIT} code units each way, so it stays linear.
 */
function inUrlOrEmail(input: string, start: number, end: number): boolean {
  let a = start;
  const minA = Math.max(0, start - URL_CONTEXT_LIMIT);
  while (a > minA && !isBreak(input.charCodeAt(a - 1))) a--;
  let b = end;
  const maxB = Math.min(input.length, end + URL_CONTEXT_LIMIT);
  while (b < maxB && !isBreak(input.charCodeAt(b))) b++;
  if (a === start && b === end) return false;
  return URL_MARKERS.test(input.slice(a, b));
}

const isBreak = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3c || c === 0x3e || c === 0x22;

/** A space `spacing` tidies: U+0020, a tab, or any other space inside a line. */
const isSpaceUnit = (c: number, cls: Uint8Array): boolean =>
  c === 0x20 || c === 0x09 || (c >= 0x80 && (cls[c] === C.OddSpace || c === 0x2000 || c === 0x2001));

function tidySpaces(sink: Sink, input: string, i: number, cls: Uint8Array): number {
  let j = i;
  while (j < input.length && isSpaceUnit(input.charCodeAt(j), cls)) j++;
  const prev = i > 0 ? input.charCodeAt(i - 1) : 0x0a;
  const next = j < input.length ? input.charCodeAt(j) : 0x0a;
  const lineStart = prev === 0x0a || prev === 0x0d;
  if (lineStart) return j;
  const lineEnd = next === 0x0a || next === 0x0d;
  const after = j + 1 < input.length ? input.charCodeAt(j + 1) : 0x20;
  const sentencePeriod = next === 0x2e && after !== 0x2e && !isWordClass(cls[after]!) && !(after >= 0x30 && after <= 0x39);
  if (lineEnd || PUNCT_NO_SPACE_BEFORE.has(next) || sentencePeriod || OPENERS.has(prev)) {
    emit(sink, i, j, '', ['spacing']);
  } else if (j - i > 1 || input.charCodeAt(i) !== 0x20) {
    emit(sink, i, j, ' ', ['spacing']);
  }
  return j;
}

/**
 * With `spacing`: a comma or semicolon squeezed between two letters gets a space after it.
 * Spaces before it do not count: they go (`Hà Nội ,Việt` → `Hà Nội, Việt` in one pass).
 */
function spaceAfterComma(sink: Sink, input: string, i: number, cls: Uint8Array): void {
  if (i + 1 >= input.length || !isLetterClass(cls[input.charCodeAt(i + 1)]!)) return;
  let b = i - 1;
  while (b >= 0 && isSpaceUnit(input.charCodeAt(b), cls)) b--;
  // A decomposed letter ends in its marks (`a` U+0301 `;a`): the letter is before them.
  while (b >= 0 && cls[input.charCodeAt(b)] === C.Mark) b--;
  if (b >= 0 && isLetterClass(cls[input.charCodeAt(b)]!)) emit(sink, i + 1, i + 1, ' ', ['spacing']);
}

/** Handles the word around `i` (which needs a look) and returns where it ends. */
function fixWordAt(sink: Sink, i: number, o: ResolvedNormalizeOptions, cache: ToneCache | null): number {
  const input = sink.input;
  const cls = charClasses();
  let ws = i;
  while (ws > sink.copied && isLetterClass(cls[input.charCodeAt(ws - 1)]!)) ws--;
  const we = scanWord(input, ws, cls, quickTable(), letterTable());
  // A mark after punctuation or a digit composes with it (`=` + U+0338 is `≠`).
  if (ws === i && ws > sink.copied && cls[input.charCodeAt(i)] === C.Mark) ws--;
  if (!flags.needsNfc && !flags.hasInvisible && !flags.hasLookalike) {
    if (!flags.toneInDoubt || cache === null || we - ws > MAX_SYLLABLE_LENGTH) return we;
    const placed = cache.placed(input, ws, we);
    if (placed !== null && !inUrlOrEmail(input, ws, we)) emit(sink, ws, we, placed, [cache.kind]);
    return we;
  }
  let kinds: NormalizeChangeKind[] = [];
  let fixed = fixWord(input, ws, we, o, cls, kinds);
  // Inside a URL or e-mail address only canonical composition applies.
  if (fixed !== null && !(kinds.length === 1 && kinds[0] === 'nfc') && inUrlOrEmail(input, ws, we)) {
    kinds = [];
    fixed = o.nfc ? fixWord(input, ws, we, NFC_ONLY, cls, kinds) : null;
  }
  if (fixed !== null) emit(sink, ws, we, fixed, kinds);
  return we;
}

/**
 * Pairs of toneless base vowels (first << 8 | second) that, toned on the first and closing
 * a word after a consonant other than q and g, are right in both styles (`của`, `vào`,
 * `này`, `ngày`, `lại`, `nói`, `địa`): the first is the rhyme's main vowel. Not `oa`, `oe`,
 * `uy`, whose glide makes the styles differ.
 */
const SETTLED_PAIRS = new Set(
  ['ai', 'ao', 'au', 'ay', 'eo', 'ia', 'iu', 'oi', 'ua', 'ui'].map((p) => (p.charCodeAt(0) << 8) | p.charCodeAt(1)),
);

const LOWER_Q = 0x71;
const LOWER_G = 0x67;
const LOWER_I = 0x69;
const LOWER_O = 0x6f;
const LOWER_U = 0x75;

/** Whether the code unit before a vowel cluster leaves it alone: a consonant other than q and g, or no letter. */
function consonantOrNothing(c: number, cls: Uint8Array, letters: Int32Array): boolean {
  if (Number.isNaN(c)) return true;
  const info = c < letters.length ? letters[c]! : 0;
  if (info === 0) return !isWordClass(cls[c]!) && cls[c] !== C.Invisible;
  const base = infoBase(info);
  return !infoIsVowel(info) && base !== LOWER_Q && base !== LOWER_G;
}

/** Whether `input[j, …)` is a consonant coda (`c ch m n ng nh p t`) that ends the word. */
function codaEndsWord(input: string, j: number, cls: Uint8Array): boolean {
  const c = input.charCodeAt(j) | 0x20;
  let e = j + 1;
  const d = input.charCodeAt(e) | 0x20;
  if ((c === 0x6e && (d === 0x67 || d === 0x68)) || (c === 0x63 && d === 0x68)) e++;
  else if (c !== 0x6e && c !== 0x63 && c !== 0x6d && c !== 0x70 && c !== 0x74) return false;
  if (e >= input.length) return true;
  const k = cls[input.charCodeAt(e)]!;
  return !isWordClass(k) && k !== C.Invisible;
}

/**
 * Whether the doubtful pair ending at `i` settles at a glance, without finding its word:
 * - a toned vowel and one of {@link SETTLED_PAIRS} after a consonant, ending the word
 *   (`của`, `vào`, `này`, `ngày`);
 * - a toned vowel right after the `u` of `qu` or the `i` of `gi` (`quá`, `giá`): those
 *   letters belong to the onset, so the mark is on the rhyme's first vowel;
 * - glide `o`/`u` and a toned vowel closed by a consonant coda (`toàn`, `hoàng`,
 *   `khoảng`): both styles put the mark there.
 * More vowels after the pair make another pair that the pass stops at. Most stops on real
 * news settle here; the rest go to the tone cache.
 */
function settledAtGlance(input: string, i: number, qt: Uint8Array, cls: Uint8Array, letters: Int32Array): boolean {
  const a = input.charCodeAt(i - 1);
  const b = input.charCodeAt(i);
  const qa = qt[a]!;
  const before = i >= 2 ? input.charCodeAt(i - 2) : NaN;
  if ((qa & (Q.Toned | Q.Shaped)) === Q.Toned) {
    const after = i + 1 < input.length ? cls[input.charCodeAt(i + 1)]! : C.Other;
    if (isWordClass(after) || after === C.Invisible) return false;
    return SETTLED_PAIRS.has((infoBase(letters[a]!) << 8) | infoBase(letters[b]!)) && consonantOrNothing(before, cls, letters);
  }
  if ((qa & Q.Toned) !== 0 || (qt[b]! & (Q.Toned | Q.Shaped)) !== Q.Toned) return false;
  const first = infoBase(letters[a]!);
  const onset = Number.isNaN(before) || before >= letters.length ? 0 : infoBase(letters[before]!);
  if ((first === LOWER_U && onset === LOWER_Q) || (first === LOWER_I && onset === LOWER_G)) return true;
  return (first === LOWER_O || first === LOWER_U) && consonantOrNothing(before, cls, letters) && codaEndsWord(input, i + 1, cls);
}

/**
 * The common stop on clean text: a toned vowel in doubt (`của`, `hoàng`, `Thuỷ`), the pair
 * ending at `i`. Finds the word around it and asks the tone cache, unless the word holds
 * anything else to fix (then {@link fixWordAt} takes it whole). Letters before `i` in the
 * word were passed by {@link nextStop}, so they need nothing.
 */
function toneAt(sink: Sink, i: number, o: ResolvedNormalizeOptions, cache: ToneCache): number {
  const input = sink.input;
  const n = input.length;
  const cls = charClasses();
  const qt = quickTable();
  if (settledAtGlance(input, i, qt, cls, letterTable())) return i + 1;
  let ws = i;
  while (ws > sink.copied && isLetterClass(cls[input.charCodeAt(ws - 1)]!)) ws--;
  let we = i + 1;
  for (; we < n; we++) {
    const c = input.charCodeAt(we);
    const k = cls[c]!;
    if (k !== C.Ascii && k !== C.Letter) {
      if (k === C.Mark || k === C.Invisible) return fixWordAt(sink, i, o, cache);
      break;
    }
    if ((qt[c]! & Q.Kind) !== 0) return fixWordAt(sink, i, o, cache);
  }
  if (we - ws > MAX_SYLLABLE_LENGTH) return we;
  const placed = cache.placed(input, ws, we);
  if (placed !== null && !inUrlOrEmail(input, ws, we)) emit(sink, ws, we, placed, [cache.kind]);
  return we;
}

/** Handles the character at `i`, which {@link nextStop} or the spacing pass stopped at; returns where to go on. */
function handle(sink: Sink, i: number, q: number, o: ResolvedNormalizeOptions, cache: ToneCache | null): number {
  const kind = q & Q.Kind;
  if (kind === 0) return toneAt(sink, i, o, cache!);
  if (kind === Q.Word) return fixWordAt(sink, i, o, cache);
  const input = sink.input;
  const cls = charClasses();
  const c = input.charCodeAt(i);
  const next = i + 1 < input.length ? cls[input.charCodeAt(i + 1)]! : C.Other;
  const betweenLetters = i > 0 && isWordClass(cls[input.charCodeAt(i - 1)]!) && isWordClass(next);
  if (kind === Q.Invisible) return betweenLetters ? fixWordAt(sink, i, o, cache) : i + 1;
  if (o.spacing && isSpaceUnit(c, cls)) return tidySpaces(sink, input, i, cls);
  if (kind === Q.Space) {
    if (o.invisibles && betweenLetters) emit(sink, i, i + 1, ' ', ['space']);
  } else if (o.nfc) {
    const nf = input[i]!.normalize('NFC');
    if (o.invisibles && betweenLetters && cls[nf.charCodeAt(0)] === C.OddSpace) emit(sink, i, i + 1, ' ', ['nfc', 'space']);
    else emit(sink, i, i + 1, nf, ['nfc']);
  }
  return i + 1;
}

/**
 * One pass over the text. Most of it needs nothing: ASCII, and letters and punctuation the
 * table says are fine wherever they stand (curly quotes, dashes, `đ`, `ư`, letters of other
 * scripts). Only a toned vowel touching another vowel, a mark, a look-alike, an invisible or
 * an odd space makes it stop and look at the word around it. With `spacing`, every space and
 * comma is looked at too.
 */
function run(input: string, o: ResolvedNormalizeOptions, record: boolean): Sink {
  const qt = quickTable();
  const sink: Sink = {
    input,
    parts: null,
    copied: 0,
    builder: null,
    changes: record ? [] : null,
  };
  const n = input.length;
  const cache = o.toneStyle !== 'keep' || o.misplacedTones ? toneCacheFor(o) : null;
  const stop = stopTable(cache !== null);
  if (!o.spacing) {
    let i = nextStop(input, 0, qt, stop, n);
    while (i < n) i = nextStop(input, handle(sink, i, qt[input.charCodeAt(i)]!, o, cache), qt, stop, n);
    return sink;
  }
  const cls = charClasses();
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      i = tidySpaces(sink, input, i, cls);
      continue;
    }
    if (c === 0x2c || c === 0x3b) spaceAfterComma(sink, input, i, cls);
    // Not only non-ASCII: the second vowel of a doubtful pair is often ASCII (`gịong`).
    i = nextStop(input, i, qt, stop, i + 1) === i ? handle(sink, i, qt[c]!, o, cache) : i + 1;
  }
  return sink;
}

function finish(sink: Sink): string {
  if (sink.parts === null) return sink.input;
  sink.parts.push(sink.input.slice(sink.copied));
  return sink.parts.join('');
}

/**
 * Normalizes Vietnamese text: NFC, tone marks placed in one style and moved off the wrong
 * vowel, `Ð`/`ð` look-alikes made `Đ`/`đ`, zero-width characters and odd spaces inside words
 * cleaned. Never changes meaning and never touches a word that is not Vietnamese beyond NFC
 * (English, French `café`, URLs and code pass unchanged). Any string is accepted; linear time.
 *
 * @example
 * normalize('Ngừơi dân Thanh Hoá'); // 'Người dân Thanh Hóa'
 * normalize('Thanh Hóa', { toneStyle: 'modern' }); // 'Thanh Hoá'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  assertText('normalize', text);
  const o = resolveNormalizeOptions('normalize', options);
  return finish(run(text, o, false));
}

/**
 * Like {@link normalize}, and also returns an alignment that maps any offset of the output
 * back to the input, and the list of changes in input offsets. Pass the result to
 * `tokenize`, `sentences` or `segment` and their spans point into your original string.
 *
 * @example
 * const r = normalizeAligned('Ðà Nẵng');
 * r.text; // 'Đà Nẵng'
 * r.changes[0]; // { start: 0, end: 2, original: 'Ðà', text: 'Đà', kinds: ['lookalike'] }
 * r.alignment.toInput(3, 7); // { start: 3, end: 7 }
 */
export function normalizeAligned(text: string, options?: NormalizeOptions): NormalizeResult {
  assertText('normalizeAligned', text);
  const o = resolveNormalizeOptions('normalizeAligned', options);
  const sink = run(text, o, true);
  const out = finish(sink);
  const alignment = sink.builder === null ? identityAlignment(text.length) : sink.builder.finish(text.length);
  return { text: out, alignment, changes: sink.changes! };
}
