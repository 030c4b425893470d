// The core loop. `Scanner.next()` reads one token with char codes and the class table and
// reports it through `tokenStart`/`tokenEnd` and its return value; `scanTokens`,
// `tokenize`, `tokenIterator` and `countTokens` all drive this one method. Recognizers for
// the rarer kinds live in their own files and are only entered from the character that can
// start them, so plain prose runs through the word loop and little else.
import { Verdict, analyzeRange } from '../syllable/analyze.js';
import { abbreviationMatch, matchAbbreviation } from './abbreviations.js';
import { CharClass } from './char-class-codes.js';
import { astralClass, bmpClasses } from './char-classes.js';
import { classAt, emojiMatch, matchEmoji, matchKeycap } from './emoji.js';
import { matchEmoticon, mayStartEmoticon } from './emoticons.js';
import { fileNameEnd, slashUnitEnd } from './units.js';
import { type NumericMatch, matchNumeric } from './numbers.js';
import { matchPhone } from './phone.js';
import { TokenKind } from './token-kind.js';
import { EmailCache, HostCache, isAsciiAlnum, matchSchemeUrl } from './web.js';
import { isAsciiDigit } from '../core/char-codes.js';

// The class codes and token kinds the loops below compare against, as const enums: the
// compiler writes them into the code as literals. Plain module constants (or `CharClass.X`)
// would be loaded from the module context and checked at every comparison, which costs the
// character loops a few percent. The type checks below keep both equal to the public codes.
const enum Cls {
  Lower = 0,
  Upper = 1,
  Letter = 2,
  Extend = 3,
  Digit = 4,
  Space = 5,
  Punct = 6,
  Symbol = 7,
  Pict = 8,
  PictText = 9,
  High = 10,
  Control = 12,
  Regional = 14,
  Modifier = 15,
}

const enum Kind {
  Word = 1,
  Number = 2,
  Date = 3,
  Url = 5,
  Email = 6,
  Phone = 7,
  Abbreviation = 8,
  Punctuation = 9,
  Symbol = 10,
  Emoji = 11,
  Hashtag = 12,
  Mention = 13,
}

type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails type checking if a member of `Cls` differs from `CharClass`. */
type ClassCodesMatch = Assert<
  Same<
    { [N in keyof typeof CharClass & keyof typeof Cls]: `${(typeof Cls)[N]}` },
    { [N in keyof typeof CharClass & keyof typeof Cls]: `${(typeof CharClass)[N]}` }
  >
>;
/** Fails type checking if a member of `Kind` differs from `TokenKind`. */
type KindCodesMatch = Assert<
  Same<
    { [N in keyof typeof TokenKind & keyof typeof Kind]: `${(typeof Kind)[N]}` },
    { [N in keyof typeof TokenKind & keyof typeof Kind]: `${(typeof TokenKind)[N]}` }
  >
>;

/** Longest dotted abbreviation start worth a trie walk (`NSƯT`, `TSKH` plus marks). */
const MAX_ABBREVIATION_HEAD = 8;

