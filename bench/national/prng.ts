/**
 * Deterministic randomness for the national dataset. Every draw is a hash of the seed and the coordinates of
 * what it decides (an institution's index, an element, a year), not the next number of one global stream: the
 * same seed then gives the same country whatever the batch sizes, the engine or the order of the writes.
 */

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

/** MurmurHash3's 32-bit body and finaliser over a list of 32-bit integers. */
export function hash32(...keys: number[]): number {
  let h = 0x9747b28c;
  for (const key of keys) {
    let k = Math.imul(key | 0, 0xcc9e2d51);
    k = rotl(k, 15);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = rotl(h, 13);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= keys.length * 4;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a string: turns a unit code or an element code into a hash key. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A uniform number in [0, 1) fixed by the keys. */
export function uniform(...keys: number[]): number {
  return hash32(...keys) / 4294967296;
}

/** A standard normal number fixed by the keys (Box–Muller over two hashed uniforms). */
export function normal(...keys: number[]): number {
  const u1 = (hash32(...keys, 1) + 1) / 4294967297;
  const u2 = hash32(...keys, 2) / 4294967296;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** An integer whose mean is `expected`: the whole part, plus one with the probability of the fraction. */
export function roundStochastic(expected: number, u: number): number {
  const whole = Math.floor(expected);
  return whole + (u < expected - whole ? 1 : 0);
}
