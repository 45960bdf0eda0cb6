import { createAliasTables } from '../core/aliasTable.js';
import { resolveLevers } from '../scenario/resolveLevers.js';
import { AGENT_TYPES } from './agentTypes.js';
import { prepareBase } from './baseCache.js';
import { buildChoiceSets, CHOICE_WIDTH } from './choiceSets.js';
import { createPlaceState } from './placeState.js';
import { createPopulation, MAX_AGE } from './population.js';
import { recordState } from './recordState.js';
import type { RunSpec } from './runSpec.js';
import { countersOf, createRunSeries } from './runSeries.js';
import { synthesize } from './synthesize.js';
import { createVitalRates } from './vitalRates.js';
import type { World } from './world.js';

/** Builds the census-year world of a run: places, synthetic population, levers, empty series. */
export function createWorld(spec: RunSpec): World {
  const { base, places } = prepareBase(spec.dataDir, spec.censusYear);
  const census = base.province.find((o) => o.year === spec.censusYear && o.reference.startsWith('census'));
  const pop = synthesize(base, places, spec.scale, spec.seed, census?.hukouUrbanRate);
  const state = createPlaceState(places);
  const series = createRunSeries(spec.firstYear, spec.lastYear, places.count);
  const world: World = {
    base, places, params: spec.params, scale: spec.scale, seed: spec.seed, year: spec.firstYear, pop, state, series,
    levers: resolveLevers(spec.levers, places, spec.firstYear, spec.lastYear),
    vital: createVitalRates(spec.params.sexRatioAtBirth),
    counters: countersOf(series, spec.firstYear),
    scratch: {
      mothers: createPopulation(1024), motherRows: new Int32Array(1 << 16), dead: new Int32Array(1 << 16),
      dieBelow: new Float64Array(2 * (MAX_AGE + 1)), birthBelow: new Float64Array(MAX_AGE + 1), placeBelow: new Float64Array(places.count),
    },
    choice: {
      alternatives: buildChoiceSets(places),
      tables: createAliasTables(places.count * AGENT_TYPES, CHOICE_WIDTH),
      weights: new Float64Array(CHOICE_WIDTH),
      considerBelow: new Float64Array(MAX_AGE + 1),
      tenureFactor: new Float64Array(256),
      returnBelow: new Float64Array(8),
    },
  };
  recordState(world);
  for (let p = 0; p < places.count; p++) state.initial[p] = state.population[p] = series.population[p];
  return world;
}
