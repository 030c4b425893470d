import { type Alignment, AlignmentBuilder } from '../core/alignment.js';
import { assertText } from '../core/options.js';
import { MAX_SYLLABLE_LENGTH, Verdict, analyzeRange } from '../syllable/analyze.js';
import { infoBase, infoIsVowel, infoTone, letterTable } from '../syllable/letters.js';
import { placeTone } from '../syllable/place-tone.js';
import { C, charClasses, isLatin } from './char-class.js';
import { type NormalizeOptions, type ResolvedNormalizeOptions, resolveNormalizeOptions } from './options.js';

/** What a change did. One change can do several (an NFD word with a misplaced mark). */
export type NormalizeChangeKind =
  | 'nfc'
  | 'lookalike'
  | 'invisible'
  | 'space'
  | 'tone-style'
  | 'misplaced-tone'
  | 'spacing';

/** One change, in the caller's offsets: `input.slice(start, end) === original` became `text`. */
export interface NormalizeChange {
  readonly start: number;
  readonly end: number;
  readonly original: string;
  readonly text: string;
  readonly kinds: readonly NormalizeChangeKind[];
}

/** The normalized text, its alignment to the input, and what changed. */
export interface NormalizeResult {
  readonly text: string;
  /** Maps offsets of `text` back to the input. */
  readonly alignment: Alignment;
  readonly changes: readonly NormalizeChange[];
}

// Look-alikes that stand for Đ/đ (and Cyrillic letters that pass for Latin ones) when the
// word they stand in is Vietnamese once replaced.
const LOOKALIKES = new Map<number, number>([
  [0x00d0, 0x0110], // Ð eth → Đ
  [0x00f0, 0x0111], // ð → đ
  [0x0189, 0x0110], // Ɖ African D → Đ
  [0x0430, 0x61], [0x0435, 0x65], [0x043e, 0x6f], [0x0440, 0x70], [0x0441, 0x63], [0x0443, 0x79], [0x0445, 0x78],
  [0x0410, 0x41], [0x0412, 0x42], [0x0415, 0x45], [0x041a, 0x4b], [0x041c, 0x4d], [0x041d, 0x48], [0x041e, 0x4f],
  [0x0420, 0x50], [0x0421, 0x43], [0x0422, 0x54], [0x0425, 0x58],
]);
const CYRILLIC_FIRST = 0x0400;

const PUNCT_NO_SPACE_BEFORE = new Set([0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d]); // , ; : ! ? ) ] }
const OPENERS = new Set([0x28, 0x5b, 0x7b]); // ( [ {

interface Sink {
  readonly input: string;
  parts: string[] | null;
  copied: number;
  readonly builder: AlignmentBuilder | null;
  readonly changes: NormalizeChange[] | null;
}

