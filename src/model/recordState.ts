import type { World } from './world.js';

/**
 * Counts, in one pass, residents and urban-hukou holders by place into the series for `world.year`,
 * and the migrant network: people of each origin prefecture living in another prefecture's places,
 * as a share of the origin prefecture's residents (read by next year's migration choice).
 */
export function recordState(world: World): void {
  const { pop, series, places, state } = world;
  const n = places.count;
  const y = world.year - series.firstYear;
  const population = series.population.subarray(y * n, (y + 1) * n);
  const hukouUrban = series.hukouUrban.subarray(y * n, (y + 1) * n);
  const network = state.network;
  population.fill(0);
  hukouUrban.fill(0);
  network.fill(0);
  const { place, hukouType, origin } = pop;
  const pref = places.prefecture;
  const count = pop.count;
  for (let i = 0; i < count; i++) {
    const p = place[i];
    population[p]++;
    hukouUrban[p] += hukouType[i];
    const op = pref[origin[i]];
    if (op !== 255 && op !== pref[p]) network[op * n + p]++;
  }
  const prefPop = new Float64Array(places.prefectureIds.length);
  for (let p = 0; p < n; p++) if (pref[p] !== 255) prefPop[pref[p]] += population[p];
  for (let k = 0; k < prefPop.length; k++) {
    const inv = prefPop[k] > 0 ? 1 / prefPop[k] : 0;
    for (let p = 0; p < n; p++) network[k * n + p] *= inv;
  }
}
