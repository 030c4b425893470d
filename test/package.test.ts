// What an npm user gets: `npm pack`, installed into an empty project from the tarball (no
// registry: the package has no runtime dependency, and should one be added, npm's cache from
// `npm ci` serves it), then used by ESM `import`, CommonJS `require`, and type-checked by a
// strict TypeScript consumer under `moduleResolution: nodenext` and `bundler` with
// `skipLibCheck: false`, so the shipped declarations themselves are checked. `npm test`
// builds first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = resolve(repoRoot, 'node_modules/typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
};
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json')
  .map((k) => (k === '.' ? 'vntext' : `vntext/${k.slice(2)}`));

let work = '';
let consumer = '';
let files: string[] = [];

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vntext-pack-'));
  // --ignore-scripts: `prepare`-style hooks would rebuild; the suite already built dist/.
  const packed = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repoRoot)) as {
    filename: string;
    files: { path: string }[];
  }[];
  files = packed[0]!.files.map((f) => f.path).sort();
  const tarball = join(work, packed[0]!.filename);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball];
  try {
    run(npm, [...install, '--offline'], consumer);
  } catch {
    // A runtime dependency missing from the local cache: let npm fetch what it must.
    run(npm, [...install, '--prefer-offline'], consumer);
  }
}, 120_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the npm tarball', () => {
  it('holds dist, README, CHANGELOG, LICENSE, NOTICE and package.json, and nothing else', () => {
    const top = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'NOTICE'];
    const outside = files.filter((f) => !f.startsWith('dist/') && !top.includes(f));
    expect(outside).toEqual([]);
    // The README links to the CHANGELOG: it ships beside it.
    for (const f of [...top, 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
      expect(files).toContain(f);
    }
    // No tests, sources, maps or generated sources leak into dist.
    expect(files.filter((f) => /\.(test\.|map$|ts$)/.test(f) && !/\.d\.c?ts$/.test(f))).toEqual([]);
  });

  it('ships every file its exports map names', () => {
    const named = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [];
    expect(named.length).toBeGreaterThan(0);
    for (const f of named) expect(files).toContain(f.slice(2));
  });

  it('declares no runtime dependency without a reason in the README', () => {
    const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
    for (const dep of Object.keys(pkg.dependencies ?? {})) expect(readme).toContain(dep);
  });
});

describe('the installed package in an empty project', () => {
  const script = (load: string) => `
    ${load}
    console.log(JSON.stringify({
      normalize: v.normalize('Ngừơi dân Thanh Hoá'),
      repair: v.repair('Hội nghị diễn ra treân địa bàn.').text,
      words: v.segmentJoined('Hợp tác xã nông nghiệp'),
      kinds: v.tokenize('HTX có 2.270 thành viên').map((t) => t.kind),
    }));`;
  const expected = {
    normalize: 'Người dân Thanh Hóa',
    repair: 'Hội nghị diễn ra trên địa bàn.',
    words: expect.stringContaining('Hợp_tác_xã'),
    kinds: ['abbreviation', 'word', 'number', 'word', 'word'],
  };

  it('works through ESM import', () => {
    const out = run(process.execPath, ['--input-type=module', '-e', script("import * as v from 'vntext';")], consumer);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('works through CommonJS require', () => {
    const out = run(process.execPath, ['--input-type=commonjs', '-e', script("const v = require('vntext');")], consumer);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it.each(subpaths)('resolves %s both ways to the same exports', (spec) => {
    const esm = run(process.execPath, ['--input-type=module', '-e', `import * as m from '${spec}'; console.log(Object.keys(m).sort().join())`], consumer).trim();
    const cjs = run(process.execPath, ['--input-type=commonjs', '-e', `console.log(Object.keys(require('${spec}')).sort().join())`], consumer).trim();
    expect(esm.length).toBeGreaterThan(0);
    expect(cjs).toBe(esm);
  });

  // A strict consumer that uses the public types the way an application would. A type error
  // in the shipped declarations, a missing `types` condition or a subpath without types fails.
  const consumerTs = `
import { prepare, tokenize, segment, normalize, repair, extractEntities, summarize, VntextOptionError } from 'vntext';
import type { Token, Word, Entity, Summary, PrepareResult, AlignedText, Span } from 'vntext';
import { normalizeAligned } from 'vntext/normalize';
import { scanTokens, sentences, TokenKind } from 'vntext/tokenize';
import { createSegmenter } from 'vntext/segment';
import { decode, encode, ENCODINGS } from 'vntext/encoding';
import { parseSyllable, composeSyllable } from 'vntext/syllable';
import { extractEntities as extract2 } from 'vntext/entities';
import { summarize as summarize2 } from 'vntext/summarize';

const clean: PrepareResult = prepare('Hội nghị treân địa bàn');
const aligned: AlignedText = clean;
const tokens: Token[] = tokenize(aligned);
const words: Word[] = segment('Hợp tác xã');
const spans: Span[] = [...tokens, ...words];
const entities: Entity[] = extractEntities('ngày 23/10/2023');
const more: Entity[] = extract2('ngày 23/10/2023', { types: ['date'] });
const summary: Summary = summarize('Một câu. Hai câu.', { sentences: 1 });
const again: Summary = summarize2(['Một câu.', 'Hai câu.']);
const text: string = normalize(repair('Vie^.t').text) + normalizeAligned('x').text;
const table = scanTokens('a b');
const firstKind: number = table.kind[0] ?? TokenKind.Word;
const n: number = sentences('A. B.').length + createSegmenter({ dictionary: ['hợp tác'] }).countWords('hợp tác');
const bytes: Uint8Array = encode('Việt', 'vni');
const back: string = decode(bytes, 'vni') + ENCODINGS.length;
const syl = parseSyllable('người');
const composed: string | null = syl === null ? null : composeSyllable(syl);
const err: Error = new VntextOptionError('f', 'o', 'x', 1);
export const all = [spans, entities, more, summary, again, text, firstKind, n, back, composed, err];
`;

  it.each([
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ])('type-checks in a strict consumer with moduleResolution %s', (name, options) => {
    const dir = join(consumer, `ts-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.ts'), consumerTs);
    // The CommonJS flavour of the declarations, through require, under nodenext.
    if (name === 'nodenext') writeFileSync(join(dir, 'require.cts'), "import v = require('vntext');\nimport s = require('vntext/segment');\nexport const w: string = v.segmentJoined('Hợp tác xã') + s.countWords('a');\n");
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'ES2022',
          lib: ['ES2022'],
          types: [],
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
        },
        include: ['*.ts', '*.cts'],
      }),
    );
    let out = '';
    try {
      out = run(process.execPath, [tsc, '-p', dir], dir);
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toBe('');
  }, 60_000);
});
