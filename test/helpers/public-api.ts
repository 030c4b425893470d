// The public API as the TypeScript compiler sees it: every name each entry point of
// package.json `exports` exports (types included), read from src/ (the files tsup builds), each
// followed through re-exports to the declaration that carries its JSDoc.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../../scripts/shared-data.js';

export interface PublicExport {
  /** The subpath that exports it (`.`, `./tokenize` …). */
  readonly entry: string;
  readonly name: string;
  /** The declaring file, relative to the repo. */
  readonly file: string;
  /** The declaration itself: one object per declaration, shared by every entry that exports it. */
  readonly symbol: ts.Symbol;
  /** The JSDoc description, trimmed ('' when there is none). */
  readonly description: string;
  /** Whether the JSDoc has an `@example` tag. */
  readonly hasExample: boolean;
}

/** Subpath → source file, as in tsup.config.ts (`./x` builds from src/x/index.ts). */
function entryFiles(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const entries = new Map<string, string>();
  for (const key of Object.keys(pkg.exports)) {
    if (key === './package.json') continue;
    entries.set(key, resolve(repoRoot, key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));
  }
  return entries;
}

let cached: PublicExport[] | null = null;

/** Every export of every entry point (a name exported by two entries appears twice). */
export function publicExports(): readonly PublicExport[] {
  if (cached !== null) return cached;
  const configPath = resolve(repoRoot, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, repoRoot);
  const entries = entryFiles();
  const program = ts.createProgram([...entries.values()], config.options);
  const checker = program.getTypeChecker();
  const found: PublicExport[] = [];
  for (const [entry, file] of entries) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${entry}: ${file} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${entry}: ${file} exports nothing`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      found.push({
        entry,
        name: exported.name,
        file: declaration === undefined ? '?' : relative(repoRoot, declaration.getSourceFile().fileName),
        symbol,
        description: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
        hasExample: symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'),
      });
    }
  }
  return (cached = found);
}
