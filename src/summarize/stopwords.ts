import { PACKED_STOPWORDS } from './stopwords.generated.js';

let set: Set<string> | null = null;

/**
 * Whether a lower-cased word (syllables separated by single spaces) is a Vietnamese stopword:
 * a function word, pronoun, particle or interjection that says nothing about what an article
 * is about. The list is `stopwords-iso`'s, expanded on first use.
 *
 * @example
 * isStopword('tuy nhiên'); // true
 * isStopword('hợp tác xã'); // false
 */
export function isStopword(lowerWord: string): boolean {
  if (set === null) set = new Set(PACKED_STOPWORDS.split('|'));
  return set.has(lowerWord);
}
