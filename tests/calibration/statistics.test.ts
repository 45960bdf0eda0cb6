import { describe, expect, it } from 'vitest';
import { kernelLogDensity, normalKernel, sampleKernel, weightedCovariance } from '../../src/calibration/multivariateNormal.js';
import { makePrior } from '../../src/calibration/prior.js';
import { samplerRandom } from '../../src/calibration/samplerRandom.js';
import { weightedQuantile } from '../../src/calibration/weightedQuantile.js';

describe('weightedQuantile', () => {
  it.each([
    [[1, 2, 3, 4], [1, 1, 1, 1], 0.5, 2],
    [[1, 2, 3, 4], [1, 1, 1, 1], 0.51, 3],
    [[4, 3, 2, 1], [0, 0, 0, 1], 0.5, 1],
    [[1, 2, 3], [1, 0, 3], 0.3, 3],
    [[5], [2], 0.9, 5],
  ])('values %j, weights %j, q %d -> %d', (v, w, q, expected) => {
    expect(weightedQuantile(v, w, q)).toBe(expected);
  });
});

describe('the normal perturbation kernel', () => {
  const cov = Float64Array.of(4, 1.2, 1.2, 1);
  it('samples with the covariance it was given', () => {
    const k = normalKernel(cov, 2);
    const rng = samplerRandom(1, 'test');
    const points = Array.from({ length: 20000 }, () => sampleKernel(k, Float64Array.of(1, -1), rng.normal));
    const c = weightedCovariance(points, new Float64Array(points.length).fill(1), 2);
    expect(c[0]).toBeCloseTo(4, 0);
    expect(c[1]).toBeCloseTo(1.2, 1);
    expect(c[3]).toBeCloseTo(1, 1);
  });

  it('has its log density peak at the centre and falls as the Mahalanobis distance grows', () => {
    const k = normalKernel(cov, 2);
    const mu = Float64Array.of(0, 0);
    expect(kernelLogDensity(k, mu, mu)).toBeCloseTo(0, 15);
    // log density = -x' S^-1 x / 2; for x = (2, 0) that is -4 (S^-1)_00 / 2, with (S^-1)_00 = S_11 / det S.
    const inv00 = 1 / (4 - 1.2 * 1.2);
    expect(kernelLogDensity(k, Float64Array.of(2, 0), mu)).toBeCloseTo(-0.5 * 4 * inv00 * 1, 10);
  });

  it('still factorizes a singular covariance (collapsed particles) by adding jitter', () => {
    const k = normalKernel(Float64Array.of(1, 1, 1, 1), 2);
    expect(k.chol.every(Number.isFinite)).toBe(true);
  });
});

describe('priors', () => {
  it('loguniform priors sample and perturb on the log scale', () => {
    const p = makePrior('rate', { prior: 'loguniform', min: 0.001, max: 0.1 });
    const rng = samplerRandom(2, 'test');
    const xs = Array.from({ length: 4000 }, () => p.toModel(p.sample(rng)));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0.001);
    expect(Math.max(...xs)).toBeLessThanOrEqual(0.1);
    // half the mass below the geometric midpoint 0.01
    expect(xs.filter((x) => x < 0.01).length / xs.length).toBeCloseTo(0.5, 1);
    expect(p.logDensity(Math.log(0.2))).toBe(-Infinity);
  });

  it('normal priors are truncated to their bounds', () => {
    const p = makePrior('b', { prior: 'normal', mean: 1, sd: 1, min: 0.5, max: 3 });
    const rng = samplerRandom(3, 'test');
    const xs = Array.from({ length: 2000 }, () => p.sample(rng));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0.5);
    expect(p.logDensity(1)).toBeGreaterThan(p.logDensity(2));
    expect(p.logDensity(0.4)).toBe(-Infinity);
  });
});
