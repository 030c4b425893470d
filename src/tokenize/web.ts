// URLs, bare domains and e-mail addresses. Each matcher is a forward scan over ASCII char
// codes with no backtracking beyond the run it just read, so the scanner stays linear.
import { CharClass } from './char-class-codes.js';
import { bmpClasses } from './char-classes.js';
import { isAsciiDigit } from '../core/char-codes.js';

/**
 * Top-level domains accepted on bare domains (`baolangson.vn`). With a scheme or `www.` any
 * alphabetic TLD is accepted; without one, only these, so `TP.HCM`, `file.js` or a missing
 * space after a full stop (`hết.Sau`) are never web addresses.
 */
const BARE_TLDS = new Set([
  'ai', 'app', 'asia', 'au', 'biz', 'blog', 'ca', 'cc', 'ch', 'cn', 'co', 'com', 'de', 'dev', 'edu', 'eu',
  'fr', 'gov', 'hk', 'info', 'int', 'io', 'jp', 'kh', 'kr', 'la', 'me', 'mil', 'net', 'news', 'online',
  'org', 'ru', 'sg', 'shop', 'site', 'store', 'tech', 'th', 'top', 'tv', 'tw', 'uk', 'us', 'vn', 'xyz',
]);

const isAsciiLetter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/**
 * Letters, digits and hyphen: what a DNS label is made of.
 *
 * @example
 * isLabelChar(0x2d); // true ('-')
 */
export const isLabelChar = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c === 0x2d;
/**
 * ASCII letter or digit.
 *
 * @example
 * isAsciiAlnum(0x61); // true ('a')
 */
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);

/**
 * End of the host name that starts at `p` (`www.x.com.vn`, `baolangson.vn`), or -1. Also
 * returns -1 when the host runs straight into a non-ASCII letter (`abc.vnđ`).
 *
 * @example
 * matchHost('baolangson.vn, ', 0, 15, false); // 13
 */
