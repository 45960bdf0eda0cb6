import { factorValue } from '../factorValue.js';
import type { Factor } from '../sweep.js';
import type { DesignPoints } from './designPoints.js';
import { designRandom } from './designRandom.js';

/**
 * Latin hypercube sample (McKay, Beckman & Conover 1979): each factor's range is cut into `n` equal
 * strata and every stratum is used exactly once, at a random position within it.
 */
export function latinHypercube(factors: readonly Factor[], n: number, seed: number): DesignPoints {
  const rng = designRandom(seed, 'lhs');
  const values = Array.from({ length: n }, () => new Array<number>(factors.length));
  factors.forEach((f, k) => {
    const strata = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    for (let i = 0; i < n; i++) values[i][k] = factorValue(f, (strata[i] + rng()) / n);
  });
  return { values, roles: values.map(() => '') };
}
