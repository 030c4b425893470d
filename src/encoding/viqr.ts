// VIQR (RFC 1456, Viet-Std 1992): Vietnamese in ASCII, a letter followed by its marks:
// shape `^` (â ê ô), `(` (ă), `+` or `*` (ơ ư), then tone `'` `` ` `` `?` `~` `.`; `dd` is đ.
// A mark character meant literally after a letter it could combine with is escaped with `\`.

const CIRC = 0x5e; // ^
const BREVE = 0x28; // (
const HORN = 0x2b; // +
const HORN_ALT = 0x2a; // *
const BACKSLASH = 0x5c;
const TONE_CHARS = [0x27, 0x60, 0x3f, 0x7e, 0x2e]; // ' ` ? ~ .   (sắc huyền hỏi ngã nặng)

/** Tone index (0–4) of a VIQR tone character, or -1. */
export function viqrTone(code: number): number {
  switch (code) {
    case 0x27:
      return 0;
    case 0x60:
      return 1;
    case 0x3f:
      return 2;
    case 0x7e:
      return 3;
    case 0x2e:
      return 4;
    default:
      return -1;
  }
}

/** True for the characters VIQR uses as marks (and its escape). */
export function isViqrMark(code: number): boolean {
  return code === CIRC || code === BREVE || code === HORN || code === HORN_ALT || code === BACKSLASH || viqrTone(code) >= 0;
}

const COMBINING_TONE = [0x301, 0x300, 0x309, 0x303, 0x323];

// Letter → its VIQR parts, for encoding, and (base, shape) → letter, for decoding; built from
// canonical decomposition once.
let composeTable: Map<number, number> | null = null; // key: base << 3 | mark index → letter
let shapeOf: Map<number, number> | null = null; // letter → shape char (^ ( +) or 0
let toneOf: Map<number, number> | null = null; // letter → tone index or -1
let baseOf: Map<number, number> | null = null; // letter → ASCII base

function build(): void {
  composeTable = new Map();
  shapeOf = new Map();
  toneOf = new Map();
  baseOf = new Map();
  const shapes: [number, string][] = [
    [0, ''],
    [CIRC, '\u0302'],
    [BREVE, '\u0306'],
    [HORN, '\u031b'],
  ];
  for (const base of 'aeiouyAEIOUY') {
    for (const [shapeChar, shapeMark] of shapes) {
      const shaped = (base + shapeMark).normalize('NFC');
      if (shaped.length !== 1) continue;
      const shapedCode = shaped.charCodeAt(0);
      if (shapeChar !== 0) composeTable.set((base.charCodeAt(0) << 8) | shapeChar, shapedCode);
      for (let t = -1; t < 5; t++) {
        const letter = t < 0 ? shaped : (shaped + String.fromCharCode(COMBINING_TONE[t]!)).normalize('NFC');
        if (letter.length !== 1) continue;
        const code = letter.charCodeAt(0);
        if (t >= 0) composeTable.set((shapedCode << 8) | TONE_CHARS[t]!, code);
        shapeOf.set(code, shapeChar);
        toneOf.set(code, t);
        baseOf.set(code, base.charCodeAt(0));
      }
    }
  }
}

function compose(letter: number, mark: number): number {
  if (composeTable === null) build();
  const m = mark === HORN_ALT ? HORN : mark;
  return composeTable!.get((letter << 8) | m) ?? 0;
}

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** How {@link decodeViqrRange} treats an unescaped tone character after the last letter. */
export const enum TrailingMark {
  /** It is a tone mark (RFC 1456: a literal one would have been escaped). */
  Mark = 0,
  /** It is punctuation (text written without escapes: `Hà Nội.`). */
  Literal = 1,
}

/** `out[0, n)` ends with a run of `đ` that follows no other letter. */
function onlyDsBefore(out: Uint16Array, n: number): boolean {
  let j = n - 1;
  while (j >= 0 && (out[j] === 0x111 || out[j] === 0x110)) j--;
  return j < 0 || !isAsciiLetter(out[j]!);
}

/**
 * Decodes VIQR in `text[start, end)` into `out` and returns the length written. Marks combine
 * with the letter just written when they can (shape before tone, one tone per letter); `\`
 * makes the next mark literal; `dd` is `đ` at the start of a word only (UniKey's rule: `add`
 * stays), or after such an `đ`. Everything else is copied.
 */
