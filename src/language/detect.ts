import { francAll } from 'franc-min';
import { assertText, readOptions } from '../core/options.js';
import { PACKED_LEXICON } from '../segment/lexicon.generated.js';
import { isVietnameseSyllable } from '../syllable/parse.js';
import { removeDiacritics } from '../syllable/remove-diacritics.js';

/**
 * What {@link detectLanguage} returns.
 *
 * @example
 * detectLanguage('Hợp tác xã thủy sản'); // { language: 'vie', confidence: 0.817 }
 * detectLanguage('12 345');              // { language: 'und', confidence: 0 }
 */
export interface LanguageGuess {
  /** ISO 639-3 code (`vie`, `eng`, `fra`, `cmn` …), or `und` when the text has no letters to judge. */
  readonly language: string;
  /** How sure the guess is, from 0 to 1: the margin over the runner-up, lowered for short text. */
  readonly confidence: number;
}

/**
 * Options of {@link detectLanguage} (none yet; the object is accepted for the common shape).
 *
 * @example
 * detectLanguage('Xin chào', {});          // { language: 'vie', confidence: 0.567 }
 * detectLanguage('Xin chào', { x: 1 } as never); // throws VntextOptionError: no option `x`
 */
export type DetectLanguageOptions = Record<string, never>;

const FN = 'detectLanguage';
/** Characters looked at: franc itself reads at most 2,048. */
const SAMPLE = 4096;
/** Letter runs: a word of any script (a Han run counts as one word, which is all we need). */
const WORD = /[\p{L}\p{M}]+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Letters no other Latin orthography uses with Vietnamese's rhymes: ă ơ ư đ and U+1EA0–U+1EF9. */
const VIETNAMESE_ONLY = /[ăĂơƠưƯđĐĩĨũŨ\u1ea0-\u1ef9]/u;

let foldedSyllables: Set<string> | null = null;
let lexiconSyllables: Set<string> | null = null;

/**
 * The lexicon's syllables with their diacritics removed (`hợp` → `hop`): a word typed without
 * marks is Vietnamese-looking when it is the bare form of a syllable the lexicon uses. Far
 * stricter than phonotactics alone (`lazy`, `dog`, `pergi` are no bare syllable), and built on
 * first use.
 */
function bareSyllables(): Set<string> {
  if (foldedSyllables === null) {
    lexiconSyllables = new Set(PACKED_LEXICON.slice(0, PACKED_LEXICON.indexOf('\n')).split(' '));
    foldedSyllables = new Set([...lexiconSyllables].map((s) => removeDiacritics(s)));
  }
  return foldedSyllables;
}

/** Counts of the words of a sample that read as Vietnamese. */
interface Evidence {
  words: number;
  /** Words with diacritics that are valid Vietnamese syllables (`thủy`). */
  marked: number;
  /** Words without diacritics that are the bare form of a lexicon syllable (`toi`, `nha`). */
  bare: number;
  /** Marked words that are syllables of the lexicon (`lá`, `hợp`), not merely well formed (`pó`). */
  known: number;
  /** Marked syllables with a letter only Vietnamese uses (`ă ơ ư đ`, `ạ ả ẽ ộ` …), not `á é ô ã`. */
  unique: number;
  /** Letters in the sample, for how much weight a guess deserves. */
  letters: number;
}

function evidence(sample: string): Evidence {
  const bare = bareSyllables();
  const e: Evidence = { words: 0, marked: 0, bare: 0, known: 0, unique: 0, letters: 0 };
  for (const m of sample.matchAll(WORD)) {
    const w = m[0];
    e.words++;
    e.letters += w.length;
    if (w.length > 7) continue; // no Vietnamese syllable is longer (nghiêng: 7)
    if (ASCII_ONLY.test(w)) {
      if (bare.has(w.toLowerCase())) e.bare++;
    } else if (isVietnameseSyllable(w)) {
      e.marked++;
      if (VIETNAMESE_ONLY.test(w)) e.unique++;
      if (lexiconSyllables!.has(w.toLowerCase())) e.known++;
    }
  }
  return e;
}

/** Lowers confidence for short text: 1 from about eight words up. */
function lengthFactor(e: Evidence): number {
  return Math.min(1, 0.4 + Math.max(e.words / 12, e.letters / 48));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Guesses the language of a text: Vietnamese from the syllable model and the lexicon (also
 * without diacritics and in short strings, where trigram statistics fail), everything else
 * with franc-min's trigram models (82 languages).
 *
 * @example
 * detectLanguage('Hợp tác xã thủy sản');          // { language: 'vie', confidence: 0.8 }
 * detectLanguage('toi dang o nha, mai gap nhe');  // { language: 'vie', … }
 * detectLanguage('The cooperative was founded in 1998 by local fishermen.'); // { language: 'eng', … }
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): LanguageGuess {
  assertText(FN, text);
  readOptions<DetectLanguageOptions>(FN, options, []);
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).normalize('NFC');
  const e = evidence(sample);
  if (e.words === 0) return { language: 'und', confidence: 0 };
  const vietnamese = (e.marked + e.bare) / e.words;
  // Diacritics that spell Vietnamese syllables: French or Portuguese words with accents are
  // almost never valid syllables (`maison`, `été`, `não`), and the plain words around them
  // must read as Vietnamese too.
  if (e.marked >= 1 && e.marked / e.words >= 0.2 && vietnamese >= 0.7) {
    // Accents that Portuguese, French or Italian share (`Só há pó lá`, `Pão, mão`) also spell
    // Vietnamese syllables: without a letter of Vietnamese's own, more evidence is needed.
    // Vietnamese-looking: lexicon syllables throughout (`Theo báo cáo`); else franc must agree.
    if (e.unique > 0 || (e.known + e.bare) / e.words >= 0.9 || francTop(sample.normalize('NFD')) === 'vie') {
      return { language: 'vie', confidence: round(Math.min(1, vietnamese) * lengthFactor(e)) };
    }
  }
  // Typed without marks (SMS, comments): English, French or Indonesian prose rarely has four
  // words in five that are bare Vietnamese syllables (`the quick brown fox`: 1 in 4).
  if (e.marked === 0 && e.words >= 3 && vietnamese >= 0.85) {
    return { language: 'vie', confidence: round(vietnamese * lengthFactor(e) * 0.9) };
  }
  return franc(sample, e);
}

function francTop(text: string): string {
  return francAll(text, { minLength: 3 })[0]?.[0] ?? 'und';
}

function franc(sample: string, e: Evidence): LanguageGuess {
  // franc's Vietnamese trigrams were built from decomposed text; other models see NFC.
  const input = e.marked > 0 ? sample.normalize('NFD') : sample;
  // The syllable model has the last word on Vietnamese: franc calls short French `vie` at times.
  const ranked = francAll(input, { minLength: 3 }).filter(
    ([code]) => code !== 'vie' || (e.marked + e.bare) / e.words >= 0.5,
  );
  const [top, second] = ranked;
  if (top === undefined || top[0] === 'und') return { language: 'und', confidence: 0 };
  // Scores are relative (the best is 1); the gap to the runner-up is how distinct the text is.
  const gap = second === undefined ? 1 : 1 - second[1];
  return { language: top[0], confidence: round(Math.min(1, 0.3 + 2 * gap) * lengthFactor(e)) };
}
