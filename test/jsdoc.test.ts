// Every public export carries a JSDoc description and an `@example`: what a user sees in their
// editor on hover. The entry points are the ones package.json `exports` lists, read from src/
// (the files tsup builds), and each exported name is followed through re-exports to the
// declaration that carries its comment (see helpers/public-api.ts).
import { describe, expect, it } from 'vitest';
import { publicExports } from './helpers/public-api.js';

describe('the JSDoc of the public API', () => {
  it('gives every export of every entry point a description and an @example', () => {
    const all = publicExports();
    expect(all.length).toBeGreaterThan(100);
    // One line per declaration, with the entries that export it.
    const missing = new Map<unknown, { where: string; entries: string[] }>();
    for (const e of all) {
      const lacks = [e.description === '' ? 'a description' : '', e.hasExample ? '' : 'an @example'].filter(Boolean);
      if (lacks.length === 0) continue;
      const known = missing.get(e.symbol);
      if (known !== undefined) known.entries.push(e.entry);
      else missing.set(e.symbol, { where: `${e.file} ${e.name}: lacks ${lacks.join(' and ')}`, entries: [e.entry] });
    }
    expect([...missing.values()].map((m) => `${m.where} (exported by ${m.entries.join(' ')})`)).toEqual([]);
  });
});
