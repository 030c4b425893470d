// The one seeded PRNG of the repository (mulberry32), shared by benchmarks, evaluations and
// training, so every run builds the same inputs and the same models.

/**
 * A uniform generator in [0, 1) from a 32-bit seed.
 *
 * @param {number} seed
 * @returns {() => number}
 * @example
 * const random = prng(42);
 * random(); // the same number on every run
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
