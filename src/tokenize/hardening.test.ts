// Hostile callers: options that do not exist, exported tables written to.
import { describe, expect, it } from 'vitest';
import { VntextOptionError } from '../core/errors.js';
import { DOTTED_ABBREVIATIONS, TokenKind, scanTokens, tokenize } from './index.js';

describe('hardening of the tokenizer exports', () => {
  it('rejects unknown options of scanTokens', () => {
    expect(() => scanTokens('a', { bogus: 1 } as never)).toThrow(VntextOptionError);
    expect(() => scanTokens('a', { bogus: 1 } as never)).toThrow('option `bogus` must be absent (scanTokens takes no options)');
    expect(() => scanTokens('a', 'x' as never)).toThrow(VntextOptionError);
    expect(scanTokens('a b', {}).count).toBe(2);
  });

  it('exports TokenKind frozen', () => {
    expect(Object.isFrozen(TokenKind)).toBe(true);
    expect(() => {
      (TokenKind as { Word: number }).Word = 99;
    }).toThrow(TypeError);
    expect(scanTokens('a').kind[0]).toBe(1);
  });

  it('exports DOTTED_ABBREVIATIONS frozen, entries included', () => {
    expect(Object.isFrozen(DOTTED_ABBREVIATIONS)).toBe(true);
    expect(() => (DOTTED_ABBREVIATIONS as unknown as unknown[]).push(['X.', true])).toThrow(TypeError);
    expect(() => {
      (DOTTED_ABBREVIATIONS[0] as unknown as unknown[])[0] = 'Y.';
    }).toThrow(TypeError);
    expect(tokenize('TP. Huế')[0]!.text).toBe('TP.');
  });
});
