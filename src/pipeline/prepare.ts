import { type Alignment, composeAlignments, identityAlignment } from '../core/alignment.js';
import { VntextOptionError } from '../core/errors.js';
import { assertText, readOptions } from '../core/options.js';
import { repair, type RepairChange, type RepairOptions } from '../encoding/repair.js';
import { normalizeAligned, type NormalizeChange } from '../normalize/normalize.js';
import type { NormalizeOptions } from '../normalize/options.js';

/**
 * Options of {@link prepare}.
 *
 * @example
 * prepare('Hội nghị treân địa bàn tỉnh Thanh Hoá', { normalize: { toneStyle: 'keep' } }).text;
 * // 'Hội nghị trên địa bàn tỉnh Thanh Hoá' (repaired, tone style kept)
 * prepare('treân', { repair: false }).text; // 'treân'
 */
export interface PrepareOptions {
  /** Repair legacy-encoding damage first: `true` (default), `false`, or repair's options. */
  repair?: boolean | RepairOptions;
  /** Then normalize: `true` (default), `false`, or normalize's options. */
  normalize?: boolean | NormalizeOptions;
}

/**
 * Clean text, its alignment to the caller's string, and every change in the caller's offsets.
 *
 * @example
 * const r = prepare('Hội nghị treân địa bàn tỉnh Thanh Hoá');
 * r.text;                     // 'Hội nghị trên địa bàn tỉnh Thanh Hóa'
 * r.alignment.toInput(9, 13); // { start: 9, end: 14 }: 'trên' was 'treân'
 * r.repairs[0].encoding;      // 'vni'
 * r.normalizations[0].kinds;  // ['tone-style']
 */
export interface PrepareResult {
  /** The repaired and normalized text. */
  readonly text: string;
  /** Maps offsets of `text` back to the caller's string, through both stages. */
  readonly alignment: Alignment;
  /** Words repaired from legacy encodings, in input offsets. */
  readonly repairs: readonly RepairChange[];
  /** Normalization changes, in input offsets (`original` is the input's text there). */
  readonly normalizations: readonly NormalizeChange[];
}

const FN = 'prepare';

function stageOptions<T extends object>(name: string, value: unknown): T | null {
  if (value === undefined || value === true) return {} as T;
  if (value === false) return null;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as T;
  throw new VntextOptionError(FN, name, "true, false or an options object", value);
}

/**
 * Repairs legacy-encoding damage, then normalizes, and keeps one alignment from the result
 * back to the caller's string. Pass the result to `tokenize`, `sentences` or `segment`: their
 * spans then point into the original text while their `text` is the clean form.
 *
 * @example
 * const clean = prepare('Hội nghị diễn ra treân địa bàn tỉnh Thanh Hoá.');
 * clean.text; // 'Hội nghị diễn ra trên địa bàn tỉnh Thanh Hóa.'
 * clean.repairs[0].original; // 'treân'
 * clean.normalizations[0]; // { start: 36, end: 39, original: 'Hoá', text: 'Hóa', kinds: ['tone-style'] }
 */
export function prepare(text: string, options?: PrepareOptions): PrepareResult {
  assertText(FN, text);
  const o = readOptions<PrepareOptions>(FN, options, ['repair', 'normalize']);
  const repairOptions = stageOptions<RepairOptions>('repair', o.repair);
  const normalizeOptions = stageOptions<NormalizeOptions>('normalize', o.normalize);
  const repaired = repairOptions === null ? null : repair(text, repairOptions);
  const mid = repaired === null ? text : repaired.text;
  // Repair's alignment is exact per decoded character where one change holds several tokens
  // (src/encoding/fine-alignment.ts), so tokens inside it stay apart.
  const repairAlignment = repaired?.alignment ?? null;
  const normalized = normalizeOptions === null ? null : normalizeAligned(mid, normalizeOptions);
  const out = normalized === null ? mid : normalized.text;

  const alignment =
    repairAlignment !== null && normalized !== null
      ? composeAlignments(normalized.alignment, repairAlignment)
      : (normalized?.alignment ?? repairAlignment ?? identityAlignment(text.length));

  const normalizations =
    normalized === null
      ? []
      : normalized.changes.map((c) => {
          if (repairAlignment === null || repaired!.changes.length === 0) return c;
          const span = repairAlignment.toInput(c.start, c.end);
          return { ...c, start: span.start, end: span.end, original: text.slice(span.start, span.end) };
        });
  return { text: out, alignment, repairs: repaired?.changes ?? [], normalizations };
}