/** Words after which a bare day/month (`5/3`, `24-9`) is a date, not a fraction or range. */
const DATE_CUES = new Set(['ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'mùng', 'mồng', 'rạng', 'nay']);


/**
 * Longest head (the code units before the dot, NFC or NFD) of a listed dotted abbreviation
 * that is not all capitals (`Prof.`, `Corp.`; `etc.`, `nxb.`, `sđd.` are shorter). A test
 * checks it against `DOTTED_ABBREVIATIONS`.
 */
const enum Head {
  MaxCased = 4,
}

/** {@link Head.MaxCased}, for the test that checks it. */
export const MAX_CASED_ABBREVIATION_HEAD: number = Head.MaxCased;

/**
 * Whether the punctuation at `e` ends the word `[p, e)` (lower case or capitalized) with
 * nothing for `Scanner.word` to try: `, ; ) " ! ?` anywhere (unlike `- _ ' ’ . @ % / :`),
 * and before a space or the end of the text `:` (no URL scheme goes on there) and `.` after
 * a word longer than any listed abbreviation it could close (no e-mail address, host, file
 * name or initial goes on there either). On real news a word before a full stop is a third
 * of the tokens that took the slow path. Only a fast path; `word` gives the same answer.
 */
function endsWordPlainly(t: string, p: number, e: number, n: number, C: Uint8Array): boolean {
  const ch = t.charCodeAt(e);
  if (ch === 0x2c || ch === 0x3b || ch === 0x29 || ch === 0x22 || ch === 0x21 || ch === 0x3f) return true;
  if (ch !== 0x3a && (ch !== 0x2e || e - p <= Head.MaxCased)) return false;
  return e + 1 >= n || C[t.charCodeAt(e + 1)] === Cls.Space;
}

/**
 * One pass over `text`, a token per {@link Scanner.next} call. Internal: the public surface is
 * `scanTokens`, `tokenize`, `tokenIterator` and `countTokens`.
 *
 * @example
 * const s = new Scanner('HTX 2.270');
 * s.next(); // TokenKind.Abbreviation, s.tokenStart === 0, s.tokenEnd === 3
 */
export class Scanner {
  readonly text: string;
  readonly n: number;
  /** Where the next token search starts. */
  pos = 0;
  /** Span of the token last returned by {@link next} (and, while scanning, of the one before). */
  tokenStart = 0;
  tokenEnd = 0;
  private lastKind = 0;
  /** Kind chosen by the recognizer that just ran. */
  private kind = 0;
  private readonly C: Uint8Array;
  private readonly emails = new EmailCache();
  private readonly hosts = new HostCache();
  private readonly num: NumericMatch = { end: 0, kind: 0, cueEnd: -1, plainEnd: -1 };
  /** Numbers that start before this offset sit in a chain already rejected as a date. */
  private plainUntil = 0;
  private readonly width = { width: 1 };

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
    this.C = bmpClasses();
  }

  /**
   * Reads the next token: returns its kind code, or 0 at the end of the text. Kept small so
   * the engine inlines it into the callers' loops; everything but a plain word that ends at
   * a space goes through {@link slow}.
   */
  next(): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    let p = this.pos;
    let c = 0;
    while (p < n && (c = C[t.charCodeAt(p)]!) === Cls.Space) p++;
    if (p >= n) {
      this.pos = n;
      return 0;
    }
    if (c <= Cls.Letter) {
      let e = p + 1;
      let d = 0;
      while (e < n && (d = C[t.charCodeAt(e)]!) <= Cls.Digit) e++;
      // Lower case or Capitalized (not `HTX`: that may be an abbreviation), ending at a space
      // or at punctuation that never joins a word (see `endsWordPlainly`).
      if ((e >= n || d === Cls.Space || (d === Cls.Punct && endsWordPlainly(t, p, e, n, C))) && (c !== Cls.Upper || C[t.charCodeAt(p + 1)] === Cls.Lower)) {
        this.tokenStart = p;
        this.tokenEnd = e;
        this.lastKind = Kind.Word;
        this.pos = e;
        return Kind.Word;
      }
      return this.slow(p, c, e);
    }
    // A punctuation mark before a space is a token of one character: no sign, hashtag,
    // mention, keycap or run starts there (what `punctuation` would find too).
    if (c === Cls.Punct && (p + 1 >= n || C[t.charCodeAt(p + 1)] === Cls.Space)) {
      this.tokenStart = p;
      this.tokenEnd = p + 1;
      this.lastKind = Kind.Punctuation;
      this.pos = p + 1;
      return Kind.Punctuation;
    }
    return this.slow(p, c, p + 1);
  }

  /** Every other token: `e` is where the scan of a word stopped, if `c` is a letter. */
  private slow(p: number, c: number, e: number): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    if (c <= Cls.Letter) e = this.word(p, e);
    else if (c === Cls.Digit) e = this.digits(p);
    else if (c === Cls.Punct || c === Cls.Symbol) e = this.punctuation(p, c);
    else e = this.other(p, c);
    // Marks and format characters stay with the token they follow (Unicode WB4).
    while (e < n && C[t.charCodeAt(e)] === Cls.Extend) e++;
    const kind = this.kind;
    this.tokenStart = p;
    this.tokenEnd = e;
    this.lastKind = kind;
    this.pos = e;
    return kind;
  }

  /** A run of letters, marks and digits from `p`; `[p, e)` is already known to be word material. */
  private word(p: number, e: number): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    let part = p; // start of the part after the last inner hyphen, underscore or apostrophe
    for (;;) {
      let c = 0;
      while (e < n && (c = C[t.charCodeAt(e)]!) <= Cls.Digit) e++;
      if (e >= n) break;
      const ch = t.charCodeAt(e);
      if (ch === 0x2d || ch === 0x5f || ch === 0x27 || ch === 0x2019) {
        // Inner hyphen, underscore or apostrophe: e-mail, Ê-đê, COVID-19, hợp_tác_xã, K'Ho.
        if (e + 1 < n) {
          const k = C[t.charCodeAt(e + 1)]!;
          // A unit glued to a number does not run into the next number (`1.600m-2.000m`).
          const digitJoins = k === Cls.Digit && ch !== 0x27 && ch !== 0x2019 && !(p > 0 && isAsciiDigit(t.charCodeAt(p - 1)));
          if ((k <= Cls.Letter || digitJoins) && !(ch === 0x2d && k === Cls.Upper && namesMeet(t, part, e, C))) {
            e += 2;
            part = e - 1;
            continue;
          }
        }
        break;
      }
      if (ch === 0x26 && e + 1 < n && (c = C[t.charCodeAt(e - 1)]!) !== Cls.Lower && c !== Cls.Extend && C[t.charCodeAt(e + 1)] === Cls.Upper) {
        e += 2; // AT&T, P&G, R&D, KH&ĐT: names written with an ampersand between capitals
        continue;
      }
      if (ch === 0x2e && e + 1 < n && isAsciiDigit(t.charCodeAt(e - 1)) && isAsciiDigit(t.charCodeAt(e + 1))) {
        e += 2; // v1.2.3, iOS17.1
        continue;
      }
      if (c === Cls.High && e + 1 < n) {
        const d = t.charCodeAt(e + 1);
        if (d >= 0xdc00 && d <= 0xdfff && astralClass(((ch - 0xd800) << 10) + (d - 0xdc00) + 0x10000) <= Cls.Extend) {
          e += 2;
          continue;
        }
      }
      break;
    }
    this.kind = Kind.Word;
    if (e < n) {
      const ch = t.charCodeAt(e);
      // A full stop before a space or the end: no e-mail address, host, file name or initial
      // goes on there, only a listed abbreviation may end with it (`TP.`, `etc.`).
      if (ch === 0x2e && (e + 1 >= n || C[t.charCodeAt(e + 1)] === Cls.Space)) return this.wordBeforeStop(p, e);
      if (ch === 0x2e || ch === 0x40 || ch === 0x2b || ch === 0x25) {
        const m = this.emails.match(t, p, n);
        if (m > 0) {
          this.kind = Kind.Email;
          return m;
        }
      }
      if (ch === 0x2e) {
        if (e + 1 < n && isAsciiAlnum(t.charCodeAt(e + 1))) {
          const u = this.hosts.match(t, p, n);
          if (u > 0) {
            this.kind = Kind.Url;
            return u;
          }
        }
        const f = fileNameEnd(t, e, n, C);
        if (f > 0) return f; // config.json, bao_cao.docx
        if (e - p <= MAX_ABBREVIATION_HEAD) {
          const a = matchAbbreviation(t, p, n);
          if (a > 0) {
            this.kind = Kind.Abbreviation;
            return a;
          }
        }
        const i = this.initials(p, e);
        if (i > 0) {
          this.kind = Kind.Abbreviation;
          return i;
        }
      } else if (ch === 0x2f) {
        const u = slashUnitEnd(t, p, e, n, C);
        if (u > 0) return u; // m/s, kg/ha, km/h
        if (e - p <= 2) {
          const a = matchAbbreviation(t, p, n);
          if (a > 0) {
            this.kind = Kind.Abbreviation;
            return a;
          }
        }
      } else if (ch === 0x3a && e - p <= 5) {
        const u = matchSchemeUrl(t, p, n);
        if (u > 0) {
          this.kind = Kind.Url;
          return u;
        }
      }
    }
    if (C[t.charCodeAt(p)] === Cls.Upper) this.kind = this.capitalsKind(p, e);
    return e;
  }

  /** The end of the word `[p, e)` before a full stop and a space: the abbreviation's, or `e`. */
  private wordBeforeStop(p: number, e: number): number {
    if (e - p <= MAX_ABBREVIATION_HEAD) {
      const a = matchAbbreviation(this.text, p, this.n);
      if (a > 0) {
        this.kind = Kind.Abbreviation;
        return a;
      }
    }
    if (this.C[this.text.charCodeAt(p)] === Cls.Upper) this.kind = this.capitalsKind(p, e);
    return e;
  }

  /**
   * Initials joined by dots: `U.S.A.`, `A.B` (one letter, plus its marks, per dot; at most six),
   * and a single capital glued to what it abbreviates (`Q.1`, `P.Bến Nghé`) → `Q.`, `P.`.
   * Returns the end, or -1. `[p, e)` is the word before the first dot.
   */
  private initials(p: number, e: number): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    for (let k = p + 1; k < e; k++) if (C[t.charCodeAt(k)] !== Cls.Extend) return -1;
    let j = e;
    let letters = 1;
    let end = -1;
    while (letters < 6 && j + 1 < n && t.charCodeAt(j) === 0x2e && C[t.charCodeAt(j + 1)]! <= Cls.Letter) {
      let k = j + 2;
      while (k < n && C[t.charCodeAt(k)] === Cls.Extend) k++;
      if (k < n && C[t.charCodeAt(k)]! <= Cls.Digit) break;
      letters++;
      j = k;
      end = k;
    }
    if (end > 0) return j < n && t.charCodeAt(j) === 0x2e ? j + 1 : end;
    if (C[t.charCodeAt(p)] === Cls.Upper && e + 1 < n) {
      const k = C[t.charCodeAt(e + 1)];
      if (k === Cls.Digit || k === Cls.Upper) return e + 1;
    }
    return -1;
  }

  /**
   * A word that starts with a capital is an abbreviation when all its letters are capitals,
   * there are at least two, and it is not one Vietnamese syllable (`HTX`, `UBND`, `COVID-19`
   * but not `TRÊN`, `HÀ`, `NỘI`).
   */
  private capitalsKind(p: number, e: number): number {
    const t = this.text;
    const C = this.C;
    let upper = 0;
    let other = false;
    let marks = false;
    for (let i = p; i < e; i++) {
      const k = C[t.charCodeAt(i)];
      if (k === Cls.Upper) upper++;
      else if (k === Cls.Lower || k === Cls.Letter) return Kind.Word;
      else if (k === Cls.Extend) marks = true;
      else other = true;
    }
    if (upper < 2) return Kind.Word;
    if (other) return Kind.Abbreviation;
    let verdict: Verdict;
    if (marks) {
      // A syllable is at most 8 letters with 2 marks each; never normalize an unbounded run.
      if (e - p > 3 * 8) return Kind.Abbreviation;
      const nfc = t.slice(p, e).normalize('NFC');
      verdict = analyzeRange(nfc, 0, nfc.length);
    } else verdict = analyzeRange(t, p, e);
    return verdict === Verdict.Invalid ? Kind.Abbreviation : Kind.Word;
  }

  /** A token that starts with an ASCII digit. */
  private digits(p: number): number {
    const t = this.text;
    const n = this.n;
    let i = p + 1;
    while (i < n && isAsciiDigit(t.charCodeAt(i))) i++;
    const d0 = t.charCodeAt(p);
    // The common case: a plain integer before a space (a phone number starts with 0 or 1).
    if ((i >= n || this.C[t.charCodeAt(i)] === Cls.Space) && d0 !== 0x30 && d0 !== 0x31) {
      this.kind = Kind.Number;
      return i;
    }
    if (i < n) {
      const c = t.charCodeAt(i);
      if (c === 0x40 || c === 0x2e || c === 0x5f || c === 0x2b || c === 0x2d || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) {
        const m = this.emails.match(t, p, n);
        if (m > 0) {
          this.kind = Kind.Email;
          return m;
        }
        if (c !== 0x2e && c !== 0x40) {
          // 24h.com.vn, 123doc.net
          const u = this.hosts.match(t, p, n);
          if (u > 0) {
            this.kind = Kind.Url;
            return u;
          }
        }
      }
      if (c === 0xfe0f || c === 0x20e3) {
        const k = matchKeycap(t, p, n);
        if (k > 0 && i === p + 1) {
          this.kind = Kind.Emoji;
          return k;
        }
      }
    }
    if (d0 === 0x30 || d0 === 0x31) {
      const ph = matchPhone(t, p, n);
      if (ph > 0) {
        this.kind = Kind.Phone;
        return ph;
      }
    }
    return this.numeric(p, p);
  }

  private numeric(p: number, d: number): number {
    const m = this.num;
    matchNumeric(this.text, p, d, this.n, p < this.plainUntil, m);
    if (m.plainEnd > 0) this.plainUntil = m.plainEnd;
    if (m.cueEnd > 0 && this.afterDateCue()) {
      this.kind = Kind.Date;
      return m.cueEnd;
    }
    this.kind = m.kind;
    return m.end;
  }

  /** Whether the token just before the current one is a date word (`ngày`, `sáng`, `mùng`). */
  private afterDateCue(): boolean {
    if (this.lastKind !== Kind.Word) return false;
    const length = this.tokenEnd - this.tokenStart;
    if (length < 3 || length > 10) return false;
    let w = this.text.slice(this.tokenStart, this.tokenEnd);
    w = w.normalize('NFC').toLowerCase();
    return DATE_CUES.has(w);
  }

  /** Punctuation and symbols: signs, phones in brackets, hashtags, mentions, runs. */
  private punctuation(p: number, cls: number): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    const code = t.charCodeAt(p);
    const next = p + 1 < n ? t.charCodeAt(p + 1) : 0;
    if (mayStartEmoticon(code) && p + 1 < n) {
      const m = matchEmoticon(t, p, n, C);
      if (m > 0) {
        this.kind = Kind.Symbol;
        return m;
      }
    }
    this.kind = cls === Cls.Punct ? Kind.Punctuation : Kind.Symbol;
    if (isAsciiDigit(next)) {
      if (code === 0x2b || code === 0x28) {
        const ph = matchPhone(t, p, n);
        if (ph > 0) {
          this.kind = Kind.Phone;
          return ph;
        }
      }
      // A sign belongs to the number unless it joins two things (3,8-5,5; 2-3 người).
      if ((code === 0x2d || code === 0x2b || code === 0x2212) && (p === 0 || C[t.charCodeAt(p - 1)]! > Cls.Digit)) {
        return this.numeric(p, p + 1);
      }
    } else if (code === 0x28 && next === 0x2b) {
      const ph = matchPhone(t, p, n);
      if (ph > 0) {
        this.kind = Kind.Phone;
        return ph;
      }
    }
    if (code === 0x23 || code === 0x2a) {
      // #️⃣ *️⃣ keycaps, #hashtags
      const k = matchKeycap(t, p, n);
      if (k > 0) {
        this.kind = Kind.Emoji;
        return k;
      }
      if (code === 0x23 && p + 1 < n && C[next]! <= Cls.Letter) {
        this.kind = Kind.Hashtag;
        return this.handle(p + 1);
      }
    } else if (code === 0x40 && p + 1 < n && C[next]! <= Cls.Digit && C[next] !== Cls.Extend && (p === 0 || C[t.charCodeAt(p - 1)]! > Cls.Digit)) {
      this.kind = Kind.Mention;
      return this.handle(p + 1);
    }
    // Runs of one character stay together (..., !!!, ---, ==), and so do mixed ?! runs.
    let e = p + 1;
    if (code === 0x21 || code === 0x3f) {
      let d = 0;
      while (e < n && ((d = t.charCodeAt(e)) === 0x21 || d === 0x3f)) e++;
    } else {
      while (e < n && t.charCodeAt(e) === code) e++;
    }
    return e;
  }

  /** The name after `#` or `@`: letters, marks, digits, inner `_` and `.` (`@nguyen.van_a`). */
  private handle(i: number): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    for (;;) {
      while (i < n && C[t.charCodeAt(i)]! <= Cls.Digit) i++;
      if (i + 1 < n) {
        const ch = t.charCodeAt(i);
        if ((ch === 0x5f || ch === 0x2e) && C[t.charCodeAt(i + 1)]! <= Cls.Digit && C[t.charCodeAt(i + 1)] !== Cls.Extend) {
          i += 2;
          continue;
        }
      }
      return i;
    }
  }

  /** Emoji, surrogates, controls, leading marks, private use. */
  private other(p: number, c: number): number {
    const t = this.text;
    const n = this.n;
    const C = this.C;
    this.kind = Kind.Symbol;
    if (c === Cls.Pict || c === Cls.PictText) return this.emoji(p);
    if (c === Cls.High) {
      const k = classAt(t, p, n, this.width);
      if (this.width.width === 1) return p + 1; // lone high surrogate
      if (k <= Cls.Letter) return this.word(p, p + 2);
      if (k === Cls.Pict || k === Cls.PictText || k === Cls.Regional || k === Cls.Modifier) return this.emoji(p);
      if (k === Cls.Punct) this.kind = Kind.Punctuation;
      return p + 2;
    }
    if (c === Cls.Extend) {
      // Marks with nothing before them: they start the word that follows, if any.
      let e = p + 1;
      while (e < n && C[t.charCodeAt(e)] === Cls.Extend) e++;
      if (e < n && C[t.charCodeAt(e)]! <= Cls.Letter) return this.word(p, e);
      return e;
    }
    if (c === Cls.Control) {
      const code = t.charCodeAt(p);
      let e = p + 1;
      while (e < n && t.charCodeAt(e) === code) e++;
      return e;
    }
    return p + 1; // lone low surrogate, unassigned, private use
  }

  private emoji(p: number): number {
    const e = matchEmoji(this.text, p, this.n);
    this.kind = emojiMatch.isEmoji ? Kind.Emoji : Kind.Symbol;
    return e;
  }
}

