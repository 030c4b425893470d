import type { EntityContext } from '../../context.js';
import { nameKey } from '../../gazetteer/index.js';
import type { Candidate } from '../../types.js';
import { readBody } from './body.js';
import { FIELD_PHRASES, FIXED_ORGS, GENERIC_AFTER, GENERIC_BEFORE, ORG_HEADS, type HeadKind } from './lexicon.js';
import { unitPlaceAt, unitWordAt } from './location.js';
import { follows, isAbbreviation, isCapWord, keyOf, matchPhrase, once, Phrases, spanText, type Words } from './words.js';

const fixedOrgs = once(() => Phrases.of(FIXED_ORGS.map(nameKey)));
/** The fixed names as written, spaces removed: `VietinBank` and `Vietinbank`, not `vietinbank`. */
const FIXED_WRITTEN: ReadonlySet<string> = new Set(FIXED_ORGS.map((n) => n.replace(/ /gu, '')));
const fields = once((): ReadonlySet<string> => new Set(FIELD_PHRASES.map(nameKey)));
/** Lower-case company heads count when a legal form follows (`công ty TNHH …`). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['tnhh', 'cp', 'cổ', 'trách', 'mtv']);

/** Last words of titles before a body (`Chủ tịch`, `Giám đốc`, `Trưởng`, `Phó`, `Bí thư`). */
const TITLE_ENDS: ReadonlySet<string> = new Set(['tịch', 'đốc', 'trưởng', 'phó', 'thư', 'nhiệm', 'viên', 'ban', 'phòng']);
/** Level words a body's name may end on (`UBND huyện`); not `thôn`, `bản`, `ấp`. */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn']);

/** Kinds of school after `Trường`. */
const SCHOOL_KINDS = Phrases.of([
  'đại học', 'cao đẳng', 'trung cấp', 'trung học', 'tiểu học', 'mầm non', 'mẫu giáo', 'phổ thông', 'chính trị', 'dân tộc',
  'quân sự', 'sĩ quan', 'nghiệp vụ', 'bồi dưỡng', 'dạy nghề', 'cán bộ', 'hữu nghị', 'quốc tế', 'nghề', 'thpt', 'thcs',
]);

/** Where an organization found at some token ends (exclusive token index), and the rule. */
interface Span {
  readonly to: number;
  readonly rule: string;
}

/**
 * An organization at token `i`:
 * - a body that is its own name (`Quốc hội`, `Agribank`);
 * - a head that names a body by its level (`UBND`, `Liên minh HTX`, `Hội Nông dân`, `Tỉnh
 *   ủy`) with the place or bare level word after it (`UBND tỉnh Lạng Sơn`, `UBND huyện`);
 * - a head that needs a name (`Sở Y tế`, `Công ty TNHH …`, `Ngân hàng …`) and the place after
 *   it with no punctuation (`Sở Y tế Hà Nội`);
 * - an office before a body (`Chi nhánh Ngân hàng …`, `Văn phòng Hội Nông dân …`).
 * Generic uses are left out: `các sở`, `Liên minh HTX các cấp`, `UBND các xã`.
 */
export function organizationAt(ctx: EntityContext, w: Words, i: number): Span | null {
  const fixed = matchPhrase(w, i, fixedOrgs());
  if (fixed > 0 && FIXED_WRITTEN.has(w.source.slice(w.start[i]!, w.end[i + fixed - 1]!).replace(/ /gu, ''))) {
    return { to: i + fixed, rule: 'organization/fixed' };
  }
  const h = matchPhrase(w, i, ORG_HEADS);
  if (h === 0) return null;
  const capital = isCapWord(w, i) || isAbbreviation(w, i);
  const key = keyOf(w, i, i + h);
  let kind: HeadKind = ORG_HEADS.get(key)!;
  if (!capital && !(key === 'công ty' && LEGAL_FORMS.has(w.lower[i + h] ?? ''))) return null;
  if (follows(w, i) && GENERIC_BEFORE.has(w.lower[i - 1]!) && w.lower[i - 1] !== 'tổng') return null;
  const j = i + h;
  const next = j < w.n && follows(w, j) ? j : -1;
  if (next >= 0 && matchPhrase(w, next, GENERIC_AFTER, 2) > 0) return null;
  if (kind === 'prefix') {
    if (next >= 0) {
      const inner = organizationAt(ctx, w, next);
      if (inner !== null) return { to: inner.to, rule: 'organization/office' };
    }
    kind = 'body';
  }
  if (next < 0) return kind === 'level' ? { to: j, rule: 'organization/level' } : null;
  if (kind === 'body' && !(isCapWord(w, next) || isAbbreviation(w, next) || fields().has(w.lower[next]!))) return null;
  // `Trường` names a school only with its kind after it (`Trường THPT …`, `Trường Đại học …`);
  // `Trường Chinh` is a man and a street.
  if (key === 'trường' && !(isAbbreviation(w, next) || matchPhrase(w, next, SCHOOL_KINDS) > 0)) return null;
  const body = readBody(ctx, w, next, kind === 'level', follows(w, i) && TITLE_ENDS.has(w.lower[i - 1]!));
  let to = body.to;
  if (kind === 'body' && body.caps === 0) return null;
  // A bare level word ends the name of a body named by its level (`UBND tỉnh`, `Hội Nông dân
  // huyện`, `Đài Phát thanh - Truyền hình tỉnh`).
  if (body.places.length === 0 && to < w.n && follows(w, to)) {
    const u = unitWordAt(w, to);
    if (u > 0 && LEVEL_WORDS.has(w.lower.slice(to, to + u).join(' ')) && unitPlaceAt(ctx, w, to) === null) to += u;
  }
  return { to, rule: kind === 'level' ? 'organization/level' : 'organization/head' };
}

/** Every organization candidate, longest at each start, never two overlapping. */
export function findOrganizations(ctx: EntityContext, w: Words): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < w.n; i++) {
    // Every head is capitalized but `công ty` before a legal form.
    if (w.cap[i] === 0 && w.lower[i] !== 'công') continue;
    const s = organizationAt(ctx, w, i);
    if (s === null || s.to <= i) continue;
    const name = spanText(ctx.text, w, i, s.to);
    out.push({ type: 'organization', start: w.start[i]!, end: w.end[s.to - 1]!, value: { name }, rule: s.rule });
    i = s.to - 1;
  }
  return out;
}
