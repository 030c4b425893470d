import { describe, expect, it } from 'vitest';
import { CharClass, decodeRuns, encodeRuns } from './char-class-codes.js';
import { astralClass, bmpClasses } from './char-classes.js';

const classOf = (ch: string): number => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x10000 ? bmpClasses()[cp]! : astralClass(cp);
};

describe('character classes', () => {
  it.each([
    ['a', CharClass.Lower],
    ['ư', CharClass.Lower],
    ['đ', CharClass.Lower],
    ['W', CharClass.Upper],
    ['Đ', CharClass.Upper],
    ['Ự', CharClass.Upper],
    ['東', CharClass.Letter],
    ['٣', CharClass.Letter],
    ['\u0301', CharClass.Extend],
    ['\u200D', CharClass.Extend],
    ['\uFE0F', CharClass.Extend],
    ['7', CharClass.Digit],
    [' ', CharClass.Space],
    ['\u00A0', CharClass.Space],
    ['\u3000', CharClass.Space],
    ['\u200B', CharClass.Space],
    ['\uFEFF', CharClass.Space],
    ['.', CharClass.Punct],
    ['“', CharClass.Punct],
    ['+', CharClass.Symbol],
    ['₫', CharClass.Symbol],
    ['⌚', CharClass.Pict],
    ['❤', CharClass.PictText],
    ['©', CharClass.PictText],
    ['\uD800', CharClass.High],
    ['\uDC00', CharClass.Low],
    ['\u0007', CharClass.Control],
    ['\uE000', CharClass.Other],
    ['😂', CharClass.Pict],
    ['🇻', CharClass.Regional],
    ['🏽', CharClass.Modifier],
    ['𝐀', CharClass.Upper],
    ['𠀀', CharClass.Letter],
    ['\u{E0067}', CharClass.Extend],
  ])('puts %j in class %i', (ch, cls) => {
    expect(classOf(ch)).toBe(cls);
  });

  it('agrees with this runtime on every ASCII and Vietnamese letter', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz' + 'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
    for (const ch of letters) {
      expect(classOf(ch)).toBe(CharClass.Lower);
      expect(classOf(ch.toUpperCase())).toBe(CharClass.Upper);
    }
  });

  it('round-trips run encoding', () => {
    const starts = [0, 5, 40, 70_000, 1_000_000];
    const classes = [3, 0, 15, 7, 1];
    const back = decodeRuns(encodeRuns(starts, classes));
    expect([...back.starts]).toEqual(starts);
    expect([...back.classes]).toEqual(classes);
  });
});
