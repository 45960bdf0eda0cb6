import { leverAt } from '../levers.js';
import { TIER } from '../places.js';
import { TIER_SERVICES } from '../placeState.js';
import type { World } from '../world.js';

/** Share of services a county-town programme of intensity 1 adds to a county town (assumption). */
const COUNTY_TOWN_SERVICES = 0.25;
const COUNTY_TOWN_JOBS = 0.1;
const COUNTY_TOWN_HOUSING = 0.15;
/** Services a declining-county programme of intensity 1 moves from villages to the county town. */
const DECLINING_TOWN_SERVICES = 0.3;
const DECLINING_VILLAGE_SERVICES = -0.1;
/** Housing added by urban renewal of intensity 1 in cities and towns. */
const RENEWAL_HOUSING = 0.15;
/** Housing cost as a share of a Taiyuan wage at crowding 1, by tier (assumption). */
const TIER_HOUSING_COST = [0.35, 0.2, 0.08, 0.35];

/**
 * Places update (MODEL.md §3.2): applies this year's levers, then lets housing cost respond to crowding
 * and job-finding chances to labour supply.
 * Reads: no agent columns (counts come from the series and this year's counters). Writes: world.state.
 */
export function updatePlaces(world: World): void {
  const { places, state, params, levers, series, counters } = world;
  const years = world.year - series.firstYear;
  const n = places.count;
  state.previous.set(state.population);
  // Residents now: last year's end count plus this year's births, minus deaths (no pass over agents).
  for (let p = 0; p < n; p++) state.population[p] = series.population[(years - 1) * n + p] + counters.births[p] - counters.deaths[p];
  for (let p = 0; p < n; p++) {
    const tier = places.tier[p];
    if (tier === TIER.outside) {
      // The rest of China: fixed conditions, only the wage parameter matters.
      state.services[p] = TIER_SERVICES[tier];
      state.openness[p] = 1;
      state.transport[p] = 1;
      state.housingCost[p] = TIER_HOUSING_COST[tier];
      state.wage[p] = params.outsideWage;
      state.jobChance[p] = 0.95;
      continue;
    }
    const lever = (name: Parameters<typeof leverAt>[1]) => leverAt(levers, name, world.year, p);
    const countyTown = tier === TIER.town ? lever('countyTownProgramme') : 0;
    const declining = places.declining[p] ? lever('decliningProgramme') : 0;
    const renewal = tier === TIER.city || tier === TIER.town ? lever('renewal') : 0;
    let services = TIER_SERVICES[tier] * lever('services') * (1 + COUNTY_TOWN_SERVICES * countyTown);
    if (tier === TIER.town) services *= 1 + DECLINING_TOWN_SERVICES * declining;
    if (tier === TIER.village) services *= Math.max(0.2, 1 + DECLINING_VILLAGE_SERVICES * declining);
    state.services[p] = services;
    state.openness[p] = lever('hukouOpenness');
    state.transport[p] = lever('transport');
    const stock = Math.max(1, state.initial[p]) * lever('housing') * (1 + COUNTY_TOWN_HOUSING * countyTown + RENEWAL_HOUSING * renewal);
    const crowding = Math.max(state.population[p], 1) / stock;
    state.housingCost[p] = TIER_HOUSING_COST[tier] * Math.pow(crowding, params.housingElasticity);
    const jobsLever = lever('jobs') * (1 + COUNTY_TOWN_JOBS * countyTown);
    // Wage: tier level, agglomeration premium on city size, jobs lever.
    const tierWage = tier === TIER.city ? 1 : tier === TIER.town ? params.townWage : params.townWage * params.villageWage;
    const size = (Math.max(state.initial[p], 1) * world.scale) / 1e6; // persons, in millions
    state.wage[p] = tierWage * Math.pow(size, params.agglomeration) * jobsLever;
    // Harris-Todaro: urban jobs grow with the trend; the chance of finding one falls as residents outgrow them.
    if (tier === TIER.city || tier === TIER.town) {
      state.jobs[p] *= 1 + params.jobsGrowth * jobsLever;
      state.jobChance[p] = Math.min(1, (0.95 * state.jobs[p]) / Math.max(state.population[p], 1));
    } else state.jobChance[p] = 1;
  }
}
