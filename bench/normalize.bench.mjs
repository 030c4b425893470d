// normalize() throughput on clean prose and on prose that needs every kind of fix, against
// String.prototype.normalize('NFC') on the same text in the same run.
//   npm run build && node bench/normalize.bench.mjs [--mb 5]
import { normalize, normalizeAligned } from '../dist/normalize.js';
import { buildProse, prng, targetMegabytes, utf8Bytes } from './harness.mjs';

const clean = normalize(buildProse(targetMegabytes() * 1e6));

/** Damages clean prose with every kind of fix normalize makes: NFD words, modern tone style, misplaced marks, Ð/ð, zero-width and no-break spaces. */
function damage(text) {
  const rand = prng(7);
  return text.replace(/\p{L}+/gu, (w) => {
    const r = rand();
    if (r < 0.05) return w.normalize('NFD');
    if (r < 0.08) return w.replace('Đ', '\u00d0').replace('đ', '\u00f0');
    if (r < 0.1 && w.length > 2) return w.slice(0, 1) + '\u200b' + w.slice(1);
    return w
      .replace(/òa$/u, 'oà').replace(/úy$/u, 'uý').replace(/ỏe$/u, 'oẻ')
      .replace(/ười/u, r < 0.3 ? 'ừơi' : 'ười').replace(/ủa$/u, r < 0.3 ? 'uả' : 'ủa');
  }).replace(/ Nội/g, '\u00a0Nội');
}
const dirty = damage(clean);
const changes = normalizeAligned(dirty).changes.length;

const { runCases } = await import('./harness.mjs');
runCases(`normalize (${changes.toLocaleString('en')} fixes in the damaged text)`, [
  ['String#normalize("NFC") on clean (baseline)', () => clean.normalize('NFC').length, utf8Bytes(clean)],
  ['normalize, clean prose', () => normalize(clean).length, utf8Bytes(clean)],
  ['normalizeAligned, clean prose', () => normalizeAligned(clean).changes.length, utf8Bytes(clean)],
  ['normalize, damaged prose', () => normalize(dirty).length, utf8Bytes(dirty)],
  ['normalizeAligned, damaged prose', () => normalizeAligned(dirty).changes.length, utf8Bytes(dirty)],
], { itemName: 'chars/changes' });
