import { createWorld } from './createWorld.js';
import type { RunSpec } from './runSpec.js';
import type { RunSeries } from './runSeries.js';
import { countersOf } from './runSeries.js';
import { createPhaseMs, simulateYear } from './simulateYear.js';
import type { Places } from './places.js';

/** A finished run: its spec, the yearly series by place, and timings. */
export interface RunResult {
  spec: RunSpec;
  series: RunSeries;
  places: Places;
  /** agents in the census year, and at the end */
  agents: { initial: number; final: number };
  /** milliseconds: building the population, and all simulated years */
  timings: { setupMs: number; simulateMs: number; stageMs: Record<string, number> };
}

/** Runs one scenario from the census year to `lastYear`: the whole loop of the model. */
export function runModel(spec: RunSpec): RunResult {
  const t0 = performance.now();
  const world = createWorld(spec);
  const initial = world.pop.count;
  const stageMs = createPhaseMs();
  const t1 = performance.now();
  for (let year = spec.firstYear + 1; year <= spec.lastYear; year++) {
    world.year = year;
    world.counters = countersOf(world.series, year);
    simulateYear(world, stageMs);
  }
  const t2 = performance.now();
  return {
    spec, series: world.series, places: world.places,
    agents: { initial, final: world.pop.count },
    timings: { setupMs: t1 - t0, simulateMs: t2 - t1, stageMs },
  };
}
