// The full pass over a document with damage, in its passes: scan the words (scan-words.ts),
// protect links (links.ts), settle the language around each word (language.ts), gather the
// evidence for each encoding (evidence.ts), decide the damaged words (decide-damaged.ts), then
// the valid words that read differently in an encoding their line shows (decide-valid.ts), and
// write the result (write.ts). The tuned weights are in weights.ts.
//
// Everything per occurrence lives in typed arrays (word-table.ts); what a word is, its
// readings and their model ids, once per distinct word. The passes over occurrences allocate
// nothing; the output is written into a code-unit buffer and the change objects are made at
// the end, sharing their strings between occurrences of the same word.
import { decideDamagedWords, settleDeferred } from './decide-damaged.js';
import { decideValidWords } from './decide-valid.js';
import type { DocumentResult } from './document.js';
import { gatherEvidence, newContext, readEncodings } from './evidence.js';
import { readCaptions, settleLanguage } from './language.js';
import { protectLinks } from './links.js';
import { scanWords } from './scan-words.js';
import { build } from './write.js';

/**
 * Repairs a document the fast check found damage in: the passes in order, each in its module.
 * Returns a null alignment when nothing changed.
 */
export function repairDocument(text: string, allowed: number, inferCase: boolean): DocumentResult {
  const d = scanWords(text, allowed); // scan-words.ts
  protectLinks(d); // links.ts
  const rejected = settleLanguage(d); // language.ts
  const ev = gatherEvidence(d); // evidence.ts
  const ctx = newContext(d, ev);
  const damaged = decideDamagedWords(ctx, ev); // decide-damaged.ts
  const shown = readEncodings(d, ev); // evidence.ts
  const lookAlikeSymbols = settleDeferred(ctx, ev, shown); // decide-damaged.ts
  // A short line of a page plainly in one encoding (a caption, `AÛnh: Reuters`) is read in it,
  // though its few words are mostly foreign.
  if (rejected.length > 0) readCaptions(ctx, rejected, shown.plain); // language.ts
  decideValidWords(ctx, allowed, ev, shown, lookAlikeSymbols, damaged); // decide-valid.ts
  return build(d, inferCase); // write.ts
}
