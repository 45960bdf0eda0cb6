import { designRandom } from './designs/designRandom.js';
import { quantileSorted } from './cellStats.js';

/** Morris measures of one factor, in output units per full range of the factor. */
export interface MorrisIndex {
  mu: number;
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
  sigma: number;
}

/**
 * Morris measures from elementary effects (Morris 1991; mu* of Campolongo et al. 2007): `effects[i][t]`
 * is factor i's effect in trajectory t, (y after - y before) / step in [0, 1] units. mu = mean, mu* = mean
 * absolute value, sigma = sample sd; mu* interval: percentile bootstrap over trajectories (seeded).
 */
export function morrisIndices(effects: readonly Float64Array[], bootstrap: number, seed: number, confidence = 0.95): MorrisIndex[] {
  const rng = designRandom(seed, 'bootstrap');
  const lo = (1 - confidence) / 2;
  return effects.map((ee) => {
    const r = ee.length;
    let sum = 0, abs = 0;
    for (let t = 0; t < r; t++) { sum += ee[t]; abs += Math.abs(ee[t]); }
    const mu = sum / r;
    let ss = 0;
    for (let t = 0; t < r; t++) ss += (ee[t] - mu) ** 2;
    const boot = new Float64Array(bootstrap);
    for (let b = 0; b < bootstrap; b++) {
      let s = 0;
      for (let t = 0; t < r; t++) s += Math.abs(ee[Math.floor(rng() * r)]);
      boot[b] = s / r;
    }
    boot.sort();
    return { mu, muStar: abs / r, muStarLow: quantileSorted(boot, lo), muStarHigh: quantileSorted(boot, 1 - lo), sigma: r > 1 ? Math.sqrt(ss / (r - 1)) : NaN };
  });
}
