import type { EntityContext } from './context.js';
import type { Candidate } from './types.js';

/** A rule anchored on one token: its candidate there, or `null` to reject (chrono's parsers). */
export type TokenRule = (ctx: EntityContext, i: number) => Candidate | null;

/**
 * Runs `rule` at every token of kind `kind` and collects what it finds: the loop of every pack
 * whose rules start at one kind of token.
 *
 * @example
 * collect(ctx, TokenKind.Number, money); // every amount with its currency
 */
export function collect(ctx: EntityContext, kind: number, rule: TokenRule): Candidate[] {
  const { count, kind: kinds } = ctx.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== kind) continue;
    const c = rule(ctx, i);
    if (c !== null) out.push(c);
  }
  return out;
}
