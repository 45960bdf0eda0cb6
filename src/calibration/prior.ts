import { InputError } from '../core/inputError.js';
import type { PriorSpec } from './calibrationSchema.js';
import type { SamplerRandom } from './samplerRandom.js';

/**
 * A prior on the sampler's internal scale: the log of the parameter for loguniform priors (so that
 * perturbations are relative), the parameter itself otherwise. Densities are up to a constant.
 */
export interface Prior {
  name: string;
  log: boolean;
  /** internal bounds */
  lo: number;
  hi: number;
  sample(rng: SamplerRandom): number;
  /** log density at an internal value; -Infinity outside the bounds */
  logDensity(u: number): number;
  toModel(u: number): number;
}

/** Most rejections when sampling a truncated normal before the prior is called unusable. */
const MAX_TRIES = 10000;

/** The prior of one parameter from its spec. */
export function makePrior(name: string, spec: PriorSpec): Prior {
  const log = spec.prior === 'loguniform';
  const lo = log ? Math.log(spec.min) : spec.min;
  const hi = log ? Math.log(spec.max) : spec.max;
  const inside = (u: number) => u >= lo && u <= hi;
  const toModel = (u: number) => (log ? Math.exp(u) : u);
  if (spec.prior !== 'normal') {
    return { name, log, lo, hi, toModel, sample: (rng) => lo + (hi - lo) * rng.uniform(), logDensity: (u) => (inside(u) ? 0 : -Infinity) };
  }
  const mean = spec.mean as number, sd = spec.sd as number;
  return {
    name, log, lo, hi, toModel,
    sample: (rng) => {
      for (let k = 0; k < MAX_TRIES; k++) {
        const u = mean + sd * rng.normal();
        if (inside(u)) return u;
      }
      throw new InputError(`parameters.${name}: the normal prior has almost no mass between min and max (expected bounds around the mean ${mean})`);
    },
    logDensity: (u) => (inside(u) ? -0.5 * ((u - mean) / sd) ** 2 : -Infinity),
  };
}

/** The median of a prior in model units (for a normal truncated off-centre: its mean, close enough to start from). */
export function priorMedian(spec: PriorSpec): number {
  if (spec.prior === 'loguniform') return Math.sqrt(spec.min * spec.max);
  if (spec.prior === 'normal') return spec.mean as number;
  return (spec.min + spec.max) / 2;
}