export function decodeViqrRange(
  text: string,
  start: number,
  end: number,
  out: Uint16Array,
  trailing: TrailingMark,
): number {
  let n = 0;
  // After the last letter of the range, tone characters are ambiguous when unescaped.
  let lastLetter = end - 1;
  while (lastLetter >= start && !isAsciiLetter(text.charCodeAt(lastLetter))) lastLetter--;
  let prevIsLetter = start > 0 && isAsciiLetter(text.charCodeAt(start - 1));
  // A syllable carries one tone: once the word has one, tone characters are punctuation
  // (`Nội.`, `đó?`), which resolves most unescaped text.
  let toned = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (isViqrMark(next) || next === 0x64 || next === 0x44) {
        out[n++] = next;
        i++;
        prevIsLetter = isAsciiLetter(next);
        if (!prevIsLetter) toned = false;
        continue;
      }
    }
    // `dd` after a word's first `đ` is another `đ` (`dddd` is đđ, as encodeViqr writes it).
    if ((c === 0x64 || c === 0x44) && (!prevIsLetter || (n > 0 && (out[n - 1] === 0x111 || out[n - 1] === 0x110) && onlyDsBefore(out, n))) && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x64 || next === 0x44) {
        out[n++] = c === 0x44 ? 0x110 : 0x111;
        i++;
        prevIsLetter = true;
        continue;
      }
    }
    if (n > 0 && c !== BACKSLASH && isViqrMark(c)) {
      const tone = viqrTone(c) >= 0;
      // Only `.` `?` `'` double as punctuation; `` ` `` and `~` after a word are always marks.
      const ambiguous = c === 0x2e || c === 0x3f || c === 0x27;
      if (!(tone && (toned || (trailing === TrailingMark.Literal && ambiguous && i > lastLetter)))) {
        const composed = compose(out[n - 1]!, c);
        if (composed !== 0) {
          out[n - 1] = composed;
          if (tone) toned = true;
          continue;
        }
      }
    }
    out[n++] = c;
    prevIsLetter = isAsciiLetter(c);
    if (!prevIsLetter) toned = false;
  }
  return n;
}

/**
 * Writes `text` (NFC) as VIQR, escaping a mark character that follows a letter it could
 * combine with, as RFC 1456 and UniKey do (`Hiếu.` → `Hie^'u\.`). "Could combine" is asked of
 * the same table {@link decodeViqrRange} composes with, so the two always agree
 * (`Nội(` → `No^.i\(`: `i(` would read as `ĭ`).
 */
export function encodeViqr(text: string): string {
  if (composeTable === null) build();
  // Code units into a typed buffer (at most three per character: base, shape, tone), turned
  // into a string once: concatenating one character at a time built ropes whose cost per
  // character grew with the length (cache misses on 1 MB inputs).
  const out = new Uint16Array(text.length * 3);
  let n = 0;
  // The character the decoder will have just written, which a mark could combine with.
  let last = 0;
  let atWordStart = true;
  let lastWasD = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const base = baseOf!.get(c);
    if (base !== undefined) {
      const shape = shapeOf!.get(c)!;
      const tone = toneOf!.get(c)!;
      out[n++] = base;
      if (shape !== 0) out[n++] = shape;
      if (tone >= 0) out[n++] = TONE_CHARS[tone]!;
      last = c;
      atWordStart = false;
      lastWasD = false;
      continue;
    }
    if (c === 0x111 || c === 0x110) {
      out[n++] = c === 0x110 ? 0x44 : 0x64;
      out[n++] = c === 0x110 ? 0x44 : 0x64;
      last = c;
      atWordStart = false;
      lastWasD = false;
      continue;
    }
    let escape = false;
    if (c === BACKSLASH) escape = true;
    else if (isViqrMark(c)) escape = last !== 0 && compose(last, c) !== 0;
    else if ((c === 0x64 || c === 0x44) && lastWasD) escape = true;
    if (escape) out[n++] = BACKSLASH;
    out[n++] = c;
    lastWasD = (c === 0x64 || c === 0x44) && atWordStart && !escape;
    atWordStart = !isAsciiLetter(c);
    last = c;
  }
  return unitsToString(out, n);
}

/** The first `n` code units of `units` as a string, in chunks the argument list can hold. */
function unitsToString(units: Uint16Array, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  return parts.join('');
}
