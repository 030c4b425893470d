// Every tuned weight of the document pass, in one place: what each weighs and how it was set.
// They were tuned on the legacy dev set (legacy/dev.jsonl) and checked on the validation table
// of scripts/eval-repair.ts (`--val`), and since issue 8 on the false-change check
// (scripts/check-false-changes.ts: held-out clean news, and the same with one damaged sentence).
// Rates are probabilities, weights multiply log probabilities; see DESIGN.md for what was tried.

/** Neighbours looked at on each side when deciding whether a region is Vietnamese. */
export const CONTEXT = 6;

/** How much the document's encoding counts against the bigram model for a damaged word. */
export const PRIOR_WEIGHT = 2.5;

/**
 * Support every encoding has before any word (add-k smoothing of the prior): an encoding no word
 * explains on its own keeps a small prior instead of none.
 */
export const PRIOR_FLOOR = 0.02;

/** What a damaged word that several encodings explain adds to each one's support. */
export const SHARED_WEIGHT = 0.25;

/**
 * When the words only one encoding explains are this many, and this share of all such words,
 * the page plainly shows that encoding and shared words are not weighed again in context.
 */
export const PLAINLY_ONE_MIN = 20;

export const PLAINLY_ONE_SHARE = 0.95;

/** Damaged words an encoding must have been read in before it is plain (at least {@link PLAIN_SHARE} of them). */
export const PLAIN_MIN = 2;

/** Share of the damaged words an encoding must explain before abbreviations are read in it. */
export const PLAIN_SHARE = 0.5;

/** Share of the damaged words an encoding must explain before valid words are read in it. */
export const DOMINANT_SHARE = 0.3;

/**
 * How much a clean word counts against reading valid words as damaged: above 1, a mostly clean
 * page keeps its look-alikes (`dùng` stays, though TCVN3 reads it `dựng`).
 */
export const CLEAN_WEIGHT = 2;

/** log P(a clause break is written with this symbol): `·`, `«`, `®` are rare punctuation. */
export const SYMBOL_AS_PUNCTUATION = Math.log(0.01);

/**
 * Probability that a Latin-1 letter alone among Vietnamese words (TCVN3 `ë` is ở, but `ñ`, `ø`
 * are also letters named in the text) is damage: no Vietnamese word is such a letter, so it is
 * more often damage than not, and the context decides (`chị ë lại` is read, `chữ ñ` is not).
 */
export const LONE_LETTER_RATE = 0.75;

/**
 * log of how much likelier than the word as it stands a reading of a valid word must be, on top
 * of the damage rate its line shows. Tried 0.5, 1 and 2: each lowered validation whole-text
 * (99.5 → 99.4, 99.3, 99.2) and lost VNI `hôn` = hơn beside VNI damage, without keeping a single
 * more clean word in the damaged-page check (scripts/check-false-changes.ts): the evidence gate
 * does that work, so the margin is 0.
 */
export const VALID_MARGIN = 0;

/** Keeps one damaged word from making every look-alike in a clean page suspect. */
export const RATE_SMOOTHING = 0.1;

/** The damage rate a valid word is weighed with never reaches 1: the word as it stands keeps a chance. */
export const DAMAGE_RATE_CAP = 0.995;

/**
 * A page damaged all through in one encoding (at least {@link WHOLLY_MIN} words read in it, and
 * this share of its words that could show damage damaged): its loanwords and symbols are read too.
 */
export const WHOLLY_SHARE = 0.8;
export const WHOLLY_MIN = 3;

// VIQR tone characters after the last letter (`chi.`, `chi?`, `co'`) are also punctuation. The
// probability that one is a mark, by what follows it (set on the dev set's VIQR rows):
/** In a page written with RFC 1456 escapes, an unescaped tone character is a mark. */
export const VIQR_ESCAPED_RATE = 0.99;
/** An apostrophe right after a letter is no Vietnamese punctuation. */
export const VIQR_APOSTROPHE_RATE = 0.98;
/** More punctuation right after it (`chi?.`): the first is the mark. */
export const VIQR_BEFORE_PUNCTUATION_RATE = 0.995;
/** A lower-case word or a digit after it: no sentence ended (`bi. thương`). */
export const VIQR_BEFORE_LOWER_RATE = 0.9;
/** Otherwise it most likely ends the clause: the page's rate, times this. */
export const VIQR_AT_CLAUSE_END_FACTOR = 0.3;

/** Words looked at on each side for the local damage rate. */
export const LOCAL_WINDOW = 8;

/** Words on a line this short are read in the page's plain encoding whatever their neighbours. */
export const CAPTION_WORDS = 4;
