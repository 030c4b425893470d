// Every public export carries a JSDoc description and an `@example`: what a user sees in their
// editor on hover. The entry points are the ones package.json `exports` lists, read from src/
// (the files tsup builds), and each exported name is followed through re-exports to the
// declaration that carries its comment.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';

/** Subpath → source file, from tsup.config.ts's entry map (`./x` builds from src/x/index.ts). */
function entryFiles(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const entries = new Map<string, string>();
  for (const key of Object.keys(pkg.exports)) {
    if (key === './package.json') continue;
    entries.set(key, resolve(repoRoot, key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));
  }
  return entries;
}

interface Missing {
  /** Where the comment belongs: the declaring file, relative to the repo. */
  file: string;
  name: string;
  /** The entry points that export it. */
  entries: string[];
  lacks: string[];
}

function undocumentedExports(): { checked: number; missing: Missing[] } {
  const configPath = resolve(repoRoot, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, repoRoot);
  const entries = entryFiles();
  const program = ts.createProgram([...entries.values()], config.options);
  const checker = program.getTypeChecker();
  const missing = new Map<ts.Symbol, Missing>();
  let checked = 0;
  for (const [entry, file] of entries) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${entry}: ${file} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${entry}: ${file} exports nothing`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      checked++;
      const known = missing.get(symbol);
      if (known !== undefined) {
        known.entries.push(entry);
        continue;
      }
      const lacks: string[] = [];
      const description = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      if (description === '') lacks.push('a description');
      if (!symbol.getJsDocTags(checker).some((tag) => tag.name === 'example')) lacks.push('an @example');
      const declaration = symbol.declarations?.[0];
      const file = declaration === undefined ? '?' : relative(repoRoot, declaration.getSourceFile().fileName);
      if (lacks.length > 0) missing.set(symbol, { file, name: exported.name, entries: [entry], lacks });
    }
  }
  return { checked, missing: [...missing.values()] };
}

describe('the JSDoc of the public API', () => {
  it('gives every export of every entry point a description and an @example', () => {
    const { checked, missing } = undocumentedExports();
    expect(checked).toBeGreaterThan(100);
    expect(missing.map((m) => `${m.file} ${m.name} (exported by ${m.entries.join(' ')}): lacks ${m.lacks.join(' and ')}`)).toEqual([]);
  });
});
