import { createWorld } from '../../src/model/createWorld.js';
import { countersOf } from '../../src/model/runSeries.js';
import type { World } from '../../src/model/world.js';
import { smallSpec, type SmallRunOverrides } from './smallRun.js';

/** A census-year world set up to simulate its first year (as runModel does), for calling single stages. */
export function worldAtFirstStep(overrides: SmallRunOverrides = {}): World {
  const world = createWorld(smallSpec(overrides));
  world.year = world.series.firstYear + 1;
  world.counters = countersOf(world.series, world.year);
  return world;
}
