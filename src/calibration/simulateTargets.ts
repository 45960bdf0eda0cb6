import type { ModelParams } from '../model/params.js';
import { TIER } from '../model/places.js';
import { runModel, type RunResult } from '../model/runModel.js';
import type { PrefectureEffects } from './prefectureEffects.js';
import type { Target } from './targets.js';

/** What identifies the runs of one evaluation apart from the parameters. */
export interface SimulationSettings {
  /** persons per agent */
  scale: number;
  /** base data folder (undefined: the built-in Shanxi data) */
  dataDir?: string;
  /** the targets to read, in order (observed values are not used) */
  targets: readonly Pick<Target, 'metric' | 'level' | 'id' | 'year'>[];
  /** calibrated per-prefecture effects of both runs */
  effects?: PrefectureEffects;
}

/** Census years the two runs start from: targets up to 2020 come from the hindcast, later ones from the 2020-based run. */
export const HINDCAST_CENSUS = 2010;
export const RECENT_CENSUS = 2020;

/**
 * Runs the model for one parameter set, from the 2010 census to the last hindcast target year and from the
 * 2020 census to the last later target year, and returns the simulated value of every target
 * (urban rate as a share, population in persons). Both runs use `seed`.
 */
export function simulateTargets(params: ModelParams, seed: number, settings: SimulationSettings): Float64Array {
  const { targets, scale, dataDir, effects } = settings;
  const lastOf = (early: boolean) => Math.max(0, ...targets.filter((t) => (t.year <= RECENT_CENSUS) === early).map((t) => t.year));
  // The hindcast is read at the 2020 census day, so its steps are whole years from census to census;
  // the 2020-based run is read at year ends, so its first step spans 14 months (stepLength.ts).
  const run = (census: number, last: number, firstStepYears?: number): RunResult | undefined =>
    last > census ? runModel({ scenario: 'calibration', dataDir, censusYear: census, firstYear: census, lastYear: last, firstStepYears, scale, seed, params, levers: [], effects }) : undefined;
  const hindcast = run(HINDCAST_CENSUS, lastOf(true), 1);
  const recent = run(RECENT_CENSUS, lastOf(false));
  const out = new Float64Array(targets.length);
  targets.forEach((t, k) => {
    const r = (t.year <= RECENT_CENSUS ? hindcast : recent) as RunResult;
    const { urban, residents } = sums(r, t.level === 'province' ? -1 : r.places.prefectureIds.indexOf(t.id), t.year);
    out[k] = t.metric === 'population' ? residents * scale : residents > 0 ? urban / residents : 0;
  });
  return out;
}

/** Urban residents and residents (agents) of a prefecture (-1: the province) at the end of `year`. */
function sums(r: RunResult, prefecture: number, year: number): { urban: number; residents: number } {
  const { series, places } = r;
  const n = series.places;
  const row = (year - series.firstYear) * n;
  let urban = 0, all = 0;
  for (let p = 0; p < n; p++) {
    if (p === places.outside || (prefecture >= 0 && places.prefecture[p] !== prefecture)) continue;
    const v = series.population[row + p];
    all += v;
    if (places.tier[p] === TIER.city || places.tier[p] === TIER.town) urban += v;
  }
  return { urban, residents: all };
}
