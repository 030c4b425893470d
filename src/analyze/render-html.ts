import { readOptions } from '../core/options.js';
import { VntextOptionError } from '../core/errors.js';
import type { AnalyzedDocument } from './analyze.js';

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * renderHtml(analyze('Tỉnh Lạng Sơn.'), { title: 'Bài báo' }); // '<!doctype html>…<title>Bài báo</title>…'
 */
export interface RenderHtmlOptions {
  /** The page title. Default `'vntext'`. */
  title?: string;
}

/** A span the page marks, in input offsets. */
interface Mark {
  readonly start: number;
  readonly end: number;
  /** Opening tag (the closing one is derived from its name). */
  readonly open: string;
  readonly tag: 'mark' | 'span';
  /** For a fix: what the clean text says instead of the input. */
  readonly replacement?: string;
}

const COLORS: Readonly<Record<string, string>> = {
  cooperative: '#f9c74f',
  organization: '#f9844a',
  location: '#90be6d',
  person: '#f8a5c2',
  date: '#8ecae6',
  time: '#a2d2ff',
  money: '#b5e48c',
  percent: '#d9ed92',
  url: '#cdb4db',
  email: '#cdb4db',
  phone: '#ffc8dd',
  number: '#e9ecef',
  quantity: '#ffe5b4',
};

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Keeps the spans that do not overlap an earlier kept one (sorted by start, longest first). */
function disjoint<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const s of sorted) {
    if (s.start < end) continue;
    out.push(s);
    end = s.end;
  }
  return out;
}

/** Repairs and normalizations as one list: what the reader sees, and what the input had. */
function fixes(doc: AnalyzedDocument): Mark[] {
  const byRepair = doc.repairs.map((r) => ({ ...r, note: `repaired (${r.encoding})`, final: r.text }));
  const out: { start: number; end: number; original: string; final: string; note: string }[] = [...byRepair];
  for (const n of doc.normalizations) {
    const r = byRepair.find((x) => x.start < n.end && n.start < x.end);
    if (r === undefined) out.push({ ...n, final: n.text, note: `normalized (${n.kinds.join(', ')})` });
    else if (r.start === n.start && r.end === n.end) {
      r.final = n.text;
      r.note += `, normalized (${n.kinds.join(', ')})`;
    }
  }
  return disjoint(out).map((f) => ({
    start: f.start,
    end: f.end,
    tag: 'span',
    open: `<span class="fix" title="${escapeHtml(`${f.note}: ${f.original}`)}" data-original="${escapeHtml(f.original)}">`,
    replacement: f.final,
  }));
}

/**
 * Writes one self-contained HTML page (inline CSS, no script, no external resource) that shows
 * an analyzed document in the manner of displaCy: entities highlighted by type with their type
 * as a label, repaired and normalized words marked with the original on hover, summary
 * sentences emphasized, and word boundaries shown when the reader ticks the box. Needs no DOM.
 *
 * @example
 * const html = renderHtml(analyze(article, { summary: true }), { title: 'Bài báo' });
 * // '<!doctype html><html lang="vi">…<mark class="ent" data-type="location">Lạng Sơn</mark>…'
 */
export function renderHtml(doc: AnalyzedDocument, options?: RenderHtmlOptions): string {
  const o = readOptions<RenderHtmlOptions>('renderHtml', options, ['title']);
  if (o.title !== undefined && typeof o.title !== 'string') throw new VntextOptionError('renderHtml', 'title', 'a string', o.title);
  if (doc === null || typeof doc !== 'object' || typeof doc.text !== 'string') {
    throw new VntextOptionError('renderHtml', 'doc', 'a document from analyze()', doc);
  }
  const text = doc.text;
  const layers: Mark[][] = [
    disjoint(doc.summary?.sentences ?? []).map((s) => ({ start: s.start, end: s.end, tag: 'mark', open: '<mark class="summary">' })),
    disjoint(doc.entities).map((e) => ({
      start: e.start,
      end: e.end,
      tag: 'mark',
      open: `<mark class="ent" data-type="${escapeHtml(e.type)}" style="background:${COLORS[e.type] ?? '#ddd'}">`,
    })),
    disjoint(doc.words).map((w) => ({ start: w.start, end: w.end, tag: 'span', open: '<span class="w">' })),
    fixes(doc),
  ];

  const render = (a: number, b: number, layer: number): string => {
    if (layer === layers.length) return escapeHtml(text.slice(a, b));
    const spans = layers[layer]!;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end <= a) lo = mid + 1;
      else hi = mid;
    }
    let out = '';
    let pos = a;
    for (let i = lo; i < spans.length && spans[i]!.start < b; i++) {
      const m = spans[i]!;
      const s = Math.max(m.start, a);
      const e = Math.min(m.end, b);
      out += render(pos, s, layer + 1) + m.open;
      // A fix shows the clean text unless an outer span cut it.
      out += m.replacement !== undefined && s === m.start && e === m.end ? escapeHtml(m.replacement) : render(s, e, layer + 1);
      out += `</${m.tag}>`;
      pos = e;
    }
    return out + render(pos, b, layer + 1);
  };

  const types = [...new Set(doc.entities.map((e) => e.type))].sort();
  const legend = types
    .map((t) => `<mark class="ent" data-type="${escapeHtml(t)}" style="background:${COLORS[t] ?? '#ddd'}"></mark>`)
    .join(' ');
  const facts = [
    doc.language === null ? '' : `language <b>${escapeHtml(doc.language.language)}</b> (${doc.language.confidence})`,
    `${doc.sentences.length} sentences, ${doc.words.length} words, ${doc.entities.length} entities`,
    `${doc.repairs.length} repaired, ${doc.normalizations.length} normalized`,
  ].filter((s) => s !== '');
  const keywords = doc.summary?.keywords.length ? `<p class="keywords">keywords: ${doc.summary.keywords.map((k) => escapeHtml(k.text)).join(', ')}</p>` : '';
  const title = escapeHtml(o.title ?? 'vntext');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
header{color:#555;font-size:14px}
article{white-space:pre-wrap;line-height:2.4;border-top:1px solid #ddd;padding-top:1rem}
mark.ent{padding:.15em .3em;border-radius:.3em;color:inherit}
mark.ent::after{content:attr(data-type);font-size:.6em;font-weight:bold;text-transform:uppercase;margin-left:.4em;vertical-align:middle;opacity:.7}
mark.summary{background:none;font-weight:600;border-bottom:2px solid #e76f51}
.fix{text-decoration:underline dotted #d00 2px;cursor:help}
#show-words:checked~article .w{outline:1px solid #999;outline-offset:1px;border-radius:2px}
</style></head>
<body>
<header><p>${facts.join(' · ')}</p><p>${legend}</p>${keywords}</header>
<input type="checkbox" id="show-words"><label for="show-words"> show word boundaries</label>
<article>${render(0, text.length, 0)}</article>
</body></html>
`;
}
