// Runs against the built package the way users import it: by name, as ESM and as CommonJS,
// through every subpath export. `npm test` builds first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-data.js';

const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } } | string>;
};
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
}

const SCRIPT = `
  const out = {};
  out.normalize = v.normalize('Ngừơi dân Thanh Hoá');
  out.repair = v.repair('Hội nghị diễn ra treân địa bàn.').text;
  out.tokens = v.tokenize('HTX có 2.270 thành viên').map((t) => t.kind);
  out.words = v.segmentJoined('Hợp tác xã nông nghiệp');
  out.syllable = v.isVietnameseSyllable('người');
  console.log(JSON.stringify(out));
`;

describe('the built package', () => {
  it('has every file the exports map names, for ESM, CommonJS and types', () => {
    for (const key of subpaths) {
      const entry = pkg.exports[key];
      if (typeof entry === 'string') continue;
      for (const file of [entry!.import.default, entry!.import.types, entry!.require.default, entry!.require.types]) {
        expect(existsSync(resolve(repoRoot, file)), `${key}: ${file}`).toBe(true);
      }
    }
  });

  it.each([
    ['ESM', ['--input-type=module', '-e', `import * as v from 'vntext'; ${SCRIPT}`]],
    ['CommonJS', ['-e', `const v = require('vntext'); ${SCRIPT}`]],
  ])('is imported by name as %s and runs the pipeline', (_name, args) => {
    const out = JSON.parse(node(args));
    expect(out).toEqual({
      normalize: 'Người dân Thanh Hóa',
      repair: 'Hội nghị diễn ra trên địa bàn.',
      tokens: ['abbreviation', 'word', 'number', 'word', 'word'],
      words: expect.stringContaining('Hợp_tác_xã'),
      syllable: true,
    });
  });

  it.each(subpaths)('loads the subpath %s both ways', (key) => {
    const spec = key === '.' ? 'vntext' : `vntext/${key.slice(2)}`;
    const esm = node(['--input-type=module', '-e', `import * as m from '${spec}'; console.log(Object.keys(m).length)`]);
    const cjs = node(['-e', `console.log(Object.keys(require('${spec}')).length)`]);
    expect(Number(esm)).toBeGreaterThan(0);
    expect(Number(cjs)).toBe(Number(esm));
  });
});
