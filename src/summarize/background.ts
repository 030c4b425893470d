import { DF_DOCUMENTS, PACKED_DF } from './document-frequency.generated.js';

let table: Map<string, number> | null = null;

/**
 * How specific a lower-cased word is to one article against news in general: the inverse
 * document frequency `log(D / (df + 1))` over the generated news sample, where a word absent
 * from the table (seen in fewer than 3 of its documents) counts as df 1.
 *
 * @example
 * backgroundIdf('hợp tác xã') > backgroundIdf('thực hiện'); // true
 */
export function backgroundIdf(lowerWord: string): number {
  if (table === null) {
    table = new Map();
    for (const line of PACKED_DF.split('\n')) {
      const colon = line.indexOf(':');
      const df = Number(line.slice(0, colon));
      for (const w of line.slice(colon + 1).split('|')) table.set(w, df);
    }
  }
  return Math.log(DF_DOCUMENTS / ((table.get(lowerWord) ?? 1) + 1));
}
