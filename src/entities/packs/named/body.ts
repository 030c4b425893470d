import type { EntityContext } from '../../context.js';
import { COOP_HEADS, FIELD_PHRASES, NAME_VOCAB, ORG_HEADS, STOP_WORDS, TITLES } from './lexicon.js';
import { barePlaceAt, unitPlaceAt, unitWordAt, type PlaceMatch } from './location.js';
import { follows, isAbbreviation, isCapWord, isLowerWord, keyOf, matchPhrase, once, Phrases, textAt, type Words } from './words.js';
import { nameKey } from '../../gazetteer/index.js';
import { TokenKind } from '../../../tokenize/token-kind.js';
import { isVietnameseSyllable } from '../../../syllable/index.js';
import { formsCommonWord } from './common-words.js';
import { isNameSyllable, isSurname, STRONG_MIDDLE } from './names.js';

/** What follows a head word: tokens `[from, to)`, how many capitalized words and places it holds. */
export interface Body {
  readonly from: number;
  readonly to: number;
  readonly caps: number;
  readonly places: readonly PlaceMatch[];
}

/** Longest name a rule reads after its head, in tokens: bounds the work on any input. */
const MAX_BODY = 16;
/** Lower-case words allowed between a name's words when a capitalized word follows (`Dệt chiếu Cát Hanh`). */
const MAX_BRIDGE = 4;

const fields = once(() => Phrases.of(FIELD_PHRASES.map(nameKey)));
const COOPS = Phrases.of(COOP_HEADS);
/** Heads that may stand inside a name (`Trường Đại học …`, `Ban Dân vận Tỉnh ủy`). */
const INNER_HEADS: ReadonlySet<string> = new Set(['đại học', 'học viện', 'tỉnh ủy', 'huyện ủy', 'thành ủy', 'đảng ủy', 'tỉnh uỷ', 'huyện uỷ', 'thành uỷ', 'đảng uỷ', 'trung tâm', 'bệnh viện', 'trạm', 'viện', 'phòng', 'tập đoàn', 'tổng công ty']);

/** Token `k` follows and can start a name (a capital, an abbreviation, a number). */
const startsName = (w: Words, k: number): boolean => k < w.n && follows(w, k) && (isCapWord(w, k) || isAbbreviation(w, k) || w.kind[k] === TokenKind.Number);

/** A surname and two more name syllables start at `k` (`Nguyễn Văn An`, `Hoàng Văn Nghiệm`). */
function personStarts(w: Words, k: number): boolean {
  if (!isSurname(textAt(w, k)) || !isCapWord(w, k + 1) || !follows(w, k + 1)) return false;
  if (STRONG_MIDDLE.has(textAt(w, k + 1))) return true;
  // Three capitalized words from a surname, the second a name syllable (`Bùi Xuân Khu`).
  return isNameSyllable(textAt(w, k + 1)) && isCapWord(w, k + 2) && follows(w, k + 2);
}

/** Length of a head of a body or a cooperative at `i` that starts a new name, or 0. */
export function headAt(w: Words, i: number): number {
  if (!(isCapWord(w, i) || isAbbreviation(w, i))) return 0;
  const a = matchPhrase(w, i, ORG_HEADS);
  const b = matchPhrase(w, i, COOPS);
  return Math.max(a, b);
}

/**
 * A capitalized word that may continue a name: not the head of another name (`Hội` in `Hội
 * Nông dân … và Hội LHPN`; but `Bộ` in `Nam Trung Bộ` is no head, no name follows it), not a title.
 */
function nameWord(w: Words, k: number): boolean {
  if (!isCapWord(w, k)) return false;
  const h = headAt(w, k);
  if (h > 0 && !INNER_HEADS.has(keyOf(w, k, k + h)) && (h > 1 || COOPS.has(w.lower[k]!) || startsName(w, k + h))) return false;
  // A title of two words or more (`Chủ tịch`, `Giám đốc`) starts a new mention; `Anh`, `Bà`
  // alone are also syllables of names (`Minh Anh`).
  return matchPhrase(w, k, TITLES, 3) < 2;
}

/**
 * Reads the name after a head: capitalized words and abbreviations (`Nông nghiệp Hải Thượng`,
 * `TNHH MTV`), field names read whole (`Văn hóa, Thể thao và Du lịch`), lower-case words that
 * are common in names (`Hỗ trợ phụ nữ phát triển`) or that lead to a capitalized word within
 * four words (`Dệt chiếu Cát Hanh`), `và` between capitalized parts, and places that follow
 * with no comma or preposition (`HTX Nông nghiệp xã Tân Lập`, `Sở Y tế tỉnh Quảng Bình`).
 * After a place only another place may follow. Stops at punctuation, a stop word, or a head.
 */
