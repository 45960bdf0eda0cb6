import { runSeed } from '../core/runSeed.js';
import type { ModelParams } from '../model/params.js';
import { meanOf } from './groupErrors.js';
import { EFFECT_BOUNDS, type PrefectureEffects } from './prefectureEffects.js';
import { HINDCAST_CENSUS, RECENT_CENSUS, simulateTargets } from './simulateTargets.js';
import type { Target } from './targets.js';

/** How the balancing went: mean |error| of the prefecture targets after each iteration. */
export interface BalanceResult {
  effects: PrefectureEffects;
  /** per iteration: mean |error| of prefecture populations (%) and urban rates (pp), before its update */
  history: { population: number; urbanRate: number }[];
}

export interface BalanceOptions {
  iterations?: number;
  /** hindcast runs per iteration, averaged (seeds from `seed`) */
  replicates?: number;
  /** effects to start from (default: all 1) */
  start?: PrefectureEffects;
  /** base data folder (undefined: the built-in Shanxi data) */
  dataDir?: string;
}

/**
 * Response of the hindcast's 2020 prefecture figures to the effects: doubling a prefecture's attraction raised
 * its 2020 population by 0.03-0.06 in log terms, doubling its reclassification its urban rate by 0.07-0.10
 * (Jinzhong, Datong, Yangquan; earlier calibrated parameters, 1 agent = 200 persons, 3 seeds). Dividing
 * errors by these values gives a Newton step; taking the upper ends errs towards short, stable steps.
 */
const POPULATION_RESPONSE = 0.1;
const URBAN_RESPONSE = 0.08;
/** Share of the Newton step taken per iteration: damped, since prefectures interact through flows. */
const DAMPING = 0.7;

/**
 * Balances the per-prefecture effects so that the 2010-2020 hindcast reproduces each prefecture's 2020
 * population (attraction) and urban rate (reclassification), at the given parameters, up to a common
 * factor that the fitted parameters carry: the iterative calibration of alternative-specific constants to
 * observed shares (Train 2009, *Discrete Choice Methods with Simulation*, section 2.8), one multiplicative
 * update per prefecture and iteration, then a rescaling to a weighted geometric mean of 1.
 */
export function balanceEffects(params: ModelParams, targets: readonly Target[], scale: number, seed: number, options: BalanceOptions = {}): BalanceResult {
  const { iterations = 10, replicates = 2, dataDir } = options;
  // Fitted prefecture targets of the hindcast, the last year of each metric (one update per prefecture and metric).
  const hindcast = targets.filter((t) => t.level === 'prefecture' && t.role === 'fit' && t.weight > 0 && t.year <= RECENT_CENSUS && t.year > HINDCAST_CENSUS);
  const lastYear = (metric: Target['metric']) => Math.max(...hindcast.filter((t) => t.metric === metric).map((t) => t.year));
  const chosen = hindcast.filter((t) => t.year === lastYear(t.metric));
  const population = chosen.filter((t) => t.metric === 'population');
  const urban = chosen.filter((t) => t.metric === 'urban_rate');
  const effects: PrefectureEffects = {
    attraction: { ...(options.start?.attraction ?? {}) },
    reclassification: { ...(options.start?.reclassification ?? {}) },
  };
  for (const t of population) effects.attraction[t.id] ??= 1;
  for (const t of urban) effects.reclassification[t.id] ??= 1;
  const history: BalanceResult['history'] = [];
  // Prefecture weights for normalizing: observed populations (equal weights without population targets).
  const weights: Record<string, number> = {};
  for (const t of chosen) weights[t.id] = 1;
  for (const t of population) weights[t.id] = t.observed;
  const settings = { scale, dataDir, targets: chosen };
  for (let it = 0; it <= iterations; it++) {
    const runs = Array.from({ length: replicates }, (_, r) => simulateTargets(params, runSeed(`${seed}|balance|${it}|${r}`), { ...settings, effects }));
    const sim = meanOf(runs);
    let popError = 0, urbanError = 0;
    chosen.forEach((t, k) => {
      if (t.metric === 'population') {
        popError += Math.abs(sim[k] / t.observed - 1) * 100 / population.length;
        if (it < iterations) effects.attraction[t.id] = bounded(effects.attraction[t.id] * Math.pow(t.observed / sim[k], DAMPING / POPULATION_RESPONSE / Math.LN2));
      } else {
        urbanError += Math.abs(sim[k] - t.observed) * 100 / urban.length;
        if (it < iterations) effects.reclassification[t.id] = bounded(effects.reclassification[t.id] * Math.pow(2, (DAMPING * (t.observed - sim[k])) / URBAN_RESPONSE));
      }
    });
    history.push({ population: popError, urbanRate: urbanError });
    if (it < iterations) { normalize(effects.attraction, weights); normalize(effects.reclassification, weights); }
  }
  return { effects, history };
}

/**
 * Scales effects to a geometric mean of 1, weighted by population: they carry only differences between
 * prefectures, and the province-wide level stays with the fitted parameters (outsideConstant,
 * reclassificationRate), so the two do not trade off against each other.
 */
function normalize(values: Record<string, number>, weights: Record<string, number>): void {
  let sum = 0, total = 0;
  for (const [id, v] of Object.entries(values)) { const w = weights[id] ?? 0; sum += w * Math.log(v); total += w; }
  if (total === 0) return;
  const mean = Math.exp(sum / total);
  for (const id of Object.keys(values)) values[id] = bounded(values[id] / mean);
}

function bounded(v: number): number {
  return Math.min(EFFECT_BOUNDS.max, Math.max(EFFECT_BOUNDS.min, v));
}
