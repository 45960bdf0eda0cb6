/**
 * benny benchmark of one simulated year (all six stages) at 1:100 and 1:20.
 * Reproduce: npm run build && node dist/bench/oneYear.bench.js
 */
import benny from 'benny';
import { createWorld } from '../src/model/createWorld.js';
import { DEFAULT_PARAMS } from '../src/model/params.js';
import { countersOf } from '../src/model/runSeries.js';
import { YEAR } from '../src/model/stages/index.js';
import type { World } from '../src/model/world.js';

const LAST = 2200;

function yearRunner(scale: number): () => () => void {
  return () => {
    let world: World = fresh(scale);
    return () => {
      if (world.year === LAST) world = fresh(scale);
      world.year++;
      world.counters = countersOf(world.series, world.year);
      for (const stage of YEAR) stage(world);
    };
  };
}

function fresh(scale: number): World {
  return createWorld({ scenario: 'bench', censusYear: 2020, firstYear: 2020, lastYear: LAST, scale, seed: 1, params: { ...DEFAULT_PARAMS }, levers: [] });
}

await benny.suite(
  'one simulated year of Shanxi (all stages)',
  benny.add('scale 100 (349k agents)', yearRunner(100)),
  benny.add('scale 20 (1.75M agents)', yearRunner(20)),
  benny.cycle(),
  benny.complete(),
);
