import { mojibake } from '../../../encoding/encode.js';
import type { Encoding } from '../../../encoding/encodings.js';
import { normalize } from '../../../normalize/normalize.js';

// Currency words as a wrong code page shows them, for the case repair leaves them damaged: a
// word glued to a rate (`ñoàng/kg`, `120.000®/chai`) is not repaired (the repair stage reads
// `ñoàng/kg` as one foreign word; reported to its owner). After an amount, these forms can
// only be the currency, so the money pack reads them where it finds them.

const ENCODINGS: readonly Encoding[] = ['vni', 'tcvn3', 'tcvn5712-1', 'viscii', 'vps', 'windows-1258', 'utf-8', 'viqr'];

/** [damaged form in lower case, ISO code], longest first; built on first use. */
let forms: [string, string][] | null = null;

/**
 * The damaged currency words: `ñoàng` (VNI), `®ång` (TCVN3), `Ä‘á»“ng` (UTF-8 read as
 * Windows-1252) … for `đồng`, `đ` and `VNĐ`, as written and as normalize leaves them.
 *
 * @example
 * damagedCurrencies().some(([f]) => f === 'ñoàng'); // true
 */
export function damagedCurrencies(): readonly [string, string][] {
  if (forms !== null) return forms;
  const seen = new Map<string, string>();
  for (const word of ['đồng', 'đ', 'vnđ', 'VNĐ']) {
    for (const enc of ENCODINGS) {
      const m = mojibake(word, enc);
      for (const f of [m, normalize(m)]) {
        const l = f.toLowerCase();
        if (l !== word.toLowerCase() && l.length > 0) seen.set(l, 'VND');
      }
    }
  }
  forms = [...seen].sort((a, b) => b[0].length - a[0].length);
  return forms;
}
