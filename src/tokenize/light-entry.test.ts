// `vntext/tokenize` must stay light: it may not reach the segmenter's lexicon and model, or
// any other folder's data, through its imports.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm)) {
      if (/^import\s+type\s/.test(m[0]) || /^export\s+type\s/.test(m[0])) continue;
      stack.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen].map((f) => relative(src, f).replaceAll('\\', '/')).sort();
}

describe('vntext/tokenize', () => {
  it('imports nothing from the segmenter, normalization or encodings', () => {
    const files = importGraph(resolve(src, 'tokenize/index.ts'));
    expect(files.filter((f) => !/^(tokenize|core|syllable)\//.test(f))).toEqual([]);
    expect(files).toContain('tokenize/scanner.ts');
  });
});
