import type { World } from './world.js';

/** Counts residents and urban-hukou holders by place into the series for `world.year`. */
export function recordState(world: World): void {
  const { pop, series, places } = world;
  const n = places.count;
  const y = world.year - series.firstYear;
  const population = series.population.subarray(y * n, (y + 1) * n);
  const hukouUrban = series.hukouUrban.subarray(y * n, (y + 1) * n);
  population.fill(0);
  hukouUrban.fill(0);
  const { place, hukouType } = pop;
  for (let i = 0; i < pop.count; i++) {
    const p = place[i];
    population[p]++;
    hukouUrban[p] += hukouType[i];
  }
}
