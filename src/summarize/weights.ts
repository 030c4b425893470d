// Every tuned weight of the summarizer, with what it weighs and where its value comes from.
// Tuned by hand on the proxy dev check (`npx tsx scripts/eval-summarize.ts`), which reports
// ROUGE against Tuổi Trẻ leads; values were moved in coarse steps only, and each must make
// sense on its own (see DESIGN.md beside this file for what was tried).

/**
 * Prior of a sentence by its place among its document's body sentences (0 = first):
 * `FLOOR + (1 − FLOOR)·exp(−i / DECAY)`. On news the sentence closest to the human lead is the
 * 1st in 21% of articles, the 2nd in 16%, the 3rd in 10%, and the 11th or later in 17%
 * (issue 10): a fast decay to a floor that never reaches zero.
 */
export const POSITION = { FLOOR: 0.15, DECAY: 2 };

/**
 * How the features combine into a sentence's score: the position prior times the evidence of
 * its content, `prior^position · (1 + centrality·c + title·t)`, c and t in [0, 1]. A product,
 * not a sum: content reorders sentences of similar place and lifts a far one only when it is
 * much more central (on the dev check the sum chose far sentences too eagerly: title-3 R-2
 * −1.1 against first-3, −0.4 with the product; DESIGN.md).
 */
export const SCORE = {
  /** LexRank centrality, divided by the largest in the call. */
  centrality: 1,
  /** Exponent of the position prior above (0 ignores position). */
  position: 1,
  /** Cosine with the document's title line, when it has one. */
  title: 0.5,
};

/** Sentences shorter than `short` syllables (a caption, `Ông nói:`) lose score in proportion. */
export const LENGTH = {
  short: 8,
  /**
   * A sentence longer than its document's median loses score as `(median / length)^long`.
   * With a budget counted in sentences, a long one spends more of the reader's time (and,
   * under ROUGE's F1, of the summary's precision) for the same place in the ranking.
   */
  long: 0,
};

/** Selection (maximal marginal relevance, Carbonell & Goldstein 1998). */
export const SELECT = {
  /** Weight of the largest cosine to an already chosen sentence, subtracted from the score. */
  redundancy: 0.5,
  /** A sentence this similar (cosine) to a chosen one is a near duplicate and never chosen. */
  duplicate: 0.6,
};

/** Keywords. */
export const KEYWORDS = {
  /** Extra weight of an occurrence in the title line. */
  title: 2,
  /** Extra weight of an occurrence in the first sentence, halved in the second, … (`lead / (1 + i)`). */
  lead: 1,
  /** Bonus of a phrase of w words: `1 + phraseBonus·ln w`. */
  phraseBonus: 1,
  /** Longest phrase, in words (`kinh tế tập thể` is two words). */
  maxPhraseWords: 3,
};
