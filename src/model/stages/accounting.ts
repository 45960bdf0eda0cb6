import type { World } from '../world.js';
import { countState, createStateCounts, storeState, type StateCounts } from '../recordState.js';

/** Thrown when a place's books do not balance: a bug, never bad input. */
export class AccountingError extends Error {
  override name = 'AccountingError';
}

/**
 * Accounting (MODEL.md §3.6): records the year's end state and checks, for every place,
 * P(t) = P(t-1) + births - deaths + in - out (+ arrivals created at `outside`), where in and out count
 * migrations and reclassifications. Fails loudly when the identity breaks. This reference stage also counts
 * the agents from scratch and checks the running tally the kernels keep (world.tally) against it.
 * Reads: place, hukouType, origin, sex, born, world.tally. Writes: world.series, world.state.network.
 */
export function accounting(world: World): void {
  const counted = countState(world, createStateCounts(world.places.count, world.places.prefectureIds.length));
  storeState(world, [counted]);
  checkBooks(world, world.pop.count);
  checkTally(world, counted);
}

/** Global: the kernels' running tally against a fresh count of the agents. */
export function checkTally(world: World, counted: StateCounts): void {
  for (const key of ['population', 'hukouUrban', 'network', 'cohorts'] as const) {
    const k = counted[key].findIndex((v, i) => v !== world.tally[key][i]);
    if (k >= 0) throw new AccountingError(`in ${world.year} the running ${key} tally differs from a fresh count at index ${k}: ${world.tally[key][k]} against ${counted[key][k]}`);
  }
}

/** Global: the accounting identity for every place, and the places' total against the agent count. */
export function checkBooks(world: World, agents: number): void {
  const { series, places } = world;
  const n = places.count;
  const y = world.year - series.firstYear;
  const now = y * n, before = (y - 1) * n;
  let total = 0;
  for (let p = 0; p < n; p++) {
    const expected = series.population[before + p] + series.births[now + p] - series.deaths[now + p]
      + series.moveIn[now + p] - series.moveOut[now + p] + series.reclassIn[now + p] - series.reclassOut[now + p]
      + series.entries[now + p];
    const actual = series.population[now + p];
    if (expected !== actual) {
      throw new AccountingError(`accounting identity broken in ${world.year} at ${places.ids[p]}: expected ${expected} agents, counted ${actual}`);
    }
    total += actual;
  }
  if (total !== agents) throw new AccountingError(`in ${world.year} places hold ${total} agents but the population has ${agents}`);
}
