import { composeLetter, TONE_NAMES } from './letters.js';
import type { Syllable, ToneStyle } from './parse.js';
import { lookupRhyme } from './rhymes.js';

/**
 * Writes a syllable from its parts, with the tone mark where `style` puts it (by default the
 * style the parsed syllable was written in, else classic). The inverse of `parseSyllable`:
 * `composeSyllable(parseSyllable(x)) === x` for every valid syllable.
 *
 * @example
 * composeSyllable({ onset: 'h', glide: 'o', nucleus: 'a', coda: '', tone: 'huyen', case: 'lower', toneStyle: 'both' }, 'modern'); // 'hoà'
 */
export function composeSyllable(syllable: Syllable, style?: ToneStyle): string {
  const { onset, glide, nucleus, coda } = syllable;
  // `gì`, `giếng`: the onset's i is also the rhyme's first letter.
  const sharedI = onset === 'gi' && nucleus.startsWith('i');
  const head = sharedI ? 'g' : onset;
  const rhymeText = (glide + nucleus + coda).normalize('NFC');
  const codes = Array.from(rhymeText, (ch) => ch.charCodeAt(0));
  const rhyme = lookupRhyme(codes, 0, codes.length, onset === 'qu');
  if (rhyme === null) throw new RangeError(`composeSyllable: no Vietnamese rhyme "${rhymeText}"`);
  const chosen = style ?? (syllable.toneStyle === 'modern' ? 'modern' : 'classic');
  const toneIndex = head.length + (chosen === 'modern' ? rhyme.toneModern : rhyme.toneClassic);
  const tone = TONE_NAMES.indexOf(syllable.tone);
  if (tone < 0) throw new RangeError(`composeSyllable: unknown tone "${String(syllable.tone)}"`);
  const letters = head + rhymeText;
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const upper = syllable.case === 'upper' || (syllable.case === 'title' && i === 0);
    out += String.fromCharCode(composeLetter(letters.charCodeAt(i), i === toneIndex ? tone : 0, upper));
  }
  return out;
}
