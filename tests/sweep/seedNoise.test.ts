/**
 * Seed noise in sensitivity designs: estimated from replicates, and flagged where an index does not rise
 * above it (regression: a factor without effect got ST = 0.22 with an empty warning, from seed noise alone).
 */
import { describe, expect, it } from 'vitest';
import { designRandom } from '../../src/sweep/designs/designRandom.js';
import { morrisDesign } from '../../src/sweep/designs/morrisDesign.js';
import { saltelliDesign } from '../../src/sweep/designs/saltelliDesign.js';
import { morrisIndices } from '../../src/sweep/morrisIndices.js';
import { morrisNoiseSd, noiseShare, seedNoiseVariance } from '../../src/sweep/seedNoise.js';
import { morrisWarnings, sobolWarnings } from '../../src/sweep/sensitivityWarnings.js';
import { sobolIndices, type SobolIndex } from '../../src/sweep/sobolIndices.js';
import type { Factor } from '../../src/sweep/sweep.js';

const range = (key: string, min: number, max: number): Factor => ({ key, kind: 'param', identity: key, min, max, log: false });
const factors = [range('strong', 0, 1), range('dummy', 0, 1)];
/** y = 4 strong: Var = 16 / 12; `dummy` has no effect at all. */
const g = ([a]: number[]) => 4 * a;
const SIGMA = 0.8;

/** Each point run `r` times with independent normal noise (Box-Muller), as runs with their own seeds: point means and squared deviations. */
function replicated(values: number[][], r: number, seed: number) {
  const rng = designRandom(seed, 'test-noise');
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const means = new Float64Array(values.length), m2 = new Float64Array(values.length), counts = new Float64Array(values.length).fill(r);
  values.forEach((x, p) => {
    const y = Array.from({ length: r }, () => g(x) + SIGMA * normal());
    means[p] = y.reduce((s, v) => s + v, 0) / r;
    m2[p] = y.reduce((s, v) => s + (v - means[p]) ** 2, 0);
  });
  return { means, m2, counts };
}

function sobol(r: number) {
  const n = 1024, k = 2;
  const { values } = saltelliDesign(factors, n, 1);
  const { means, m2, counts } = replicated(values, r, 2);
  const col = (m: number) => Float64Array.from({ length: n }, (_, j) => means[j * (k + 2) + m]);
  const idx = sobolIndices(col(0), col(k + 1), [col(1), col(2)], 200, 1);
  return { idx, share: noiseShare(seedNoiseVariance(m2, counts), col(0), col(k + 1)) };
}

describe('seedNoiseVariance', () => {
  it('pools the within-point variance and scales it to a mean of n_p replicates', () => {
    // points (1, 3) and (2, 4, 6): squared deviations 2 and 8 over 1 + 2 degrees of freedom; mean of 1/n = (1/2 + 1/3) / 2
    expect(seedNoiseVariance(Float64Array.of(2, 8), Float64Array.of(2, 3))).toBeCloseTo((10 / 3) * (5 / 12), 12);
  });

  it('is NaN with one replicate per point: noise and effects cannot be told apart', () => {
    expect(seedNoiseVariance(new Float64Array(4), new Float64Array(4).fill(1))).toBeNaN();
  });
});

describe('seed noise in Sobol\' indices', () => {
  // Noise of a mean of 2 replicates: 0.64 / 2 = 0.32, of V = 16 / 12 + 0.32.
  const known = 0.32 / (16 / 12 + 0.32);

  it('estimates the noise share of the output variance from 2 replicates', () => {
    expect(sobol(2).share).toBeCloseTo(known, 1.5);
  });

  it('adds the noise share to the total index of a factor without effect (Jansen\'s estimator)', () => {
    const { idx, share } = sobol(2);
    expect(idx[1].st).toBeGreaterThan(0.1);
    expect(idx[1].st).toBeCloseTo(share, 1.5);
  });

  it('flags the factor without effect as within the seed noise, and not the strong factor', () => {
    const { idx, share } = sobol(2);
    expect(sobolWarnings(idx[1], share, 2).join('; ')).toMatch(/^ST within the seed-noise share 0\.[12]\d\d: not distinguishable from random noise/);
    expect(sobolWarnings(idx[0], share, 2).join('; ')).not.toMatch(/noise/);
  });

  it('warns on every factor that seed noise counts as effect when replicates: 1', () => {
    const { idx, share } = sobol(1);
    expect(share).toBeNaN();
    for (const x of idx) expect(sobolWarnings(x, share, 1)).toContain('replicates: 1: seed noise is counted as factor effect; use replicates: 2 or more');
  });

  it('warns when S1 exceeds ST beyond their intervals (an estimator failure), and keeps the older warnings', () => {
    const x: SobolIndex = { s1: 1.15, s1Low: 0.95, s1High: 1.3, st: 0.79, stLow: 0.7, stHigh: 0.9 };
    expect(sobolWarnings(x, 0.01, 2)).toEqual([
      'wide interval (over 0.1): increase samples or replicates',
      'S1 above ST beyond their intervals: the estimates are unreliable; increase samples or replicates',
    ]);
    expect(sobolWarnings({ ...x, s1Low: 0.85 }, 0.01, 2)).toEqual(['wide interval (over 0.1): increase samples or replicates']);
  });
});

describe('seed noise in Morris measures', () => {
  it('flags a factor without effect, whose mu* comes from noise alone, and not the strong factor', () => {
    const r = 64, k = 2;
    const { values, steps } = morrisDesign(factors, r, 4, 1);
    const { means, m2, counts } = replicated(values, 2, 3);
    const effects = factors.map(() => new Float64Array(r));
    for (let p = 0; p < values.length; p++) if (steps![p].factor >= 0) effects[steps![p].factor][Math.floor(p / (k + 1))] = (means[p] - means[p - 1]) / steps![p].delta;
    const sd = morrisNoiseSd(seedNoiseVariance(m2, counts), steps![1].delta);
    // two means of 2 replicates, over a step of 2/3: sqrt(2 x 0.32) / (2/3) = 1.2
    expect(sd).toBeCloseTo(1.2, 0.5);
    const [strong, dummy] = morrisIndices(effects, 200, 1);
    expect(dummy.muStar).toBeCloseTo(Math.sqrt(2 / Math.PI) * 1.2, 0.5);
    expect(morrisWarnings(dummy, sd, 2).join('; ')).toMatch(/^mu\* within the seed-noise sd 1\.\d+ of an elementary effect: not distinguishable/);
    expect(morrisWarnings(strong, sd, 2).join('; ')).not.toMatch(/noise/);
    expect(morrisWarnings(strong, NaN, 1)).toEqual(['replicates: 1: seed noise is counted as factor effect; use replicates: 2 or more']);
  });
});
