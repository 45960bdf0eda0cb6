import { describe, expect, it } from 'vitest';
import { abcSmc, type Evaluation } from '../../src/calibration/abcSmc.js';
import { makePrior } from '../../src/calibration/prior.js';
import { samplerRandom } from '../../src/calibration/samplerRandom.js';
import { weightedQuantile } from '../../src/calibration/weightedQuantile.js';

const options = { population: 200, generations: 6, quantile: 0.5, minAcceptance: 0.02, maxEvaluations: 20000, seed: 3 };

/** A deterministic noisy simulator: |theta - truth + noise|, noise a function of theta (like a run seeded by its parameters). */
function noisyDistance(truth: number, sd: number) {
  return async (thetas: Float64Array[]): Promise<Evaluation[]> => thetas.map((t) => {
    const noise = samplerRandom(Math.floor(Math.abs(t[0]) * 1e9) >>> 0, 'noise').normal() * sd;
    return { distance: Math.abs(t[0] + noise - truth), simulated: Float64Array.of(t[0] + noise) };
  });
}

describe('abcSmc', () => {
  it('concentrates on the true value as the tolerance falls', async () => {
    const prior = makePrior('x', { prior: 'uniform', min: -5, max: 5 });
    const r = await abcSmc([prior], noisyDistance(1.5, 0.2), options);
    const xs = r.particles.map((p) => p.theta[0]);
    const w = r.particles.map((p) => p.weight);
    expect(weightedQuantile(xs, w, 0.5)).toBeCloseTo(1.5, 1);
    expect(weightedQuantile(xs, w, 0.05)).toBeGreaterThan(1);
    expect(weightedQuantile(xs, w, 0.95)).toBeLessThan(2);
    const eps = r.generations.map((g) => g.epsilon);
    for (let g = 2; g < eps.length; g++) expect(eps[g]).toBeLessThan(eps[g - 1]);
    expect(r.particles).toHaveLength(200);
    expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('returns the prior when the data say nothing: importance weights undo the perturbation kernel', async () => {
    // The distance ignores theta, so every posterior equals the prior, uniform on [0, 1] (mean 0.5, sd 0.289).
    const prior = makePrior('x', { prior: 'uniform', min: 0, max: 1 });
    let calls = 0;
    const uninformative = async (thetas: Float64Array[]): Promise<Evaluation[]> =>
      thetas.map(() => ({ distance: samplerRandom(calls++, 'flat').uniform(), simulated: new Float64Array(0) }));
    const r = await abcSmc([prior], uninformative, { ...options, population: 1000, generations: 3 });
    const mean = r.particles.reduce((s, p) => s + p.weight * p.theta[0], 0);
    const variance = r.particles.reduce((s, p) => s + p.weight * (p.theta[0] - mean) ** 2, 0);
    expect(mean).toBeCloseTo(0.5, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(Math.sqrt(1 / 12), 1);
  });

  it('gives the same particles for the same seed, and others for another seed', async () => {
    const prior = makePrior('x', { prior: 'loguniform', min: 0.01, max: 1 });
    const sim = noisyDistance(Math.log(0.1), 0.1);
    const a = await abcSmc([prior], sim, { ...options, population: 50, generations: 3 });
    const b = await abcSmc([prior], sim, { ...options, population: 50, generations: 3 });
    const c = await abcSmc([prior], sim, { ...options, population: 50, generations: 3, seed: 4 });
    expect(b.particles.map((p) => p.theta[0])).toEqual(a.particles.map((p) => p.theta[0]));
    expect(b.particles.map((p) => p.weight)).toEqual(a.particles.map((p) => p.weight));
    expect(c.particles.map((p) => p.theta[0])).not.toEqual(a.particles.map((p) => p.theta[0]));
  });

  it('never proposes outside the prior bounds', async () => {
    const prior = makePrior('x', { prior: 'uniform', min: 0, max: 1 });
    const seen: number[] = [];
    const edge = async (thetas: Float64Array[]) => thetas.map((t) => { seen.push(t[0]); return { distance: 1 - t[0], simulated: new Float64Array(0) }; });
    await abcSmc([prior], edge, { ...options, population: 50, generations: 4 });
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });

  it('stops when the evaluation budget runs out and keeps the last complete generation', async () => {
    const prior = makePrior('x', { prior: 'uniform', min: -5, max: 5 });
    const r = await abcSmc([prior], noisyDistance(0, 0.01), { ...options, population: 50, generations: 50, maxEvaluations: 400 });
    expect(r.stopReason).toBe('budget');
    expect(r.evaluations).toBeLessThanOrEqual(400);
    expect(r.particles).toHaveLength(50);
    expect(r.generations.reduce((s, g) => s + g.evaluations, 0)).toBeLessThanOrEqual(400);
  });

  it('treats NaN distances as infinitely far', async () => {
    const prior = makePrior('x', { prior: 'uniform', min: 0, max: 1 });
    const broken = async (thetas: Float64Array[]) => thetas.map((t) => ({ distance: t[0] < 0.5 ? NaN : t[0], simulated: new Float64Array(0) }));
    const r = await abcSmc([prior], broken, { ...options, population: 50, generations: 3 });
    expect(r.particles.every((p) => p.theta[0] >= 0.5)).toBe(true);
  });
});
