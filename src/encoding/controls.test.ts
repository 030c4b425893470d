import { describe, expect, it } from 'vitest';
import { CONTROL_GROUPS, KNOWN_FALSE_CHANGES, ONE_WORD_SENTENCES } from './controls.fixture.js';
import { type Encoding, type MojibakeOptions, mojibake, repair } from './index.js';

// A broad control set (controls.fixture.ts): European languages, names, code, links, prices,
// social-media text, Vietnamese with and without marks, loanwords, headings and abbreviations.
// One false change anywhere is a failure, so every line is its own case.
describe.each(Object.entries(CONTROL_GROUPS))('repair leaves %s alone', (_group, lines) => {
  it.each(lines.map((l) => [l]))('keeps %j unchanged', (text) => {
    const r = repair(text);
    expect(r.text).toBe(text);
    expect(r.changes).toEqual([]);
  });
});

// The same lines as one document: evidence must not pile up across lines and languages (a
// letter weighed as a symbol in one line read outright in the next, a French line's `Ça` read
// as VPS among Vietnamese lines).
describe('the control lines as one document', () => {
  const all = Object.values(CONTROL_GROUPS).flat();
  const check = (separator: string): void => {
    const text = all.join(separator);
    const r = repair(text);
    expect(r.changes.map((c) => `${c.original} -> ${c.text} at ${c.start}`)).toEqual([]);
    expect(r.text).toBe(text);
  };
  it('come back unchanged, a line each', () => check('\n'));
  it('come back unchanged, one paragraph', () => check(' '));
});

describe('known false changes (see controls.fixture.ts)', () => {
  it.fails.each(KNOWN_FALSE_CHANGES.map((l) => [l]))('still changes %j', (text) => {
    expect(repair(text).text).toBe(text);
  });
});

// The same safety must not cost the repair of one damaged word in clean text.
const ENCODINGS: [string, Encoding, MojibakeOptions][] = [
  ['vni', 'vni', {}],
  ['tcvn3', 'tcvn3', {}],
  ['viqr', 'viqr', {}],
  ['viscii', 'viscii', { view: 'latin1' }],
  ['vps', 'vps', { view: 'latin1' }],
  ['windows-1258', 'windows-1258', {}],
  ['utf-8', 'utf-8', {}],
  ['nfd', 'nfd', {}],
];

// A word that becomes one symbol (VISCII `ở` is `·`, also a middle dot) is read only in a page
// that shows more damage, so it is left out here.
const isSymbolAlone = (s: string): boolean => s.length === 1 && !/\p{L}/u.test(s);

// Weak damage: a letter alone (TCVN3 `ë` is ở, but `ë` is also a letter named in the text) or
// ASCII letters with a VIQR tone character after them (`nghi?`, as a question reads). Evidence
// first: these are read only where the line shows their encoding elsewhere (below).
const isWeakDamage = (s: string): boolean => (s.length === 1 && /\p{L}/u.test(s) && s.charCodeAt(0) > 0x7f) || /^[A-Za-z]+['`?.(]$/.test(s);

describe.each(ENCODINGS)('one word in %s in a clean sentence', (_name, encoding, options) => {
  const cases = ONE_WORD_SENTENCES.filter(([, w]) => !isSymbolAlone(mojibake(w, encoding, options)) && !isWeakDamage(mojibake(w, encoding, options)));
  it.each(cases.map(([s, w]) => [w, s]))('is repaired (%s)', (word, sentence) => {
    const damaged = mojibake(word, encoding, options);
    const input = sentence.replace(word, damaged);
    expect(input).not.toBe(sentence);
    const r = repair(input);
    expect(r.text).toBe(sentence);
    expect(r.changes.map((c) => c.original)).toEqual([damaged]);
  });
});

// Weak damage alone stays (it may be a letter, a quote or a question mark), and is read once
// its line shows the encoding in another word.
const SHOWN = 'Người dân đã đến đông đủ.';
const weakCases = (encoding: Encoding, options: MojibakeOptions): (readonly [string, string])[] =>
  ONE_WORD_SENTENCES.filter(([, w]) => isWeakDamage(mojibake(w, encoding, options)));
describe.each(ENCODINGS.filter(([, encoding, options]) => weakCases(encoding, options).length > 0))('weak damage in %s', (_name, encoding, options) => {
  const cases = weakCases(encoding, options);
  it.each(cases.map(([s, w]) => [w, s]))('is read beside evidence (%s)', (word, sentence) => {
    const damaged = mojibake(word, encoding, options);
    const input = sentence.replace(word, damaged);
    // VIQR tone characters alone stay (a letter alone may still be read where the model wants it).
    if (encoding === 'viqr') expect(repair(input).text).toBe(input);
    const shown = `${input} ${mojibake(SHOWN, encoding, options)}`;
    expect(repair(shown).text).toBe(`${sentence} ${SHOWN}`);
  });
});
