/**
 * Legacy encodings stored as bytes. `tcvn3` is TCVN 5712:1993 VN3 (ABC, the .VnTime fonts);
 * `tcvn5712-1` is the full VN1 table; `windows-1258` reads both of its forms and writes glibc's
 * (precomposed where the code page has the letter), `windows-1258-decomposed` writes UniKey's
 * (every toned letter as base + combining byte).
 *
 * @example
 * const enc: ByteEncoding = 'tcvn3';
 * encode('Việt', enc);                 // Uint8Array [86, 105, 214, 116]
 * decode(encode('Việt', enc), enc);    // 'Việt'
 */
export type ByteEncoding =
  | 'vni'
  | 'tcvn3'
  | 'tcvn5712-1'
  | 'viscii'
  | 'vps'
  | 'windows-1258'
  | 'windows-1258-decomposed'
  | 'utf-8';

/**
 * Ways of writing Vietnamese in plain Unicode or ASCII that repair also undoes: `viqr` (RFC 1456
 * ASCII, with or without `\` escapes), `nfd` (canonical decomposition) and `unicomp` (UniKey's
 * "Unicode tổ hợp": â ă ê ô ơ ư precomposed, tone as a combining mark).
 *
 * @example
 * const form: TextForm = 'viqr';
 * mojibake('Việt', form); // 'Vie^.t'
 * encode('Việt', form);   // Uint8Array [86, 105, 101, 94, 46, 116]: the ASCII of 'Vie^.t'
 */
export type TextForm = 'viqr' | 'nfd' | 'unicomp';

/**
 * Every encoding `encode` and `decode` accept by name.
 *
 * @example
 * const names: readonly Encoding[] = ENCODINGS;
 * names.map((e) => decode(encode('Việt', e), e)).every((t) => t === 'Việt'); // true
 */
export type Encoding = ByteEncoding | TextForm;

/**
 * What `repair` reports in {@link RepairChange.encoding}: the encoding the damaged word was
 * written in. Decomposed Unicode (NFD or UniKey's composite form) is reported as `nfd`.
 *
 * @example
 * const seen: DetectedEncoding[] = repair('Nguyeân taéc').changes.map((c) => c.encoding); // ['vni', 'vni']
 */
export type DetectedEncoding = 'vni' | 'tcvn3' | 'viqr' | 'viscii' | 'vps' | 'windows-1258' | 'utf-8' | 'nfd';

/**
 * All names `encode`, `decode` and `mojibake` accept, in a stable order. Frozen: the
 * functions read it, so a caller cannot change what they accept.
 *
 * @example
 * ENCODINGS.includes('tcvn3'); // true
 */
export const ENCODINGS: readonly Encoding[] = Object.freeze([
  'vni',
  'tcvn3',
  'tcvn5712-1',
  'viscii',
  'vps',
  'windows-1258',
  'windows-1258-decomposed',
  'utf-8',
  'viqr',
  'nfd',
  'unicomp',
] as const);

/**
 * How legacy bytes were turned into the characters a reader sees.
 *
 * @example
 * const view: ByteView = 'latin1';
 * mojibake('Cộng', 'utf-8', { view }); // 'Cá»\u0099ng'
 */
export type ByteView = 'windows-1252' | 'latin1';
