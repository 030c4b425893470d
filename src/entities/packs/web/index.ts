import { TokenKind } from '../../../tokenize/token-kind.js';
import { textAt, type EntityContext } from '../../context.js';
import type { Candidate, EntityType } from '../../types.js';
import type { RulePack } from '../index.js';

// URLs, e-mail addresses and phone numbers are what the tokenizer says they are (it already
// leaves trailing punctuation out: `baolangson.vn.` → `baolangson.vn`). Values: the URL as
// written, the e-mail in lower case, the phone's digits (with `+` for an international one):
// `0293.3876.512` → `02933876512`, `+84 236 3822 456` → `+842363822456`.

function value(type: EntityType, text: string): string {
  if (type === 'email') return text.toLowerCase();
  if (type === 'phone') return text.replace(/[^\d+]/gu, '');
  return text;
}

/**
 * The url, email and phone pack.
 *
 * @example
 * webPack.find(ctx); // for 'gọi 0912 345 678': [{ type: 'phone', value: '0912345678', … }]
 */
export const webPack: RulePack = {
  name: 'web',
  types: ['url', 'email', 'phone'],
  find(ctx: EntityContext): Candidate[] {
    const { count, kind, start, end } = ctx.tokens;
    const out: Candidate[] = [];
    for (let i = 0; i < count; i++) {
      const k = kind[i];
      const type: EntityType | null = k === TokenKind.Url ? 'url' : k === TokenKind.Email ? 'email' : k === TokenKind.Phone ? 'phone' : null;
      if (type === null) continue;
      out.push({ type, start: start[i]!, end: end[i]!, value: value(type, textAt(ctx, i)), rule: `${type}/token` });
    }
    return out;
  },
};
