import { flag, oneOf, readOptions } from '../core/options.js';
import type { ToneStyle } from '../syllable/parse.js';

/**
 * Options of {@link normalize} and {@link normalizeAligned}. Every kind of change can be switched off.
 *
 * @example
 * normalize('Thanh Hóa khỏe', { toneStyle: 'modern' }); // 'Thanh Hoá khoẻ'
 * normalize('Ngừơi', { misplacedTones: false });        // 'Ngừơi'
 * normalize('Hà Nội ,Việt Nam', { spacing: true });     // 'Hà Nội, Việt Nam'
 */
export interface NormalizeOptions {
  /**
   * Where the tone mark goes in open `oa`, `oe`, `uy`: `'classic'` (default: `hòa`, `thúy`,
   * `khỏe`, as most news and Wikipedia write) or `'modern'` (`hoà`, `thuý`, `khoẻ`: UniKey's
   * modern option, VnCoreNLP), or `'keep'` to leave either as written.
   */
  toneStyle?: ToneStyle | 'keep';
  /** Move tone marks that no style allows onto the right vowel (`ngừơi` → `người`). Default true. */
  misplacedTones?: boolean;
  /** Canonical composition (NFC): decomposed `Việt` becomes one code unit per letter. Default true. */
  nfc?: boolean;
  /** `Ð` (U+00D0), `ð` (U+00F0) and other look-alikes become `Đ`/`đ` inside Vietnamese words. Default true. */
  lookalikes?: boolean;
  /**
   * Zero-width characters and soft hyphens inside Latin words are removed; no-break and
   * other odd spaces between two letters become a plain space. Default true.
   */
  invisibles?: boolean;
  /**
   * Tidy spacing: runs of spaces become one, spaces before `, ; : ! ? ) ] }` and after
   * `( [ {` go, trailing spaces at line ends go, and a space is added after a comma or
   * semicolon squeezed between two letters. Default false: it changes clean text too.
   */
  spacing?: boolean;
}

/** Options after validation, with defaults applied. */
export interface ResolvedNormalizeOptions {
  readonly toneStyle: ToneStyle | 'keep';
  readonly misplacedTones: boolean;
  readonly nfc: boolean;
  readonly lookalikes: boolean;
  readonly invisibles: boolean;
  readonly spacing: boolean;
}

const KNOWN = ['toneStyle', 'misplacedTones', 'nfc', 'lookalikes', 'invisibles', 'spacing'] as const;

/** Validates options; throws `VntextOptionError` naming the option and the allowed values. */
export function resolveNormalizeOptions(fn: string, options: unknown): ResolvedNormalizeOptions {
  const o = readOptions<NormalizeOptions>(fn, options, KNOWN);
  return {
    toneStyle: oneOf(fn, 'toneStyle', o.toneStyle, ['classic', 'modern', 'keep'] as const, 'classic'),
    misplacedTones: flag(fn, 'misplacedTones', o.misplacedTones, true),
    nfc: flag(fn, 'nfc', o.nfc, true),
    lookalikes: flag(fn, 'lookalikes', o.lookalikes, true),
    invisibles: flag(fn, 'invisibles', o.invisibles, true),
    spacing: flag(fn, 'spacing', o.spacing, false),
  };
}
