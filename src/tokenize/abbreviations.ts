import { bmpClasses } from './char-classes.js';
import { CharClass } from './char-class-codes.js';

/**
 * Abbreviations written with a dot or a slash, kept whole by the tokenizer. Case matters
 * (`Tr.` is "trang", `tr` is not listed). `true` marks the ones that often close a sentence
 * (`… cam, quýt v.v.`); the others are titles and unit words that a name or number follows
 * (`TP. Hồ Chí Minh`, `PGS. Nguyễn Văn An`), so a capital after them never starts a sentence.
 *
 * All-caps abbreviations without dots (`HTX`, `UBND`) need no list: the tokenizer calls any
 * all-caps run of two or more letters that is not a Vietnamese syllable an abbreviation.
 * Single capitals with a dot (`Nguyễn Văn A.`, `J. K. Rowling`) are left to the sentence
 * splitter, which reads the context.
 *
 * @example
 * DOTTED_ABBREVIATIONS.find(([text]) => text === 'v.v.'); // ['v.v.', true]
 */
export const DOTTED_ABBREVIATIONS: readonly (readonly [text: string, canEndSentence: boolean])[] = deepFreeze([
  // Degrees and titles
  ['BS.', false],
  ['Bs.', false],
  ['CN.', false],
  ['DS.', false],
  ['GS.', false],
  ['GV.', false],
  ['KS.', false],
  ['KTS.', false],
  ['LS.', false],
  ['NGND.', false],
  ['NGƯT.', false],
  ['NS.', false],
  ['NSND.', false],
  ['NSƯT.', false],
  ['PGS.', false],
  ['PTS.', false],
  ['TS.', false],
  ['TSKH.', false],
  ['Th.S', false],
  ['Th.S.', false],
  ['ThS.', false],
  ['Ths.', false],
  ['Đ/c', false],
  ['đ/c', false],
  ['Dr.', false],
  ['Mr.', false],
  ['Mrs.', false],
  ['Ms.', false],
  ['Prof.', false],
  ['St.', false],
  // Administrative units and addresses
  ['KP.', false],
  ['Kp.', false],
  ['TP.', false],
  ['TT.', false],
  ['TX.', false],
  ['Tp.', false],
  ['Tx.', false],
  ['T.Ư', false],
  ['tp.', false],
  // Documents and references
  ['K/g', false],
  ['NXB.', false],
  ['Nxb.', false],
  ['Tr.', false],
  ['V/v', false],
  ['VD.', false],
  ['Vd.', false],
  ['k/g', false],
  ['nxb.', false],
  ['sđd.', false],
  ['tr.', false],
  ['v/v', false],
  ['vd.', false],
  ['e.g.', false],
  ['i.e.', false],
  ['vs.', false],
  // Often at the end of a sentence
  ['Co.', true],
  ['Corp.', true],
  ['Inc.', true],
  ['Jr.', true],
  ['Ltd.', true],
  ['etc.', true],
  ['v.v.', true],
  ['v.v', true],
]);

/** Freezes the list and every entry in it: the table is exported, and callers must not edit it. */
function deepFreeze<T extends readonly (readonly unknown[])[]>(list: T): T {
  for (const entry of list) Object.freeze(entry);
  return Object.freeze(list);
}

/** Trie node: children by code unit; `end` is 0 (none), 1 (abbreviation) or 2 (may end a sentence). */
interface Node {
  readonly next: Map<number, Node>;
  end: number;
}

let root: Node | undefined;
let maxLength = 0;

function trie(): Node {
  if (root !== undefined) return root;
  const r: Node = { next: new Map(), end: 0 };
  for (const [text, ends] of DOTTED_ABBREVIATIONS) {
    // NFD input must tokenize like NFC input, so both spellings go in (`T.Ư` has a horn).
    for (const form of new Set([text, text.normalize('NFD')])) {
      let node = r;
      for (let i = 0; i < form.length; i++) {
        const c = form.charCodeAt(i);
        let child = node.next.get(c);
        if (child === undefined) {
          child = { next: new Map(), end: 0 };
          node.next.set(c, child);
        }
        node = child;
      }
      node.end = ends ? 2 : 1;
      if (form.length > maxLength) maxLength = form.length;
    }
  }
  root = r;
  return r;
}

/** The `end` mark of the listed entry that is exactly `text[from, to)`, or 0. */
function findEntry(r: Node, text: string, from: number, to: number): number {
  let node: Node | undefined = r;
  for (let i = from; i < to && node !== undefined; i++) node = node.next.get(text.charCodeAt(i));
  return node === undefined ? 0 : node.end;
}

/**
 * Set by {@link matchAbbreviation}: whether the matched abbreviation may close a sentence.
 *
 * @example
 * matchAbbreviation('v.v.', 0, 4); abbreviationMatch.canEnd; // true
 */
export const abbreviationMatch = { canEnd: false };

/**
 * The end of the listed abbreviation (or chain of them: `PGS.TS.`, `TP.HCM`) that starts at
 * `p`, or -1. An entry that ends in a letter (`Th.S`, `V/v`) must not run into more letters.
 * A dotted entry directly followed by capitals and digits takes them along (`TP.HCM`,
 * `Tp.HCM`), which is how those names are written.
 *
 * @example
 * matchAbbreviation('PGS.TS. An', 0, 10); // 7
 */
export function matchAbbreviation(text: string, p: number, n: number): number {
  const r = trie();
  const C = bmpClasses();
  let end = -1;
  let canEnd = false;
  let from = p;
  for (;;) {
    let node = r;
    let best = -1;
    let bestEnds = false;
    const limit = Math.min(n, from + maxLength);
    for (let i = from; i < limit; i++) {
      const child = node.next.get(text.charCodeAt(i));
      if (child === undefined) break;
      node = child;
      if (node.end !== 0) {
        const last = text.charCodeAt(i);
        const endsInLetter = last !== 0x2e && last !== 0x2f;
        if (!endsInLetter || i + 1 >= n || C[text.charCodeAt(i + 1)]! > CharClass.Digit) {
          best = i + 1;
          bestEnds = node.end === 2;
        }
      }
    }
    if (best < 0) break;
    // `v.v...`: the ellipsis takes the dots, the abbreviation stays as listed without its own.
    if (best < n && text.charCodeAt(best) === 0x2e && text.charCodeAt(best - 1) === 0x2e && best - 1 > from) {
      const shorter = node === r ? -1 : best - 1;
      if (shorter > 0 && findEntry(r, text, from, shorter) !== 0) {
        end = shorter;
        canEnd = findEntry(r, text, from, shorter) === 2;
        break;
      }
    }
    end = best;
    canEnd = bestEnds;
    if (text.charCodeAt(best - 1) !== 0x2e || best >= n || C[text.charCodeAt(best)] !== CharClass.Upper) break;
    from = best;
    // A capital after the dot: another listed abbreviation continues the chain; otherwise an
    // all-caps run (`HCM`) joins only if it ends cleanly (`TP.Hồ` stays `TP.` + `Hồ`).
    let j = best;
    let c = 0;
    while (j < n && ((c = C[text.charCodeAt(j)]!) === CharClass.Upper || c === CharClass.Digit || c === CharClass.Extend)) j++;
    if (j < n && c <= CharClass.Digit) {
      continue; // a lower-case letter follows: only a listed entry may continue
    }
    if (j < n && text.charCodeAt(j) === 0x2e && r.next.has(text.charCodeAt(best))) continue;
    end = j;
    canEnd = false;
    break;
  }
  abbreviationMatch.canEnd = canEnd;
  return end;
}
