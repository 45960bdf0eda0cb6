/**
 * Counter-based random numbers: every draw is a pure function of (stream key, agent id, draw index),
 * so results do not depend on row order or on how agents are split across threads (STYLE.md habit 5).
 *
 * The mixer is Chris Wellons' "lowbias32" integer hash (bias 0.17, hash-prospector, 2020).
 */

/** Mixes a 32-bit integer into a well-distributed 32-bit unsigned integer. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const GOLDEN = 0x9e3779b9;
const TWO_POW_32 = 4294967296;

/** Key of one random stream: a run seed, a simulated year and a stage number. */
export function streamKey(seed: number, year: number, stage: number): number {
  return mix32(mix32(mix32(seed ^ GOLDEN) + year) ^ Math.imul(stage + 1, GOLDEN));
}

/** Uniform number in [0, 1) for draw `draw` of agent `id` in the stream `key`. */
export function uniform(key: number, id: number, draw: number): number {
  return bits(agentHash(key, id), draw) / TWO_POW_32;
}

/**
 * The same draws in integer form for hot loops: `bits(agentHash(key, id), draw) / 2^32` equals
 * `uniform(key, id, draw)`, so `bits(...) < threshold(p)` decides exactly as `uniform(...) < p`.
 */
export function agentHash(key: number, id: number): number {
  return mix32(key ^ id);
}

export function bits(hash: number, draw: number): number {
  // Draw 0 is the agent hash itself: one mix instead of two for the most common single draw.
  return draw === 0 ? hash : mix32(hash + Math.imul(draw, GOLDEN));
}

/** Integer threshold of a probability for comparisons with `bits` (p >= 1 always passes). */
export function threshold(p: number): number {
  return p >= 1 ? TWO_POW_32 : p <= 0 ? 0 : p * TWO_POW_32;
}

/** Stage numbers: one stream per stage, fixed forever so that seeds keep their meaning. */
export const STREAM = {
  synthesis: 1,
  demography: 2,
  migration: 3,
  integration: 4,
  inSitu: 5,
  entries: 6,
} as const;
