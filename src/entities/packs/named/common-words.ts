import { Entry, unpackLexicon, type Lexicon } from '../../../segment/lexicon.js';
import { PACKED_LEXICON } from '../../../segment/lexicon.generated.js';
import { keyOf, keyOut } from '../../../segment/syllable-key.js';

let lexicon: Lexicon | null = null;

/** Id of the syllable `text[start, end)` in the segmenter's lexicon (any case), or 0. */
function syllableId(lex: Lexicon, text: string, start: number, end: number): number {
  keyOf(text, start, end);
  return lex.syllables.get(keyOut.h1, keyOut.h2);
}

/**
 * Whether the two syllables `text[s1, e1)` and `text[s2, e2)` make a common word of the
 * segmenter's word list (VnVocab): `Quốc gia`, `Rau quả`, `Nông nghiệp`. A name that reads on
 * into a lower-case syllable this way has not ended (`Trung tâm Khuyến nông Quốc gia`), and a
 * capitalized word that does is no person's name (`Trưởng phòng Nông nghiệp`).
 */
export function formsCommonWord(text: string, s1: number, e1: number, s2: number, e2: number): boolean {
  lexicon ??= unpackLexicon(PACKED_LEXICON);
  const a = syllableId(lexicon, text, s1, e1);
  if (a === 0) return false;
  const b = syllableId(lexicon, text, s2, e2);
  if (b === 0) return false;
  const node = lexicon.trie.next(lexicon.trie.next(0, a), b);
  return node !== 0 && (lexicon.trie.isWord[node]! & Entry.Word) !== 0;
}