function emit(sink: Sink, start: number, end: number, text: string, kinds: NormalizeChangeKind[]): void {
  (sink.parts ??= []).push(sink.input.slice(sink.copied, start), text);
  sink.copied = end;
  if (sink.builder !== null) {
    sink.builder.edit(start, end, text.length);
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

/**
 * Words whose tone was in doubt but which needed no change, remembered in a small
 * direct-mapped cache for one call, so the same `của`, `hoàng` or `mùa` is parsed once
 * per text and not once per occurrence. A hit is confirmed by comparing the text itself.
 */
class SettledWords {
  private readonly words: string[] = new Array<string>(4096).fill('');

  private static slot(input: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + input.charCodeAt(i)) | 0;
    return (h ^ (h >>> 12)) & 4095;
  }

  settled(input: string, start: number, end: number): boolean {
    const w = this.words[SettledWords.slot(input, start, end)]!;
    return w.length === end - start && input.startsWith(w, start);
  }

  remember(input: string, start: number, end: number): void {
    this.words[SettledWords.slot(input, start, end)] = input.slice(start, end);
  }
}

let cache = new SettledWords();

const isLookalike = (c: number): boolean =>
  c === 0xd0 || c === 0xf0 || c === 0x189 || (c >= 0x400 && c <= 0x4ff && LOOKALIKES.has(c));

/**
 * Scans the word that starts at `start` to its end and records in {@link flags} what it may
 * need. A tone is in doubt only when another vowel touches the toned one and the toned one
 * is not a vowel with a shape mark followed by none (`người`, `Việt`, `được` are settled
 * without parsing; `của`, `hòa`, `hòang`, `ngừơi` are parsed).
 */
function scanWord(input: string, start: number, cls: Uint8Array, letters: Int32Array): number {
  const n = input.length;
  let needsNfc = false;
  let hasInvisible = false;
  let hasLookalike = false;
  let allLatin = true;
  let tonedAt = -1;
  let tonedShaped = false;
  let doubt = false;
  // The scan may start after the word's ASCII letters (they carry no tone); only whether the
  // letter just before is a vowel matters for the doubt test.
  let prevVowel = start > 0 && infoIsVowel(letters[input.charCodeAt(start - 1) & 0x7f]!) && input.charCodeAt(start - 1) < 0x80;
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
    if (k === C.Mark || (c >= 0x370 && (c < 0x1e00 || c > 0x1eff))) needsNfc = true;
    if (!isLatin(c)) allLatin = false;
    if (isLookalike(c)) hasLookalike = true;
  }
  flags.needsNfc = needsNfc;
  flags.hasInvisible = hasInvisible;
  flags.hasLookalike = hasLookalike;
  flags.allLatin = allLatin;
  flags.toneInDoubt = doubt;
  return i;
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
  const { needsNfc, hasInvisible, hasLookalike, allLatin, toneInDoubt } = flags;
  const wantTones = (o.toneStyle !== 'keep' || o.misplacedTones) && end - start <= MAX_SYLLABLE_LENGTH;
  if (!needsNfc && !hasInvisible && !hasLookalike) {
    if (!wantTones || !toneInDoubt) return null;
    const placed = placeTone(input, start, end, o.toneStyle, o.misplacedTones);
    if (placed === null) return null;
    kinds.push(analyzeRange(input, start, end) === Verdict.Misplaced ? 'misplaced-tone' : 'tone-style');
    return placed;
  }
  let w = input.slice(start, end);
  if (needsNfc && o.nfc) {
    const nf = w.normalize('NFC');
    if (nf !== w) {
      w = nf;
      kinds.push('nfc');
    }
  }
  if (hasInvisible && o.invisibles && allLatin) {
    let out = '';
    for (let i = 0; i < w.length; i++) if (cls[w.charCodeAt(i)] !== C.Invisible) out += w[i];
    if (out !== w) {
      w = out;
      kinds.push('invisible');
    }
  }
  if (hasLookalike && o.lookalikes) {
    const replaced = replaceLookalikes(w);
    if (replaced !== null) {
      w = replaced;
      kinds.push('lookalike');
    }
  }
  if ((o.toneStyle !== 'keep' || o.misplacedTones) && w.length <= MAX_SYLLABLE_LENGTH) {
    const placed = placeTone(w, 0, w.length, o.toneStyle, o.misplacedTones);
    if (placed !== null) {
      kinds.push(analyzeRange(w, 0, w.length) === Verdict.Misplaced ? 'misplaced-tone' : 'tone-style');
      w = placed;
    }
  }
  return kinds.length === 0 ? null : w;
}

/**
 * The word with its look-alikes replaced, or null when it should stay as it is. Eth stands
 * for đ when the word becomes Vietnamese: one or a few syllables (`Ðà`, `ðôla`), or an
 * acronym or symbol without vowels (`HÐND`, `hðxx`, the currency sign `ð`). Icelandic and
 * Faroese words (`Þórður`, `með`, `Guðrún`) pass none of these tests. Cyrillic look-alikes
 * are replaced only inside an otherwise Latin word that becomes one Vietnamese syllable.
 */
