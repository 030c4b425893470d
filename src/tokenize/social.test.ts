// Social and technical text: emoticons, arrows, file names, ellipses after abbreviations,
// names with `&`, ranges of numbers with units, and units with a slash.
import { describe, expect, it } from 'vitest';
import { sentences, tokenize } from './index.js';

const pairs = (input: string): string[] => tokenize(input).map((t) => `${t.text}:${t.kind}`);

describe('tokens on social and technical text', () => {
  it.each([
    ['emoticons after a space', 'vui :)) =)) :D ^^ <3 :( nhé', ['vui:word', ':)):symbol', '=)):symbol', ':D:symbol', '^^:symbol', '<3:symbol', ':(:symbol', 'nhé:word']],
    ['a double-bracket emoticon glued to a word', 'Vui quá:)))', ['Vui:word', 'quá:word', ':))):symbol']],
    ['emoticons with a nose and a tear', 'buồn :-( :\'( ;)', ['buồn:word', ':-(:symbol', ":'(:symbol", ';):symbol']],
    ['arrows', 'A ==> B -> C => D <- E', ['A:word', '==>:symbol', 'B:word', '->:symbol', 'C:word', '=>:symbol', 'D:word', '<-:symbol', 'E:word']],
    ['file names with an extension', 'Sửa config.json và bao_cao.docx.', ['Sửa:word', 'config.json:word', 'và:word', 'bao_cao.docx:word', '.:punctuation']],
    ['a file name with two extensions', 'giải nén data.tar.gz', ['giải:word', 'nén:word', 'data.tar.gz:word']],
    ['etc. with an ellipsis', 'cam, quýt v.v... Hết', ['cam:word', ',:punctuation', 'quýt:word', 'v.v:abbreviation', '...:punctuation', 'Hết:word']],
    ['names with an ampersand', 'AT&T, P&G và R&D', ['AT&T:abbreviation', ',:punctuation', 'P&G:abbreviation', 'và:word', 'R&D:abbreviation']],
    ['a range of numbers with units', 'độ cao 1.600m-2.000m', ['độ:word', 'cao:word', '1.600:number', 'm:word', '-:punctuation', '2.000:number', 'm:word']],
    ['a range with one unit', 'nặng 5-7kg', ['nặng:word', '5:number', '-:punctuation', '7:number', 'kg:word']],
    ['units with a slash', 'gió 20 m/s, năng suất 6 tấn/ha, 5 kg/ha, 60 km/h', ['gió:word', '20:number', 'm/s:word', ',:punctuation', 'năng:word', 'suất:word', '6:number', 'tấn:word', '/:punctuation', 'ha:word', ',:punctuation', '5:number', 'kg/ha:word', ',:punctuation', '60:number', 'km/h:word']],
  ])('%s', (_name, input, expected) => {
    expect(pairs(input)).toEqual(expected);
  });

  it('ends a sentence after an emoticon-free ellipsis and keeps emoticons inside sentences', () => {
    expect(sentences('Mai đi chơi nhé :)) Ok luôn.').map((s) => s.text)).toEqual(['Mai đi chơi nhé :)) Ok luôn.']);
  });
});
