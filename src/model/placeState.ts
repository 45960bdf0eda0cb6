import { TIER, type Places } from './places.js';

/** Per-place conditions that levers and the population change; rebuilt each year by the places stage. */
export interface PlaceState {
  /** residents (agents) at the start of the year */
  population: Float64Array;
  /** residents one year earlier, for growth */
  previous: Float64Array;
  /** census-year residents, the reference for housing stock and jobs */
  initial: Float64Array;
  services: Float64Array;
  housingCost: Float64Array;
  wage: Float64Array;
  /** urban jobs (in agents), grown each year by jobsGrowth x the jobs lever */
  jobs: Float64Array;
  jobChance: Float64Array;
  /** openness to settlement (integration chance multiplier, migrant service access) */
  openness: Float64Array;
  transport: Float64Array;
  /** migrants from each prefecture living at each place, as a share of that prefecture's people: prefectures x places */
  network: Float64Array;
  /** integer thresholds of this year's integration and reclassification chances, by place */
  integrationBelow: Float64Array;
  reclassBelow: Float64Array;
}

/** Allocates the place state; `shared` puts it in SharedArrayBuffers that worker threads read. */
export function createPlaceState(places: Places, shared = false): PlaceState {
  const n = places.count;
  const arr = (len = n) => new Float64Array(shared ? new SharedArrayBuffer(len * 8) : new ArrayBuffer(len * 8));
  return {
    population: arr(), previous: arr(), initial: arr(), services: arr(), housingCost: arr(), wage: arr(), jobs: arr(),
    jobChance: arr(), openness: arr(), transport: arr(), network: arr(places.prefectureIds.length * n),
    integrationBelow: arr(), reclassBelow: arr(),
  };
}

/** Relative public-service level by tier before levers (assumption: cities 1, towns 0.7, villages 0.4). */
export const TIER_SERVICES = [1, 0.7, 0.4, 1];
export const isUrbanTier = (tier: number): boolean => tier === TIER.city || tier === TIER.town;
