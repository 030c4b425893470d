// The built command line (dist/cli.js), spawned as users run it. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, sharedFile } from '../../scripts/shared-data.js';
import { encode } from '../encoding/index.js';
import { segment, segmentJoined } from '../segment/index.js';
import { WordScore, goldText, parseSegFile } from '../segment/seg-format.js';

const CLI = resolve(repoRoot, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'vntext-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function vntext(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const LINES = [
  'Hợp tác xã nông nghiệp Tân Phú có 2.270 thành viên.',
  'Sáng 23/10/2023, UBND tỉnh Lạng Sơn tổ chức hội nghị.',
  '',
  'Thanh Hoá nằm ở miền Trung. Bà con đi họp từ sớm!',
  'The quick brown fox',
  '   ',
];

describe('vntext: usage and exit codes', () => {
  it('prints the usage with --help and exits 0', () => {
    const r = vntext(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: vntext <command>/);
    for (const c of ['normalize', 'repair', 'tokenize', 'segment', 'sentences', 'entities', 'summarize', 'detect', 'analyze']) {
      expect(r.stdout).toContain(`  ${c} `);
    }
  });

  it.each([
    [['bogus'], /unknown command "bogus"/],
    [['segment', '--bogus'], /--bogus/],
    [[], /missing command/],
    [['segment', '--format', 'xml'], /--format/],
    [['segment', '--jobs', 'two'], /--jobs/],
    [['segment', '--encoding', 'koi8'], /--encoding/],
    [['segment', '--format', 'html'], /html is for the analyze/],
  ])('exits 2 with the usage for %j', (args, message) => {
    const r = vntext(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage: vntext');
    expect(r.stdout).toBe('');
  });

  it('exits 1 naming a missing file', () => {
    const r = vntext(['segment', join(dir, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.txt');
  });
});

describe('vntext: one output line per input line', () => {
  const input = LINES.join('\n') + '\n';

  it('segments like the library, from stdin and from files, with 1 or 3 jobs and tiny batches', () => {
    const expected = LINES.map((l) => segmentJoined(l)).join('\n') + '\n';
    expect(vntext(['segment'], input).stdout).toBe(expected);
    const path = file('lines.txt', input.repeat(20));
    for (const jobs of ['1', '3']) {
      const r = vntext(['segment', '--jobs', jobs, '--batch-bytes', '60', path]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected.repeat(20));
    }
  });

  it('reads several files in turn and "-" as stdin', () => {
    const a = file('a.txt', 'Thanh Hoá\n');
    const r = vntext(['normalize', a, '-', a], 'Ngừơi dân');
    expect(r.stdout).toBe('Thanh Hóa\nNgười dân\nThanh Hóa\n');
  });

  it.each(['normalize', 'repair', 'tokenize', 'sentences', 'entities', 'summarize', 'detect', 'analyze'])('%s keeps the lines aligned in both formats', (command) => {
    for (const format of ['text', 'jsonl']) {
      const r = vntext([command, '--format', format], input);
      expect(r.code).toBe(0);
      const out = r.stdout.split('\n');
      expect(out.pop()).toBe('');
      expect(out).toHaveLength(LINES.length);
      if (format === 'jsonl') for (const line of out) expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it('writes JSONL with offsets into each input line', () => {
    const r = vntext(['segment', '-f', 'jsonl'], input);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { words: { text: string; start: number; end: number }[] });
    docs.forEach((doc, i) => {
      expect(doc.words).toEqual(segment(LINES[i]!));
      for (const w of doc.words) expect(LINES[i]!.slice(w.start, w.end)).toBe(w.text);
    });
  });

  it('reads a JSONL field and keeps the rest of each object', () => {
    const jsonl = [{ id: 1, text: 'Thanh Hoá' }, { id: 2, body: 'x' }, { id: 3, text: 'Hợp tác xã' }].map((o) => JSON.stringify(o)).join('\n');
    const r = vntext(['segment', '--field', 'text', '-f', 'jsonl'], jsonl + '\n{broken\n');
    const out = r.stdout.split('\n');
    expect(out).toHaveLength(5);
    expect(JSON.parse(out[0]!)).toMatchObject({ id: 1, text: 'Thanh Hoá', segment: { words: [{ text: 'Thanh Hoá' }] } });
    expect(out[1]).toBe('');
    expect(JSON.parse(out[2]!).segment.words[0].text).toBe('Hợp tác xã');
    expect(out[3]).toBe('');
    expect(r.stderr).toContain('<stdin>:2: no string field "text"');
    expect(r.stderr).toContain('<stdin>:4: not valid JSON');
    expect(vntext(['segment', '--field', 'text'], jsonl).stdout).toBe('Thanh_Hoá\n\nHợp_tác_xã\n');
  });

  it('drops CR of CRLF line ends', () => {
    expect(vntext(['segment'], 'Hợp tác xã\r\nTân Phú\r\n').stdout).toBe('Hợp_tác_xã\nTân_Phú\n');
  });
});

describe('vntext: bad input', () => {
  const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
  const bad = Uint8Array.from([
    ...utf8('Hợp tác xã\n'),
    ...[0x6d, 0xff, 0xfe, 0x20, 0x68, 0x61, 0x69, 0x0a], // invalid UTF-8
    ...utf8('ba\0bốn\n'), // NUL
    ...utf8('\n'),
    ...utf8('năm'), // no final line break
  ]);

  it('goes on, keeps lines aligned, marks bad lines with U+FFFD and says which and why', () => {
    for (const jobs of ['1', '2']) {
      const r = vntext(['segment', '--jobs', jobs], bad);
      expect(r.code).toBe(0);
      const lenient = ['m\uFFFD\uFFFD hai', 'ba\uFFFDbốn'].map((l) => segmentJoined(l));
      expect(r.stdout.split('\n')).toEqual(['Hợp_tác_xã', ...lenient, '', 'năm', '']);
      expect(lenient.join('')).toContain('\uFFFD');
      expect(r.stderr).toContain('<stdin>:2: invalid UTF-8');
      expect(r.stderr).toContain('<stdin>:3: NUL');
    }
  });

  it('exits non-zero at the first bad line with --strict', () => {
    const r = vntext(['segment', '--strict'], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:2: invalid UTF-8');
  });

  it('writes nothing for empty input', () => {
    const r = vntext(['segment']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('skips a 10 MB line as an empty output line, streaming past it', () => {
    const path = file('long.txt', `Hợp tác xã\n${'x'.repeat(10 << 20)}\nTân Phú\n`);
    const r = vntext(['segment', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Hợp_tác_xã\n\nTân_Phú\n');
    expect(r.stderr).toMatch(/long\.txt:2: line longer than 4\.0 MiB \(10\.0 MiB\), skipped/);
    const small = vntext(['segment', '--max-line-bytes', '5'], 'ab\nabcdef\nabc');
    expect(small.stdout).toBe('ab\n\nabc\n');
  });
});

describe('vntext: legacy encodings', () => {
  const text = 'Nguyễn Văn An ở Thanh Hóa.';
  it.each([
    ['vni', 'vni'],
    ['tcvn3', 'tcvn3'],
    ['viscii', 'viscii'],
    ['vps', 'vps'],
    ['cp1258', 'windows-1258'],
  ] as const)('reads %s bytes with --encoding, and with auto', (name, encoding) => {
    const bytes = Uint8Array.from([...encode(text, encoding), 0x0a]);
    expect(vntext(['normalize', '--encoding', name], bytes).stdout).toBe(`${text}\n`);
    if (name === 'vni' || name === 'tcvn3') expect(vntext(['normalize', '-e', 'auto'], bytes).stdout).toBe(`${text}\n`);
  });
});

describe('vntext: progress and html', () => {
  it('shows progress on stderr only', () => {
    const r = vntext(['segment', '--progress'], 'Hợp tác xã\n');
    expect(r.stdout).toBe('Hợp_tác_xã\n');
    expect(r.stderr).toMatch(/1 lines\s+0\.0 MB\s+[\d.]+ MB\/s/);
  });

  it('writes one page for analyze --format html', () => {
    const r = vntext(['analyze', '--format', 'html'], 'Hội nghị diễn ra treân địa bàn tỉnh Lạng Sơn.\nThanh Hoá có 478 HTX.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('data-original="treân">trên</span>');
    expect(r.stdout).toContain('<mark class="summary">');
  });
});

describe('vntext in GNU parallel', () => {
  const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!hasParallel) console.warn('[skipped] GNU parallel is not installed (apt-get install -y parallel)');
  it.skipIf(!hasParallel)('parallel --pipe --keep-order gives the same lines as one process', () => {
    const input = (LINES.join('\n') + '\n').repeat(50);
    const path = file('parallel-in.txt', input);
    const direct = vntext(['segment', path]).stdout;
    const r = spawnSync(
      'bash',
      ['-c', `parallel --will-cite --pipe --keep-order -N 120 node ${JSON.stringify(CLI)} segment --jobs 1 < ${JSON.stringify(path)}`],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(direct);
    expect(r.stdout.split('\n')).toHaveLength(input.split('\n').length);
  });
});

describe('vntext segment on the treebank dev set', () => {
  const devFile = sharedFile('vtb/dev.seg.txt');
  it.skipIf(devFile === null || !existsSync(CLI))('gives the library words and an F1 of at least 97', () => {
    const gold = parseSegFile(readFileSync(devFile!, 'utf8')).map(goldText);
    const r = vntext(['segment', '--jobs', '2'], gold.map((g) => g.text).join('\n') + '\n');
    const out = r.stdout.split('\n');
    expect(out).toHaveLength(gold.length + 1);
    const score = new WordScore();
    gold.forEach((g, i) => {
      expect(out[i]).toBe(segmentJoined(g.text));
      // Back from `a_b c` to spans of the plain sentence.
      const spans: number[] = [];
      let at = 0;
      for (const w of out[i]!.split(' ')) {
        if (w === '') continue;
        while (g.text[at] === ' ') at++;
        const plain = g.text.startsWith(w.replaceAll('_', ' '), at) ? w.replaceAll('_', ' ') : w;
        const start = g.text.indexOf(plain, at);
        spans.push(start, start + plain.length);
        at = start + plain.length;
      }
      score.addSpans(g.spans, Uint32Array.from(spans));
    });
    console.log(`vntext segment on vtb/dev.seg.txt: ${score}`);
    expect(score.f1).toBeGreaterThanOrEqual(97);
  });
});
