import { runSeed } from '../core/runSeed.js';
import type { ModelParams } from '../model/params.js';
import { abcSmc, type GenerationSummary, type Particle } from './abcSmc.js';
import { createBatchEvaluator } from './evaluateBatch.js';
import type { CalibrationSetup } from './loadCalibration.js';
import type { PosteriorSample } from './posterior.js';
import type { PrefectureEffects } from './prefectureEffects.js';
import { makePrior } from './prior.js';
import { targetDistance } from './targetDistance.js';
import { weightedQuantile } from './weightedQuantile.js';
import type { Target } from './targets.js';

/** What a calibration found. */
export interface CalibrationResult {
  posterior: PosteriorSample;
  /** simulated targets of each posterior particle (same order as the posterior) */
  simulated: Float64Array[];
  generations: GenerationSummary[];
  evaluations: number;
  stopReason: 'generations' | 'acceptance' | 'budget';
  workers: number;
  seconds: number;
  /** the per-prefecture effects after the last generation (rebalanced at its medians) */
  effects?: PrefectureEffects;
}

export interface RunCalibrationOptions {
  /** worker threads; overrides the file's `workers` (0: the calling thread) */
  workers: number;
  onGeneration?: (g: GenerationSummary) => void;
  /** aborting closes the workers, so the calibration rejects */
  signal?: AbortSignal;
  /** per-prefecture effects held fixed in the evaluations of generation 0 */
  effects?: PrefectureEffects;
  /** new effects after each generation, from its weighted medians and the effects it used */
  rebalance?: (medians: ModelParams, effects: PrefectureEffects | undefined) => PrefectureEffects;
}

/**
 * The seed of the runs for one parameter set: a function of the calibration seed and the values, so the
 * same parameters give the same runs whatever the generation, batch or thread (STYLE.md habit 6).
 */
export function evaluationSeed(seed: number, names: readonly string[], values: ArrayLike<number>): number {
  return runSeed(`${seed}|${names.map((n, i) => `${n}=${values[i]}`).join(',')}`);
}

/** Fits the setup's parameters to `targets` by ABC-SMC. */
export async function runCalibration(setup: CalibrationSetup, targets: Target[], options: RunCalibrationOptions): Promise<CalibrationResult> {
  const t0 = performance.now();
  const priors = setup.parameters.map((p) => makePrior(p.name, p.prior));
  const names = setup.parameters.map((p) => p.name);
  const evaluator = createBatchEvaluator({ scale: setup.scale, targets: targets.map(({ metric, level, id, year }) => ({ metric, level, id, year })), effects: options.effects }, options.workers);
  const stop = () => void evaluator.close();
  options.signal?.addEventListener('abort', stop);
  const toModel = (theta: Float64Array) => Float64Array.from(priors, (p, i) => p.toModel(theta[i]));
  const paramsOf = (values: ArrayLike<number>): ModelParams => {
    const params: ModelParams = { ...setup.base };
    names.forEach((n, i) => { params[n] = values[i]; });
    return params;
  };
  let effects = options.effects;
  // Effects are nuisance quantities balanced at the current weighted medians between generations: each
  // generation's evaluations hold them fixed (balanceEffects.ts).
  const rebalance = options.rebalance && ((particles: readonly Particle[]) => {
    const weights = particles.map((p) => p.weight);
    const medians = priors.map((p, i) => p.toModel(weightedQuantile(particles.map((q) => q.theta[i]), weights, 0.5)));
    effects = options.rebalance!(paramsOf(medians), effects);
  });
  try {
    const result = await abcSmc(priors, async (thetas) => {
      const tasks = thetas.map((theta) => {
        const values = toModel(theta);
        return { params: paramsOf(values), seed: evaluationSeed(setup.seed, names, values), effects };
      });
      const sims = await evaluator.evaluateBatch(tasks);
      return sims.map((simulated) => ({ simulated, distance: targetDistance(targets, simulated) }));
    }, setup, options.onGeneration, rebalance);
    const particles = result.particles;
    return {
      posterior: {
        names,
        weights: Float64Array.from(particles, (p) => p.weight),
        distances: Float64Array.from(particles, (p) => p.distance),
        values: particles.map((p) => toModel(p.theta)),
      },
      simulated: particles.map((p) => p.simulated),
      generations: result.generations, evaluations: result.evaluations, stopReason: result.stopReason,
      workers: options.workers, seconds: (performance.now() - t0) / 1000, effects,
    };
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await evaluator.close();
  }
}
