import { resolveLevers } from '../scenario/resolveLevers.js';
import { prepareBase } from './baseCache.js';
import { createChoiceTables } from './choiceModel.js';
import { createPlaceState } from './placeState.js';
import { createPopulation, MAX_AGE, type Population } from './population.js';
import { countState, createStateCounts, storeState } from './recordState.js';
import type { RunSpec } from './runSpec.js';
import { countersOf, createRunSeries } from './runSeries.js';
import { synthesize } from './synthesize.js';
import { createVitalRates } from './vitalRates.js';
import type { World } from './world.js';

/** Builds the census-year world of a run: places, synthetic population, levers, empty series. */
export function createWorld(spec: RunSpec, shared = false): World {
  const { base, places } = prepareBase(spec.dataDir, spec.censusYear);
  const census = base.province.find((o) => o.year === spec.censusYear && o.reference.startsWith('census'));
  const pop = synthesize(base, places, spec.scale, spec.seed, census?.hukouUrbanRate);
  const world = createWorldShell(spec, pop, shared);
  storeState(world, [countState(world, createStateCounts(places.count, places.prefectureIds.length))]);
  const { state, series } = world;
  for (let p = 0; p < places.count; p++) state.initial[p] = state.population[p] = state.jobs[p] = series.population[p];
  return world;
}

/**
 * A world around a given population, without recording its state: worker threads build one around
 * their partition; `shared` puts place state and choice inputs in SharedArrayBuffers.
 */
export function createWorldShell(spec: RunSpec, pop: Population, shared = false): World {
  const { base, places } = prepareBase(spec.dataDir, spec.censusYear);
  const series = createRunSeries(spec.firstYear, spec.lastYear, places.count);
  return {
    base, places, params: spec.params, scale: spec.scale, seed: spec.seed, year: spec.firstYear, pop, series,
    state: createPlaceState(places, shared),
    levers: resolveLevers(spec.levers, places, spec.firstYear, spec.lastYear),
    vital: createVitalRates(spec.params.sexRatioAtBirth),
    counters: countersOf(series, spec.firstYear),
    scratch: {
      mothers: createPopulation(1024), motherRows: new Int32Array(1 << 16), dead: new Int32Array(1 << 16),
      dieBelow: new Float64Array(2 * (MAX_AGE + 1)), birthBelow: new Float64Array(2 * (MAX_AGE + 1)),
    },
    choice: createChoiceTables(places, shared),
  };
}
