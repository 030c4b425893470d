// Words inside URLs, e-mail addresses and paths are never repaired.
import { C_MARK } from './char-classes.js';
import { DAMAGED, FOREIGN } from './classify.js';
import type { Doc } from './document.js';
import { LINKED } from './word-table.js';
import { S_LOOKED, scratchUint8 } from './scratch.js';

/**
 * Words inside URLs, e-mail addresses and paths are never repaired: the run of non-space
 * text around them contains `@`, `www.` or a `/` before a letter.
 */
export function protectLinks(d: Doc): void {
  const { text, t, ty } = d;
  const markers = linkMarkers(text);
  if (markers.length === 0) return;
  // A word can only be in a link when its run of non-space text holds a marker, so the runs
  // around the markers are found once and the words swept against them. A run of up to 256
  // code units has one verdict for all its words; in a longer one each word looks at most 256
  // back and 512 in all, as a word did before runs were shared.
  let m = 0;
  let runStart = -1;
  let runEnd = -1;
  let runIsLink = false;
  // Only words with readings, or VIQR marks, are looked at.
  const looked = scratchUint8(S_LOOKED, ty.count, 0);
  for (let type = 0; type < ty.count; type++) {
    if (ty.candidates[type]!.length > 0 || (ty.flags[type]! & C_MARK) !== 0) looked[type] = 1;
  }
  for (let i = 0; i < t.count; i++) {
    if (looked[t.type[i]!] === 0) continue;
    const start = t.start[i]!;
    const end = t.end[i]!;
    while (start >= runEnd && m < markers.length) {
      const p = markers[m++]!;
      if (p < runEnd) continue;
      runStart = p;
      runEnd = p;
      while (runStart > 0 && !isSpace(text.charCodeAt(runStart - 1))) runStart--;
      while (runEnd < text.length && !isSpace(text.charCodeAt(runEnd))) runEnd++;
      runIsLink = runEnd - runStart <= 256 && looksLikeLink(text, runStart, runEnd);
    }
    if (start < runStart || end > runEnd) continue;
    const link = runEnd - runStart > 256 ? inLink(text, start, end) : runIsLink;
    if (!link) continue;
    t.bits[i]! |= LINKED;
    // Symbols stay symbols (they count as neither language next door) until they are deferred.
    if (t.status[i] === DAMAGED) t.status[i] = FOREIGN;
  }
}

/**
 * True when the word at `[start, end)` is part of a URL, e-mail address or path: its run of
 * non-space text (at most 256 code units back, 512 in all) looks like one.
 */
export function inLink(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  let steps = 0;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && steps++ < 256) s--;
  while (e < text.length && !isSpace(text.charCodeAt(e)) && steps++ < 512) e++;
  return looksLikeLink(text, s, e);
}

/** Sorted positions of the characters {@link looksLikeLink} looks for: `@`, `/` and `www.`. */
function linkMarkers(text: string): number[] {
  const found: number[] = [];
  for (const needle of ['/', '@', 'www.']) {
    for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) found.push(p);
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
}

function looksLikeLink(text: string, s: number, e: number): boolean {
  if (e - s >= 4 && text.startsWith('www.', s)) return true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40) return true;
    if (c === 0x2f && i + 1 < e) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x7e) return true;
    }
  }
  return false;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0;
