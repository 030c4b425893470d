// The summarizer's generated modules: the stopword list and the news document-frequency table
// are reproduced by their scripts byte for byte, and hold what they claim to.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedFile } from '../../scripts/shared-data.js';
import { backgroundIdf } from './background.js';
import { DF_DOCUMENTS, PACKED_DF } from './document-frequency.generated.js';
import { PACKED_STOPWORDS } from './stopwords.generated.js';
import { isStopword } from './stopwords.js';

const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
const check = (script: string): string =>
  execFileSync(tsx, [`scripts/${script}`, '--check'], { cwd: repoRoot, encoding: 'utf8', stdio: 'pipe' });

describe('stopwords', () => {
  const words = PACKED_STOPWORDS.split('|');

  it('are NFC, lower-case, sorted, distinct, in the classic tone style', () => {
    for (const w of words) {
      expect(w).toBe(w.normalize('NFC'));
      expect(w).toBe(w.toLowerCase());
    }
    expect([...words].sort()).toEqual(words);
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain('tòa');
    expect(words).not.toContain('toà');
  });

  it.each(['của', 'những', 'tuy nhiên', 'bởi vì', 'được'])('%s is a stopword', (w) => expect(isStopword(w)).toBe(true));
  it.each(['cao', 'nhà', 'bộ', 'tấn', 'hợp tác xã', 'kinh tế'])('%s carries content in news, so it is not', (w) =>
    expect(isStopword(w)).toBe(false),
  );

  it('scripts/generate-stopwords.ts reproduces the committed list', () => {
    expect(check('generate-stopwords.ts')).toMatch(/up to date/);
  });
});

describe('news document frequencies', () => {
  it('rank generic news words below topical ones', () => {
    expect(DF_DOCUMENTS).toBeGreaterThan(100);
    expect(PACKED_DF.split('\n').every((l) => /^\d+:[^|]+(\|[^|]+)*$/u.test(l))).toBe(true);
    expect(backgroundIdf('thực hiện')).toBeLessThan(backgroundIdf('hợp tác xã'));
    expect(backgroundIdf('hiện nay')).toBeLessThan(backgroundIdf('giác mạc'));
  });

  it.skipIf(sharedFile('segmentation/rdr-train-gold.seg.txt') === null)(
    'scripts/generate-document-frequency.ts reproduces the committed table',
    () => {
      expect(check('generate-document-frequency.ts')).toMatch(/up to date/);
    },
  );
});