export function readBody(ctx: EntityContext, w: Words, from: number, allowLowerStart: boolean, afterTitle = false): Body {
  const places: PlaceMatch[] = [];
  let caps = 0;
  // After `Tỉnh ủy` only a place may follow (`Ban Dân vận Tỉnh ủy Lạng Sơn`), never a person.
  let placeOnly = false;
  let k = from;
  let end = from;
  while (k < w.n && k - from < MAX_BODY && follows(w, k)) {
    const place = unitPlaceAt(ctx, w, k);
    if (place !== null) {
      places.push(place);
      k = end = place.to;
      continue;
    }
    if (places.length > 0 || placeOnly) {
      const b = barePlaceAt(w, k, placeOnly);
      if (b !== null) {
        places.push(b);
        k = end = b.to;
        continue;
      }
      break;
    }
    // A region or country inside a name (`khu vực Nam Trung Bộ`, `… Việt Nam`), read whole.
    const region = k > from ? barePlaceAt(w, k) : null;
    if (region !== null) {
      caps++;
      k = end = region.to;
      continue;
    }
    const field = matchPhrase(w, k, fields());
    if (field > 0 && (isCapWord(w, k) || isAbbreviation(w, k))) {
      caps++;
      k = end = k + field;
      continue;
    }
    if (isCapWord(w, k)) {
      if (!nameWord(w, k)) break;
      // `Giám đốc Sở Y tế Nguyễn Văn An`: after a title the person's name ends the body.
      if (afterTitle && k > from && personStarts(w, k)) break;
      caps++;
      k = end = k + 1;
      // `Tỉnh ủy`, `Huyện ủy`: the capital and the lower-case `ủy` are one word.
      if (k < w.n && follows(w, k) && (w.lower[k] === 'ủy' || w.lower[k] === 'uỷ')) {
        k = end = k + 1;
        placeOnly = true;
      }
      continue;
    }
    if (isAbbreviation(w, k)) {
      if (headAt(w, k) > 0 || unitWordAt(w, k) > 0) break;
      caps++;
      k = end = k + 1;
      continue;
    }
    const lw = w.lower[k]!;
    // `và` joins the parts of a field after a lower-case word (`Nông nghiệp và Phát triển`,
    // `Sản xuất và Tiêu thụ`), not two names (`Công ty Chingfa và Hồng Hải`).
    if ((lw === 'và' || lw === '&') && k > from && places.length === 0 && (lw === '&' || isLowerWord(w, k - 1))) {
      if ((nameWord(w, k + 1) || (isAbbreviation(w, k + 1) && headAt(w, k + 1) === 0)) && follows(w, k + 1) && barePlaceAt(w, k + 1) === null) {
        k += 1;
        continue;
      }
      break;
    }
    if (!isLowerWord(w, k) || unitWordAt(w, k) > 0) break;
    if (k === from && !allowLowerStart) break;
    // A common phrase that began on the capitalized word before (`Phát` + `triển`).
    const back = k > from ? matchPhrase(w, k - 1, NAME_VOCAB) : 0;
    if (back >= 2 && isCapWord(w, k - 1)) {
      k = end = k - 1 + back;
      continue;
    }
    // A capitalized syllable and this one make a common word (`Quốc gia`, `Rau quả`).
    if (k > from && isCapWord(w, k - 1) && !STOP_WORDS.has(lw) && formsCommonWord(ctx.text, w.start[k - 1]!, w.end[k - 1]!, w.start[k]!, w.end[k]!)) {
      k = end = k + 1;
      continue;
    }
    const v = matchPhrase(w, k, NAME_VOCAB);
    if (v > 0) {
      k = end = k + v;
      continue;
    }
    // Lower-case words that lead to a capitalized word or a place.
    let m = k;
    // Only real syllables bridge: a word repair could not mend (`ë` for `ở`) ends the name.
    while (m < w.n && m - k < MAX_BRIDGE && (m === k || follows(w, m)) && isLowerWord(w, m) && !STOP_WORDS.has(w.lower[m]!) && unitWordAt(w, m) === 0 && isVietnameseSyllable(w.lower[m]!)) m++;
    const joinsNext = w.lower[m] === 'và' && follows(w, m + 1) && nameWord(w, m + 1);
    if (m > k && m < w.n && follows(w, m) && (nameWord(w, m) || joinsNext || unitPlaceAt(ctx, w, m) !== null)) {
      k = m;
      continue;
    }
    break;
  }
  return { from, to: end, caps, places };
}
