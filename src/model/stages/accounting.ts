import type { World } from '../world.js';
import { recordState } from '../recordState.js';

/** Thrown when a place's books do not balance: a bug, never bad input. */
export class AccountingError extends Error {
  override name = 'AccountingError';
}

/**
 * Accounting (MODEL.md §3.6): records the year's end state and checks, for every place,
 * P(t) = P(t-1) + births - deaths + in - out (+ arrivals created at `outside`), where in and out count
 * migrations and reclassifications. Fails loudly when the identity breaks.
 * Reads: place, hukouType. Writes: world.series.
 */
export function accounting(world: World): void {
  const { series, places } = world;
  recordState(world);
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
  if (total !== world.pop.count) throw new AccountingError(`in ${world.year} places hold ${total} agents but the population has ${world.pop.count}`);
}
