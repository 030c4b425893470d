// Two things written with a dot or a slash inside a word that stay one token: file names with
// a known extension (`config.json`, `bao_cao.docx`) and units with a slash (`m/s`, `kg/ha`).
// Both are closed lists: a dot or slash between other words keeps splitting them
// (`hết.Sau`, `nam/nữ`, `và/hoặc`).
import { CharClass } from './char-class-codes.js';

/** Extensions of files people name in text, lower case. */
const FILE_EXTENSIONS = new Set([
  '7z', 'apk', 'avi', 'bat', 'bmp', 'c', 'cpp', 'css', 'csv', 'dll', 'doc', 'docx', 'exe', 'flac', 'gif', 'go', 'gz', 'heic',
  'htm', 'html', 'ini', 'ipa', 'java', 'jpeg', 'jpg', 'js', 'json', 'jsx', 'log', 'md', 'mkv', 'mov', 'mp3', 'mp4', 'mjs',
  'odt', 'ods', 'pdf', 'php', 'png', 'ppt', 'pptx', 'psd', 'py', 'rar', 'rb', 'rs', 'rtf', 'sh', 'sql', 'svg', 'tar', 'tif',
  'tiff', 'toml', 'ts', 'tsx', 'txt', 'wav', 'webp', 'xls', 'xlsx', 'xml', 'yaml', 'yml', 'zip',
]);

/** Unit symbols that start a unit with a slash (`km/h`, `kg/ha`, `m3/ngày`). */
const UNITS = new Set([
  'm', 'km', 'cm', 'mm', 'dm', 'm2', 'm3', 'km2', 'ha', 'kg', 'g', 'mg', 'l', 'ml', 'kW', 'kWh', 'MW', 'W', 'V', 'A',
  'Hz', 'kHz', 'MHz', 'GHz', 'KB', 'MB', 'GB', 'TB', 'kb', 'Mb', 'Gb', 'kbps', 'Mbps', 'Gbps', 'mol', 'ppm', 'cal', 'kcal',
  'px', 'dpi', 'vòng', 'lít',
]);

/** What may follow the slash: the units above, and the time and count words of rates. */
const PER = new Set([
  ...UNITS, 's', 'h', 'min', 'giây', 'phút', 'giờ', 'ngày', 'tuần', 'tháng', 'năm', 'vụ', 'người', 'con', 'lần', 'ca',
]);

/** Longest unit or extension worth a lookup, in code units. */
const MAX_PART = 6;

/** End of the run of letters and digits from `p` (at most `MAX_PART + 1`). */
function partEnd(text: string, p: number, n: number, C: Uint8Array): number {
  let e = p;
  const limit = Math.min(n, p + MAX_PART + 1);
  while (e < limit && C[text.charCodeAt(e)]! <= CharClass.Digit) e++;
  return e;
}

/** Whether `text[e]` ends a token: the end, or neither letter, digit nor mark. */
const endsThere = (text: string, e: number, n: number, C: Uint8Array): boolean => e >= n || C[text.charCodeAt(e)]! > CharClass.Digit;

/**
 * The end of a file name whose name part ends at the dot `dot` (`config.json`,
 * `bao_cao.tar.gz`), or -1.
 *
 * @example
 * fileNameEnd('config.json', 6, 11, classes); // 11
 */
export function fileNameEnd(text: string, dot: number, n: number, C: Uint8Array): number {
  // Extensions start with a lower-case ASCII letter or a digit (`7z`): most dots after a word
  // end a sentence and stop here.
  const c = dot + 1 < n ? text.charCodeAt(dot + 1) : 0;
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return -1;
  let end = -1;
  let d = dot;
  while (d + 1 < n && text.charCodeAt(d) === 0x2e) {
    const e = partEnd(text, d + 1, n, C);
    if (e - d - 1 > MAX_PART || !endsThere(text, e, n, C) || !FILE_EXTENSIONS.has(text.slice(d + 1, e))) break;
    end = e;
    d = e;
  }
  // `file.js.` is the name and a full stop; `a.js.b` is something else.
  if (end > 0 && end + 1 < n && text.charCodeAt(end) === 0x2e && C[text.charCodeAt(end + 1)]! <= CharClass.Digit) return -1;
  return end;
}

/**
 * The end of a unit with a slash whose first part is `[p, slash)` (`m/s`, `kg/ha`,
 * `km/giờ`), or -1.
 *
 * @example
 * slashUnitEnd('20 m/s', 3, 4, 6, classes); // 6
 */
export function slashUnitEnd(text: string, p: number, slash: number, n: number, C: Uint8Array): number {
  if (slash - p > MAX_PART || slash + 1 >= n || !UNITS.has(text.slice(p, slash))) return -1;
  const e = partEnd(text, slash + 1, n, C);
  if (e === slash + 1 || !endsThere(text, e, n, C) || !PER.has(text.slice(slash + 1, e))) return -1;
  return e;
}