/**
 * Whether an abbreviation token that ends with a dot may close a sentence (`v.v.`, `U.S.A.`).
 *
 * @example
 * abbreviationCanEnd('TP. Huế', 0, 3); // false
 */
export function abbreviationCanEnd(text: string, start: number, end: number): boolean {
  if (matchAbbreviation(text, start, text.length) === end) return abbreviationMatch.canEnd;
  return true;
}

/**
 * Whether the token `[start, end)` is a listed abbreviation that may close a sentence
 * (`Ltd.`, `v.v.`), as opposed to one that is not listed at all.
 *
 * @example
 * abbreviationListedEnd('Co. Ltd.', 4, 8); // true
 */
export function abbreviationListedEnd(text: string, start: number, end: number): boolean {
  return matchAbbreviation(text, start, text.length) === end && abbreviationMatch.canEnd;
}

/**
 * Whether the hyphen at `h` joins two capitalized Vietnamese syllables (`Hà Nội-Hải Phòng`,
 * `Việt-Mỹ`): a dash between two names, not a transliterated word (`Lê-nin`, `Ê-đê`) or a
 * foreign compound (`Coca-Cola`, `Jean-Pierre`), which stay one token.
 */
function namesMeet(t: string, left: number, h: number, C: Uint8Array): boolean {
  if (h - left < 2 || C[t.charCodeAt(left)] !== Cls.Upper) return false;
  let r = h + 1;
  const max = Math.min(t.length, r + 8);
  while (r < max && C[t.charCodeAt(r)]! <= Cls.Extend) r++;
  if (r - h - 1 < 2 || (r < t.length && C[t.charCodeAt(r)]! <= Cls.Digit)) return false;
  return analyzeRange(t, left, h) !== Verdict.Invalid && analyzeRange(t, h + 1, r) !== Verdict.Invalid;
}
