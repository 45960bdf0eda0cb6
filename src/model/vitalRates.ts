import { threshold } from '../core/random.js';
import type { VitalFactors } from './data/vitalFactors.js';
import type { Places } from './places.js';
import { MAX_AGE } from './population.js';

/**
 * Shapes of age-specific mortality and fertility. Their levels are scaled each year so that the
 * provincial crude rates of observed years are reproduced (demography stage).
 */
export interface VitalRates {
  /** yearly death probability by sex (0 male, 1 female) and age: index sex * (MAX_AGE + 1) + age */
  mortality: Float64Array;
  /** yearly birth probability of a woman by age */
  fertility: Float64Array;
  /** current level multipliers */
  mortalityLevel: number;
  fertilityLevel: number;
  /** probability that a newborn is a boy */
  pMale: number;
  /**
   * Prefecture differences (data/vitalFactors.ts) as thinning: each year's chances are drawn at the largest
   * factor (`mortalityTop`, `fertilityTop`), and a drawn event is kept where its place's factor over that
   * top passes a second draw (`deathKeep`, `birthKeep`: per place, integer thresholds of the `bits` draws).
   * The pass over every agent stays as it was; only the rare drawn events read their place's factor.
   */
  mortalityTop: number;
  fertilityTop: number;
  deathKeep: Float64Array;
  birthKeep: Float64Array;
  /** the factors per place (1 at `outside`), and per prefecture index for the level fit */
  mortalityFactor: Float64Array;
  fertilityByPrefecture: Float64Array;
  mortalityByPrefecture: Float64Array;
}

/**
 * Mortality shape: infant mortality 5.4 per 1000 (China 2020, National Health Commission bulletin),
 * low child mortality, then Gompertz (Gompertz 1825) with slope 0.09/yr, a typical value for
 * modern low-mortality populations; male rates 1.4 times female (China 2020 life tables, roughly).
 */
export function mortalityShape(): Float64Array {
  const q = new Float64Array(2 * (MAX_AGE + 1));
  for (let sex = 0; sex < 2; sex++) {
    const k = sex === 0 ? 1.4 : 1;
    for (let age = 0; age <= MAX_AGE; age++) {
      let m: number;
      if (age <= 1) m = 0.0054; // newborns age to 1 before their first death draw
      else if (age < 15) m = 0.0002;
      else m = 0.0003 + 0.000025 * Math.exp(0.09 * age);
      q[sex * (MAX_AGE + 1) + age] = age === MAX_AGE ? 1 : Math.min(1, m * (age > 0 ? k : 1));
    }
  }
  return q;
}

/**
 * Fertility shape: age-specific rates by 5-year group, 2020 census pattern for China (peak at 25-29,
 * total fertility about 1.3), spread evenly over single years.
 */
const ASFR_BY_GROUP: ReadonlyArray<readonly [number, number]> = [
  [15, 0.006], [20, 0.055], [25, 0.095], [30, 0.065], [35, 0.028], [40, 0.007], [45, 0.002],
];

export function fertilityShape(): Float64Array {
  const f = new Float64Array(MAX_AGE + 1);
  for (const [first, rate] of ASFR_BY_GROUP) for (let a = first; a < first + 5; a++) f[a] = rate;
  return f;
}

export function createVitalRates(sexRatioAtBirth: number, places: Places, factors: VitalFactors | undefined): VitalRates {
  const perPlace = (of: Record<string, number> | undefined) =>
    Float64Array.from(places.prefecture, (k, p) => (p === places.outside || !of ? 1 : of[places.prefectureIds[k]] ?? 1));
  const mortality = perPlace(factors?.mortality), fertility = perPlace(factors?.fertility);
  const mortalityTop = Math.max(...mortality), fertilityTop = Math.max(...fertility);
  const byPrefecture = (of: Record<string, number> | undefined) => Float64Array.from(places.prefectureIds, (id) => of?.[id] ?? 1);
  return {
    mortality: mortalityShape(),
    fertility: fertilityShape(),
    mortalityLevel: 1,
    fertilityLevel: 1,
    pMale: sexRatioAtBirth / (100 + sexRatioAtBirth),
    mortalityTop,
    fertilityTop,
    deathKeep: mortality.map((f) => threshold(f / mortalityTop)),
    birthKeep: fertility.map((f) => threshold(f / fertilityTop)),
    mortalityFactor: mortality,
    fertilityByPrefecture: byPrefecture(factors?.fertility),
    mortalityByPrefecture: byPrefecture(factors?.mortality),
  };
}
