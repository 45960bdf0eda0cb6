import { kernelLogDensity, normalKernel, sampleKernel, weightedCovariance, type NormalKernel } from './multivariateNormal.js';
import type { Prior } from './prior.js';
import { samplerRandom, type SamplerRandom } from './samplerRandom.js';
import { weightedQuantile } from './weightedQuantile.js';

/** The result of simulating one proposal. */
export interface Evaluation {
  distance: number;
  /** simulated targets, kept with accepted particles for reports */
  simulated: Float64Array;
}

/** An accepted parameter set (internal scale) with its importance weight (weights sum to 1). */
export interface Particle extends Evaluation {
  theta: Float64Array;
  weight: number;
}

/** What one generation did. */
export interface GenerationSummary {
  index: number;
  /** acceptance tolerance on the distance (Infinity for the prior sample) */
  epsilon: number;
  evaluations: number;
  acceptanceRate: number;
  /** effective sample size of the weights, 1 / sum w^2 */
  ess: number;
  /** median distance of the accepted particles */
  medianDistance: number;
  seconds: number;
}

export interface AbcSmcOptions {
  population: number;
  generations: number;
  /** epsilon_t = this weighted quantile of generation t-1's distances */
  quantile: number;
  minAcceptance: number;
  maxEvaluations: number;
  seed: number;
}

export interface AbcSmcResult {
  /** the last complete generation: the posterior sample */
  particles: Particle[];
  generations: GenerationSummary[];
  evaluations: number;
  stopReason: 'generations' | 'acceptance' | 'budget';
}

/** Evaluates a batch of proposals (internal scale), in any order or thread, returning results in batch order. */
export type BatchEvaluate = (thetas: Float64Array[]) => Promise<Evaluation[]>;

