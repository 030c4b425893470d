// Any input in linear time: the rules look a bounded number of tokens ahead of every token
// and resume after what they matched, so pathological runs cost what ordinary text costs.
// No timings here (those are benchmarks); a quadratic rule would blow the test timeout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityAlignment } from '../../../core/alignment.js';
import { createContext } from '../../context.js';
import { extractEntities } from '../../extract.js';
import { namedCandidates } from './resolve.js';

const named = (text: string) => namedCandidates(createContext(text, identityAlignment(text.length), null));
const MB = 1 << 20;
const repeat = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length));

describe('named packs on pathological input', () => {
  it.each([
    ['HTX HTX HTX …', 'HTX ', 0],
    ['a run of capitalized syllables', 'Nguyễn Văn ', -1],
    ['a run of heads', 'Công ty Sở Hội ', -1],
    ['unit words with no names', 'tỉnh huyện xã ', 0],
    ['unit words before capitals', 'tỉnh Lạng Sơn Lạng Sơn ', -1],
    ['capitals and dots', 'A. B. C. ', -1],
    ['dashes between capitals', 'Bà Rịa - ', -1],
  ])('reads 1 MB of %s', (_name, unit, expected) => {
    const text = repeat(unit);
    const out = named(text);
    if (expected === 0) expect(out).toHaveLength(0);
    for (const c of out.slice(0, 1000)) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.end).toBeGreaterThan(c.start);
    }
  }, 120_000);

  it('never throws and returns spans that slice to their text', () => {
    const pieces = fc.constantFrom('HTX ', 'Hợp tác xã ', 'UBND ', 'tỉnh ', 'Lạng Sơn', 'Nguyễn Văn An', 'ông ', ', ', '(', ')', ' và ', 'xã ', 'Tân Lập ', '\n', '- ', 'các ', '12 ', 'TP. ', '\ud800');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        for (const e of extractEntities(input)) {
          expect(input.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeLessThan(e.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