function replaceLookalikes(w: string): string | null {
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
  return vowels === 0 || splitsIntoSyllables(out) ? out : null;
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

/** Length of the run of U+0020 starting at `i`. */
function spaceRunEnd(input: string, i: number): number {
  let j = i;
  while (j < input.length && input.charCodeAt(j) === 0x20) j++;
  return j;
}

function tidySpaces(sink: Sink, input: string, i: number, cls: Uint8Array): number {
  const j = spaceRunEnd(input, i);
  const prev = i > 0 ? input.charCodeAt(i - 1) : 0x0a;
  const next = j < input.length ? input.charCodeAt(j) : 0x0a;
  const lineStart = prev === 0x0a || prev === 0x0d;
  if (lineStart) return j;
  const lineEnd = next === 0x0a || next === 0x0d;
  const after = j + 1 < input.length ? input.charCodeAt(j + 1) : 0x20;
  const sentencePeriod = next === 0x2e && after !== 0x2e && !isWordClass(cls[after]!) && !(after >= 0x30 && after <= 0x39);
  if (lineEnd || PUNCT_NO_SPACE_BEFORE.has(next) || sentencePeriod || OPENERS.has(prev)) {
    emit(sink, i, j, '', ['spacing']);
  } else if (j - i > 1) {
    emit(sink, i, j, ' ', ['spacing']);
  }
  return j;
}

function run(input: string, o: ResolvedNormalizeOptions, record: boolean): Sink {
  const cls = charClasses();
  cache = new SettledWords();
  const sink: Sink = {
    input,
    parts: null,
    copied: 0,
    builder: record ? new AlignmentBuilder() : null,
    changes: record ? [] : null,
  };
  const n = input.length;
  const spacing = o.spacing;
  const letters = letterTable();
  let i = 0;
  while (i < n) {
    let c = input.charCodeAt(i);
    if (c < 0x80 && !spacing) {
      // Most of any text: skip ASCII in a loop that does nothing else.
      while (++i < n && (c = input.charCodeAt(i)) < 0x80);
      if (i >= n) break;
    }
    if (c < 0x80) {
      // Only with `spacing`: ASCII spaces and punctuation are looked at one by one.
      if (c === 0x20) {
        i = tidySpaces(sink, input, i, cls);
        continue;
      }
      if ((c === 0x2c || c === 0x3b) && i > 0 && i + 1 < n) {
        const before = cls[input.charCodeAt(i - 1)]!;
        const after = cls[input.charCodeAt(i + 1)]!;
        if ((before === C.Ascii || before === C.Letter) && (after === C.Ascii || after === C.Letter)) {
          emit(sink, i + 1, i + 1, ' ', ['spacing']);
        }
      }
      i++;
      continue;
    }
    const k = cls[c]!;
    const next = k === C.Letter || i + 1 >= n ? C.Other : cls[input.charCodeAt(i + 1)]!;
    if (k === C.Letter || k === C.Mark || (k === C.Invisible && isWordClass(next) && i > 0 && isWordClass(cls[input.charCodeAt(i - 1)]!))) {
      // Scan from here; the word's ASCII head (found by looking back) is needed only when
      // the word needs a closer look, which most words do not.
      const we = scanWord(input, i, cls, letters);
      if (!flags.needsNfc && !flags.hasInvisible && !flags.hasLookalike && !flags.toneInDoubt) {
        i = we;
        continue;
      }
      let ws = i;
      while (ws > sink.copied && cls[input.charCodeAt(ws - 1)] === C.Ascii) ws--;
      // A mark after punctuation or a digit composes with it (`=` + U+0338 is `≠`).
      if (k === C.Mark && ws === i && ws > sink.copied) ws--;
      if (flags.needsNfc || flags.hasInvisible || flags.hasLookalike || !cache.settled(input, ws, we)) {
        let kinds: NormalizeChangeKind[] = [];
        let fixed = fixWord(input, ws, we, o, cls, kinds);
        // Inside a URL or e-mail address only canonical composition applies.
        if (fixed !== null && !(kinds.length === 1 && kinds[0] === 'nfc') && inUrlOrEmail(input, ws, we)) {
          kinds = [];
          fixed = o.nfc ? fixWord(input, ws, we, NFC_ONLY, cls, kinds) : null;
        }
        if (fixed !== null) emit(sink, ws, we, fixed, kinds);
        else if (!flags.needsNfc && !flags.hasInvisible && !flags.hasLookalike) cache.remember(input, ws, we);
      }
      i = we;
      continue;
    }
    const betweenLetters = i > 0 && isWordClass(cls[input.charCodeAt(i - 1)]!) && isWordClass(next);
    if (k === C.OddSpace && o.invisibles && betweenLetters) {
      emit(sink, i, i + 1, ' ', ['space']);
    } else if (k === C.NfcOther && o.nfc) {
      const nf = input[i]!.normalize('NFC');
      if (o.invisibles && betweenLetters && cls[nf.charCodeAt(0)] === C.OddSpace) emit(sink, i, i + 1, ' ', ['nfc', 'space']);
      else emit(sink, i, i + 1, nf, ['nfc']);
    }
    i++;
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
  return { text: out, alignment: sink.builder!.finish(text.length), changes: sink.changes! };
}
