import { isVietnameseSyllable } from './parse.js';
import { TONE_MARKS } from './letters.js';
import { vowelSequences } from './rhymes.js';

const ONSETS = ['', 'b', 'c', 'ch', 'd', '\u0111', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

/**
 * Every valid Vietnamese syllable in lower case, in both tone styles where they differ:
 * each onset, rhyme and tone, with the mark tried on every vowel and kept where the model
 * accepts it. For tests, generators and table builders; about 20,000 strings.
 *
 * @example
 * allSyllables().includes('nghiêng'); // true
 */
export function allSyllables(): string[] {
  const out = new Set<string>();
  const rhymes: string[] = [];
  for (const v of vowelSequences()) {
    if (v.open) rhymes.push(v.seq);
    for (const c of v.codas) rhymes.push(v.seq + c);
  }
  rhymes.push('ych', 'yn', 'ynh', 'yt');
  for (const onset of ONSETS) {
    for (const rhyme of rhymes) {
      const bases = onset === 'gi' && rhyme.startsWith('i') ? ['g' + rhyme] : [onset + rhyme];
      for (const base of bases) {
        for (let tone = 0; tone < 6; tone++) {
          for (let i = 0; i < base.length; i++) {
            const word = (base.slice(0, i + 1) + TONE_MARKS[tone] + base.slice(i + 1)).normalize('NFC');
            if (isVietnameseSyllable(word)) out.add(word);
            if (tone === 0) break;
          }
        }
      }
    }
  }
  return [...out].sort();
}
