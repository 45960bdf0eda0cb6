import { resolveLevers } from '../scenario/resolveLevers.js';
import { prepareBase } from './baseCache.js';
import { createChoiceTables } from './choiceModel.js';
import { createPlaceState } from './placeState.js';
import { AGE_SLOTS, createPopulation, type Population } from './population.js';
import { countState, createStateCounts, storeState, type StateCounts } from './recordState.js';
import type { RunSpec } from './runSpec.js';
import { countersOf, createRunSeries } from './runSeries.js';
import { planSynthesis, synthesize, type SynthesisPlan } from './synthesize.js';
import { placeEffects } from './prefectureEffects.js';
import { FIRST_STEP_YEARS } from './stepLength.js';
import { createVitalRates } from './vitalRates.js';
import type { World } from './world.js';

/** Builds the census-year world of a run: places, synthetic population, levers, empty series. */
export function createWorld(spec: RunSpec): World {
  const world = createWorldShell(spec, synthesize(...censusArguments(spec)));
  recordCensusState(world, [countState(world, world.tally)]);
  return world;
}

/** The plan of the census-year population, which threads share to build their parts of it (synthesize.ts). */
export function planCensusPopulation(spec: RunSpec): SynthesisPlan {
  return planSynthesis(...censusArguments(spec));
}

function censusArguments(spec: RunSpec): Parameters<typeof planSynthesis> {
  const { base, places } = prepareBase(spec.dataDir, spec.censusYear);
  const census = base.province.find((o) => o.year === spec.censusYear && o.reference.startsWith('census'));
  return [base, places, spec.scale, spec.seed, census?.hukouUrbanRate];
}

/** Records the census-year counts (summed over partitions) as the first year of the series and the place state. */
export function recordCensusState(world: World, parts: readonly StateCounts[]): void {
  storeState(world, parts);
  const { state, series, places } = world;
  for (let p = 0; p < places.count; p++) state.initial[p] = state.population[p] = state.jobs[p] = series.population[p];
}

/**
 * A world around a given population, without recording its state: worker threads build one around
 * their partition; `shared` puts place state and choice inputs in SharedArrayBuffers.
 */
export function createWorldShell(spec: RunSpec, pop: Population, shared = false): World {
  const { base, places, vitalFactors } = prepareBase(spec.dataDir, spec.censusYear);
  const series = createRunSeries(spec.firstYear, spec.lastYear, places.count);
  return {
    base, places, params: spec.params, scale: spec.scale, seed: spec.seed, year: spec.firstYear, firstStepYears: spec.firstStepYears ?? FIRST_STEP_YEARS, pop, series,
    state: createPlaceState(places, shared),
    levers: resolveLevers(spec.levers, places, spec.firstYear, spec.lastYear),
    effects: placeEffects(spec.effects, places),
    vital: createVitalRates(spec.params.sexRatioAtBirth, places, vitalFactors),
    counters: countersOf(series, spec.firstYear),
    tally: createStateCounts(places.count, places.prefectureIds.length),
    scratch: {
      mothers: createPopulation(1024), motherRows: new Int32Array(1 << 16), dead: new Int32Array(1 << 16),
      dieBelow: new Float64Array(2 * AGE_SLOTS), dieCapped: new Float64Array(2 * AGE_SLOTS), birthBelow: new Float64Array(2 * AGE_SLOTS),
    },
    choice: createChoiceTables(places, shared),
  };
}
