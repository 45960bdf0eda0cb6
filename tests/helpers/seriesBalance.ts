import type { RunSeries } from '../../src/model/runSeries.js';

/**
 * Recomputes the accounting identity from a run's series, independently of the accounting stage:
 * per place and year P(t) = P(t-1) + births - deaths + moveIn - moveOut + reclassIn - reclassOut + entries;
 * moves and reclassifications conserve agents; the flow matrix's margins are the moves.
 * Returns one line per violation (empty when the books balance).
 */
export function seriesBalance(series: RunSeries, ids: readonly string[]): string[] {
  const n = series.places;
  const out: string[] = [];
  for (let y = 1; y < series.years; y++) {
    const year = series.firstYear + y;
    const now = y * n, before = (y - 1) * n;
    let movedIn = 0, movedOut = 0, reclassIn = 0, reclassOut = 0;
    for (let p = 0; p < n; p++) {
      const k = now + p;
      const expected = series.population[before + p] + series.births[k] - series.deaths[k] + series.moveIn[k]
        - series.moveOut[k] + series.reclassIn[k] - series.reclassOut[k] + series.entries[k];
      if (expected !== series.population[k]) out.push(`${year} ${ids[p]}: expected ${expected}, counted ${series.population[k]}`);
      movedIn += series.moveIn[k]; movedOut += series.moveOut[k];
      reclassIn += series.reclassIn[k]; reclassOut += series.reclassOut[k];
      let flowOut = 0, flowIn = 0;
      for (let q = 0; q < n; q++) {
        flowOut += series.flows[y * n * n + p * n + q];
        flowIn += series.flows[y * n * n + q * n + p];
      }
      if (flowOut !== series.moveOut[k]) out.push(`${year} ${ids[p]}: flows out ${flowOut} but moveOut ${series.moveOut[k]}`);
      if (flowIn !== series.moveIn[k]) out.push(`${year} ${ids[p]}: flows in ${flowIn} but moveIn ${series.moveIn[k]}`);
    }
    if (movedIn !== movedOut) out.push(`${year}: ${movedIn} moves in but ${movedOut} moves out`);
    if (reclassIn !== reclassOut) out.push(`${year}: ${reclassIn} reclassified in but ${reclassOut} out`);
  }
  return out;
}

/** Agents counted over all places in year index `y` of the series. */
export function placesTotal(series: RunSeries, y: number): number {
  let s = 0;
  for (let p = 0; p < series.places; p++) s += series.population[y * series.places + p];
  return s;
}