/** Fewest proposals sent at once: keeps workers busy when few particles are still missing. */
const MIN_BATCH = 16;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009, J. R. Soc. Interface 6:187;
 * Beaumont et al. 2009, Biometrika 96:983), as pyABC runs it: generation 0 samples the prior; generation t
 * accepts proposals whose distance is at most epsilon_t, the `quantile` of generation t-1's weighted
 * distances (Del Moral et al. 2012's adaptive schedule). Proposals resample a particle by weight and perturb
 * it with a normal kernel of twice the weighted covariance (Beaumont et al. 2009); importance weights are
 * prior / sum_j w_j K(theta | theta_j). Proposals go out in batches whose size depends only on earlier
 * results, and the first `population` accepted in proposal order are kept, so a run is reproducible for any
 * number of threads. Stops after `generations`, when a generation's acceptance rate falls below
 * `minAcceptance`, or at the budget `maxEvaluations`: a generation is not started when the remaining budget is
 * below 1.2 x population / the last acceptance rate, and one that runs out anyway is dropped.
 */
export async function abcSmc(
  priors: readonly Prior[], evaluate: BatchEvaluate, options: AbcSmcOptions, onGeneration?: (g: GenerationSummary) => void,
  /** called with each complete generation before the next starts (to update quantities the evaluations hold fixed) */
  afterGeneration?: (particles: readonly Particle[]) => void,
): Promise<AbcSmcResult> {
  const rng = samplerRandom(options.seed, 'abc-smc');
  const N = options.population;
  const generations: GenerationSummary[] = [];
  let t0 = performance.now();
  const first = Array.from({ length: N }, () => Float64Array.from(priors, (p) => p.sample(rng)));
  const results = await evaluate(first);
  let particles: Particle[] = first.map((theta, k) => ({ theta, weight: 1 / N, ...sanitize(results[k]) }));
  let evaluations = N;
  let rate = options.quantile;
  const finish = (index: number, epsilon: number, evals: number) => {
    const summary = summarize(index, epsilon, evals, particles, (performance.now() - t0) / 1000);
    generations.push(summary);
    onGeneration?.(summary);
    afterGeneration?.(particles);
    t0 = performance.now();
  };
  finish(0, Infinity, N);
  for (let g = 1; g < options.generations; g++) {
    // A generation that the remaining budget is not expected to finish would be dropped: do not start it.
    if (options.maxEvaluations - evaluations < (1.2 * N) / Math.max(rate, options.minAcceptance)) return { particles, generations, evaluations, stopReason: 'budget' };
    const epsilon = weightedQuantile(particles.map((p) => p.distance), particles.map((p) => p.weight), options.quantile);
    const kernel = perturbationKernel(particles, priors);
    const accepted: Particle[] = [];
    let evals = 0, hits = 0;
    while (accepted.length < N) {
      const budget = options.maxEvaluations - evaluations;
      if (budget <= 0) return { particles, generations, evaluations, stopReason: 'budget' };
      if (evals >= N / options.minAcceptance) return { particles, generations, evaluations, stopReason: 'acceptance' };
      const want = Math.ceil((1.2 * (N - accepted.length)) / Math.max(rate, options.minAcceptance));
      const size = Math.min(budget, Math.max(MIN_BATCH, Math.min(want, 10 * N)));
      const batch = Array.from({ length: size }, () => propose(particles, priors, kernel, rng));
      const out = await evaluate(batch);
      evaluations += size;
      evals += size;
      batch.forEach((theta, k) => {
        const e = sanitize(out[k]);
        if (e.distance > epsilon) return;
        hits++;
        if (accepted.length < N) accepted.push({ theta, weight: 0, ...e });
      });
      rate = hits / evals;
    }
    particles = reweight(accepted, particles, priors, kernel);
    finish(g, epsilon, evals);
    if (N / evals < options.minAcceptance) return { particles, generations, evaluations, stopReason: 'acceptance' };
  }
  return { particles, generations, evaluations, stopReason: 'generations' };
}

/** NaN distances (a degenerate run) count as infinitely far. */
function sanitize(e: Evaluation): Evaluation {
  return Number.isFinite(e.distance) ? e : { distance: Infinity, simulated: e.simulated };
}

/** Twice the weighted covariance, with a small variance floor so a collapsed dimension can still move. */
function perturbationKernel(particles: readonly Particle[], priors: readonly Prior[]): NormalKernel {
  const d = priors.length;
  const cov = weightedCovariance(particles.map((p) => p.theta), particles.map((p) => p.weight), d);
  for (let i = 0; i < d * d; i++) cov[i] *= 2;
  priors.forEach((p, i) => { cov[i * d + i] = Math.max(cov[i * d + i], (1e-4 * (p.hi - p.lo)) ** 2); });
  return normalKernel(cov, d);
}

function propose(particles: readonly Particle[], priors: readonly Prior[], kernel: NormalKernel, rng: SamplerRandom): Float64Array {
  for (let tries = 0; tries < 10000; tries++) {
    const u = rng.uniform();
    let j = 0, acc = particles[0].weight;
    while (acc < u && j < particles.length - 1) acc += particles[++j].weight;
    const theta = sampleKernel(kernel, particles[j].theta, rng.normal);
    if (Number.isFinite(logPrior(priors, theta))) return theta;
  }
  throw new Error('abcSmc: the perturbation kernel keeps leaving the prior support');
}

function logPrior(priors: readonly Prior[], theta: Float64Array): number {
  let s = 0;
  for (let i = 0; i < priors.length; i++) s += priors[i].logDensity(theta[i]);
  return s;
}

/** Importance weights prior(theta) / sum_j w_j K(theta | theta_j), computed in logs and normalized. */
function reweight(accepted: Particle[], previous: readonly Particle[], priors: readonly Prior[], kernel: NormalKernel): Particle[] {
  const logW = accepted.map((p) => {
    const terms = previous.map((q) => Math.log(q.weight) + kernelLogDensity(kernel, p.theta, q.theta));
    const top = Math.max(...terms);
    const mixture = top + Math.log(terms.reduce((s, v) => s + Math.exp(v - top), 0));
    return logPrior(priors, p.theta) - mixture;
  });
  const top = Math.max(...logW);
  const w = logW.map((v) => Math.exp(v - top));
  const total = w.reduce((s, v) => s + v, 0);
  return accepted.map((p, k) => ({ ...p, weight: w[k] / total }));
}

function summarize(index: number, epsilon: number, evaluations: number, particles: readonly Particle[], seconds: number): GenerationSummary {
  const ess = 1 / particles.reduce((s, p) => s + p.weight * p.weight, 0);
  const distances = particles.map((p) => p.distance).sort((a, b) => a - b);
  return { index, epsilon, evaluations, acceptanceRate: particles.length / evaluations, ess, medianDistance: distances[Math.floor(distances.length / 2)], seconds };
}
