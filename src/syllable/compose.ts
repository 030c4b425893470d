import { VntextInputError } from '../core/errors.js';
import { oneOf } from '../core/options.js';
import { Verdict, analyzeRange } from './analyze.js';
import { composeLetter, TONE_NAMES } from './letters.js';
import { CASES, type Syllable, TONE_STYLES, type ToneStyle } from './parse.js';
import { lookupRhyme } from './rhymes.js';

const FN = 'composeSyllable';
const EXPECTED = 'a Syllable (as parseSyllable returns) whose parts spell a Vietnamese syllable';

/** Checks the shape of a syllable passed in from outside; throws VntextInputError. */
function readSyllable(value: unknown): Syllable {
  const s = value as Partial<Record<keyof Syllable, unknown>> | null;
  if (
    s === null ||
    typeof s !== 'object' ||
    typeof s.onset !== 'string' ||
    (s.glide !== '' && s.glide !== 'o' && s.glide !== 'u') ||
    typeof s.nucleus !== 'string' ||
    typeof s.coda !== 'string' ||
    !(TONE_NAMES as readonly unknown[]).includes(s.tone) ||
    !(CASES as readonly unknown[]).includes(s.case)
  ) {
    throw new VntextInputError(FN, EXPECTED, value);
  }
  return value as Syllable;
}

/**
 * Writes a syllable from its parts, with the tone mark where `style` puts it (by default the
 * style the parsed syllable was written in, else classic). The inverse of `parseSyllable`:
 * `composeSyllable(parseSyllable(x)) === x` for every valid syllable. Throws
 * `VntextInputError` for parts that spell no Vietnamese syllable, `VntextOptionError` for an
 * unknown style.
 *
 * @example
 * composeSyllable({ onset: 'h', glide: 'o', nucleus: 'a', coda: '', tone: 'huyen', case: 'lower', toneStyle: 'both' }, 'modern'); // 'hoà'
 */
export function composeSyllable(syllable: Syllable, style?: ToneStyle): string {
  const { onset, glide, nucleus, coda, tone: toneName, case: casing, toneStyle } = readSyllable(syllable);
  const asked = style === undefined ? undefined : oneOf(FN, 'style', style, TONE_STYLES, 'classic');
  // `gì`, `giếng`: the onset's i is also the rhyme's first letter.
  const sharedI = onset === 'gi' && nucleus.startsWith('i');
  const head = sharedI ? 'g' : onset;
  const rhymeText = (glide + nucleus + coda).normalize('NFC');
  if (rhymeText.length > 8) throw new VntextInputError(FN, EXPECTED, syllable);
  const codes = Array.from(rhymeText, (ch) => ch.charCodeAt(0));
  const rhyme = lookupRhyme(codes, 0, codes.length, onset === 'qu');
  if (rhyme === null) throw new VntextInputError(FN, EXPECTED, syllable);
  const chosen = asked ?? (toneStyle === 'modern' ? 'modern' : 'classic');
  const toneIndex = head.length + (chosen === 'modern' ? rhyme.toneModern : rhyme.toneClassic);
  const tone = TONE_NAMES.indexOf(toneName);
  const letters = head + rhymeText;
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const upper = casing === 'upper' || (casing === 'title' && i === 0);
    try {
      out += String.fromCharCode(composeLetter(letters.charCodeAt(i), i === toneIndex ? tone : 0, upper));
    } catch {
      // A letter that is no Vietnamese letter (an onset such as 'zz').
      throw new VntextInputError(FN, EXPECTED, syllable);
    }
  }
  // Parts that each exist but do not go together (`k` before `a`, a stop with huyền).
  if (analyzeRange(out, 0, out.length) !== Verdict.Valid) throw new VntextInputError(FN, EXPECTED, syllable);
  return out;
}