export function matchHost(text: string, p: number, n: number, anyTld: boolean): number {
  let i = p;
  let labels = 0;
  let lastStart = p;
  let hostEnd = -1;
  for (;;) {
    const labelStart = i;
    while (i < n && isLabelChar(text.charCodeAt(i))) i++;
    if (i === labelStart || text.charCodeAt(labelStart) === 0x2d || text.charCodeAt(i - 1) === 0x2d) break;
    labels++;
    lastStart = labelStart;
    hostEnd = i;
    if (i + 1 < n && text.charCodeAt(i) === 0x2e && isAsciiAlnum(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  if (labels < 2 || hostEnd < 0) return -1;
  // The first label is "www" when the text starts with it; that allows any TLD.
  const www = hostEnd - p > 4 && (text.charCodeAt(p) | 0x20) === 0x77 && (text.charCodeAt(p + 1) | 0x20) === 0x77 && (text.charCodeAt(p + 2) | 0x20) === 0x77 && text.charCodeAt(p + 3) === 0x2e;
  const tldLength = hostEnd - lastStart;
  if (tldLength < 2) return -1;
  for (let k = lastStart; k < hostEnd; k++) if (!isAsciiLetter(text.charCodeAt(k))) return -1;
  if (!anyTld && !www && !BARE_TLDS.has(text.slice(lastStart, hostEnd))) return -1;
  if (hostEnd < n) {
    const c = text.charCodeAt(hostEnd);
    // Running on into a letter of another script or a mark means this was not a host name.
    if (c >= 0x80 && bmpClasses()[c]! <= CharClass.Digit) return -1;
    if (c === 0x40 /* @ */ || c === 0x5f /* _ */) return -1;
  }
  return hostEnd;
}

/** Characters that end a URL outright. */
function stopsUrl(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x22 || c === 0x3c || c === 0x3e || c === 0x5c || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7c || c === 0x7d ||
    c === 0x7f || (c >= 0x80 && c <= 0xa0) ||
    c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2026 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Extends a URL from the end of its host over port, path, query and fragment, then gives back
 * trailing punctuation that belongs to the sentence (`xem https://x.vn/a.`) and a closing
 * bracket that has no opening one inside the URL (`(https://x.vn/a)`).
 *
 * @example
 * matchUrlTail('x.vn/a?b=c.', 4, 11); // 10
 */
export function matchUrlTail(text: string, hostEnd: number, n: number): number {
  let i = hostEnd;
  if (i < n && text.charCodeAt(i) === 0x3a /* : */ && i + 1 < n && isAsciiDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
  }
  const c0 = i < n ? text.charCodeAt(i) : 0;
  if (c0 !== 0x2f && c0 !== 0x3f && c0 !== 0x23) return i; // no / ? #
  let open = 0;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (stopsUrl(c)) break;
    j++;
  }
  // Trim once from the right; the brackets are balanced over the kept part.
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || c === 0x5b) open++;
    else if (c === 0x29 || c === 0x5d) open--;
  }
  while (j > i) {
    const c = text.charCodeAt(j - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a) {
      j--;
    } else if ((c === 0x29 || c === 0x5d) && open < 0) {
      open++;
      j--;
    } else break;
  }
  // Low surrogate left without its high half by the trim cannot happen: all trimmed chars are ASCII.
  return j;
}

/**
 * `http://`, `https://` or `ftp://` at `p` (any case): the end of the URL, or -1.
 *
 * @example
 * matchSchemeUrl('https://x.vn/a).', 0, 16); // 14
 */
export function matchSchemeUrl(text: string, p: number, n: number): number {
  let i = p;
  const lower = (k: number): number => text.charCodeAt(k) | 0x20;
  if (lower(i) === 0x68 && lower(i + 1) === 0x74 && lower(i + 2) === 0x74 && lower(i + 3) === 0x70) {
    i += 4;
    if (lower(i) === 0x73) i++;
  } else if (lower(i) === 0x66 && lower(i + 1) === 0x74 && lower(i + 2) === 0x70) {
    i += 3;
  } else return -1;
  if (i + 3 > n || text.charCodeAt(i) !== 0x3a || text.charCodeAt(i + 1) !== 0x2f || text.charCodeAt(i + 2) !== 0x2f) return -1;
  i += 3;
  // The authority: anything up to the first character that ends a URL or starts the path.
  const authority = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (stopsUrl(c) || c === 0x2f || c === 0x3f || c === 0x23) break;
    i++;
  }
  // Trailing sentence punctuation after a bare authority (`xem https://x.vn.`).
  while (i > authority) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x27) i--;
    else break;
  }
  if (i === authority) return -1;
  return matchUrlTail(text, i, n);
}

const isLocalChar = (c: number): boolean =>
  isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;

/**
 * Remembers the last run of e-mail local-part characters that was read, so that a run like
 * `a.a.a.a…` (a token at every other position) is read once, not once per token.
 *
 * @example
 * new EmailCache().match('a.b@x.vn.', 0, 9); // 8
 */
export class EmailCache {
  runEnd = 0;

  /** The end of the e-mail address starting at `p`, or -1. */
  match(text: string, p: number, n: number): number {
    if (p < this.runEnd) return -1;
    let i = p;
    while (i < n && isLocalChar(text.charCodeAt(i))) i++;
    this.runEnd = i;
    if (i === p || i + 1 >= n || text.charCodeAt(i) !== 0x40) return -1;
    const first = text.charCodeAt(p);
    const last = text.charCodeAt(i - 1);
    if (first === 0x2e || last === 0x2e) return -1;
    const host = matchHost(text, i + 1, n, true);
    if (host < 0) return -1;
    this.runEnd = host;
    return host;
  }
}

/**
 * Same idea for host names read from the start of a word.
 *
 * @example
 * new HostCache().match('www.x.com.vn/a?b=c!', 0, 19); // 18
 */
export class HostCache {
  runEnd = 0;

  /** The end of the URL whose bare host starts at `p`, or -1. */
  match(text: string, p: number, n: number): number {
    if (p < this.runEnd) return -1;
    let i = p;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isLabelChar(c) && c !== 0x2e) break;
      i++;
    }
    this.runEnd = i;
    const host = matchHost(text, p, n, false);
    if (host < 0) return -1;
    const end = matchUrlTail(text, host, n);
    this.runEnd = end;
    return end;
  }
}
