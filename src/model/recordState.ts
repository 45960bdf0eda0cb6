import { AGE_SLOTS } from './population.js';
import type { World } from './world.js';

/** End-of-year counts of one partition of agents, summed across threads by `storeState`. */
export interface StateCounts {
  population: Int32Array;
  hukouUrban: Int32Array;
  /** people by origin prefecture (row `prefectures`: origin outside) and place: (prefectures + 1) x places */
  network: Int32Array;
  /**
   * people by prefecture, sex and stored birth year: places.cohortBase[place] + sex x AGE_SLOTS + born (the last
   * block is outside's, which no fit reads); gives the age-sex counts that fit vital rates with the prefecture factors
   */
  cohorts: Int32Array;
}

export function createStateCounts(places: number, prefectures: number): StateCounts {
  return {
    population: new Int32Array(places), hukouUrban: new Int32Array(places), network: new Int32Array((prefectures + 1) * places),
    cohorts: new Int32Array((prefectures + 1) * 2 * AGE_SLOTS),
  };
}

/**
 * Kernel: counts residents, urban-hukou holders, the migrant network and the cohorts of the partition, in one pass, into
 * `out` (MODEL.md §3.6): for the census year, and for the reference year's check of the tally the kernels
 * keep. Residents and urban-hukou holders are summed over runs of one place (rows mostly come in such runs),
 * which spares a store and reload per agent. A kernel of its own, not a step of agentPass.ts: counting in
 * that pass, once at the census, left V8's code for the yearly steps 20% slower in partition workers.
 */
export function countState(world: World, out: StateCounts): StateCounts {
  const { population, hukouUrban, network, cohorts } = out;
  const { place, hukouType, origin, sex, born } = world.pop;
  const networkRow = world.places.networkRow, cohortBase = world.places.cohortBase;
  const count = world.pop.count;
  let runPlace = -1, runResidents = 0, runHukouUrban = 0;
  for (let i = 0; i < count; i++) {
    const p = place[i];
    if (p !== runPlace) {
      if (runPlace >= 0) { population[runPlace] += runResidents; hukouUrban[runPlace] += runHukouUrban; }
      runPlace = p;
      runResidents = 0;
      runHukouUrban = 0;
    }
    runResidents++;
    runHukouUrban += hukouType[i];
    network[networkRow[origin[i]] + p]++;
    cohorts[cohortBase[p] + sex[i] * AGE_SLOTS + born[i]]++;
  }
  if (runPlace >= 0) { population[runPlace] += runResidents; hukouUrban[runPlace] += runHukouUrban; }
  return out;
}

/**
 * Global: stores summed counts as the state of `world.year` in the series, and the network as a share
 * of each origin prefecture's residents (read by next year's migration choice).
 */
export function storeState(world: World, parts: readonly StateCounts[]): void {
  const { series, places, state } = world;
  const n = places.count;
  const y = world.year - series.firstYear;
  const population = series.population.subarray(y * n, (y + 1) * n);
  const hukouUrban = series.hukouUrban.subarray(y * n, (y + 1) * n);
  population.fill(0);
  hukouUrban.fill(0);
  state.network.fill(0);
  for (const part of parts) {
    for (let p = 0; p < n; p++) {
      population[p] += part.population[p];
      hukouUrban[p] += part.hukouUrban[p];
    }
    // Only people living outside their origin prefecture form a network there.
    const prefs = places.prefectureIds.length;
    for (let k = 0; k < prefs; k++) {
      for (let p = 0; p < n; p++) if (places.prefecture[p] !== k) state.network[k * n + p] += part.network[k * n + p];
    }
  }
  const pref = places.prefecture;
  const prefPop = new Float64Array(places.prefectureIds.length);
  for (let p = 0; p < n; p++) if (pref[p] !== 255) prefPop[pref[p]] += population[p];
  for (let k = 0; k < prefPop.length; k++) {
    const inv = prefPop[k] > 0 ? 1 / prefPop[k] : 0;
    for (let p = 0; p < n; p++) state.network[k * n + p] *= inv;
  }
}
