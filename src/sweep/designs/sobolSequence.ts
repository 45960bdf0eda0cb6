import { SOBOL_DIRECTIONS } from './sobolDirections.js';

const BITS = 32;
const TWO_POW_32 = 4294967296;

/** Largest dimension the built-in direction numbers support. */
export const SOBOL_MAX_DIMENSIONS = SOBOL_DIRECTIONS.length + 1;

/**
 * The first `n` points of the `dims`-dimensional Sobol' sequence (Gray-code order, Antonov & Saleev 1979),
 * row-major in a Float64Array of n x dims. `shift` (one 32-bit integer per dimension, or none) applies a
 * random digital shift (XOR), which keeps the net's stratification and moves the first point off the
 * corner 0 (Owen 2003, "Quasi-Monte Carlo sampling"). Unshifted, it equals scipy.stats.qmc.Sobol(scramble=False).
 */
export function sobolSequence(n: number, dims: number, shift?: readonly number[]): Float64Array {
  if (dims > SOBOL_MAX_DIMENSIONS) throw new RangeError(`Sobol' sequence: ${dims} dimensions (at most ${SOBOL_MAX_DIMENSIONS})`);
  const directions = Array.from({ length: dims }, (_, d) => directionNumbers(d));
  const out = new Float64Array(n * dims);
  const x = new Uint32Array(dims);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const c = lowestZeroBit(i - 1);
      for (let d = 0; d < dims; d++) x[d] ^= directions[d][c];
    }
    for (let d = 0; d < dims; d++) out[i * dims + d] = ((x[d] ^ (shift ? shift[d] : 0)) >>> 0) / TWO_POW_32;
  }
  return out;
}

/** Direction numbers V_1..V_32 of dimension `d` (0-based), scaled to 32 bits, 0-based array. */
function directionNumbers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [s, a, m] = SOBOL_DIRECTIONS[d - 1];
  for (let k = 0; k < Math.min(s, BITS); k++) v[k] = m[k] * 2 ** (BITS - 1 - k);
  for (let k = s; k < BITS; k++) {
    let value = v[k - s] ^ (v[k - s] >>> s);
    for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) value ^= v[k - j];
    v[k] = value >>> 0;
  }
  return v;
}

/** 0-based position of the lowest zero bit of i. */
function lowestZeroBit(i: number): number {
  let c = 0;
  while (i & 1) { i >>>= 1; c++; }
  return c;
}
