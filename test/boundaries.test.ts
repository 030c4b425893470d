// The library runs in browsers and edge runtimes: only src/cli may import node:* modules,
// and no source file has a runtime dependency outside the package.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const files = sources(join(repoRoot, 'src')).map((f) => relative(repoRoot, f).replaceAll('\\', '/'));
// The one runtime dependency, pure JS and bundled into dist (see tsup.config.ts and NOTICE).
const ALLOWED_PACKAGES: Readonly<Record<string, readonly string[]>> = { 'src/language/detect.ts': ['franc-min'] };
const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

describe('source boundaries', () => {
  it.each(files.filter((f) => !f.startsWith('src/cli/')))('%s imports no node:* module and no package', (file) => {
    const code = readFileSync(join(repoRoot, file), 'utf8');
    const specifiers = [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);
    const allowed = ALLOWED_PACKAGES[file] ?? [];
    expect(specifiers.filter((s) => !s.startsWith('.') && !allowed.includes(s))).toEqual([]);
  });

  it('every generated file says so on its first line, with the command that regenerates it', () => {
    for (const file of files.filter((f) => f.includes('.generated.'))) {
      const first = readFileSync(join(repoRoot, file), 'utf8').split('\n', 1)[0]!;
      expect(first, file).toMatch(/generated/i);
      expect(first, file).toMatch(/npx tsx scripts\/|npm run /);
    }
  });
});
