import { STREAM, agentHash, bits, streamKey, threshold } from '../../core/random.js';
import { isUrbanTier } from '../placeState.js';
import type { World } from '../world.js';

/** Years of residence after which the integration chance is full (residence-permit rules; assumption). */
const FULL_TENURE_YEARS = 3;
/** Share of the full chance by years of residence: (t + 1) / 4 below 3 years, then 1. */
const RAMP = Float64Array.from({ length: 256 }, (_, t) => (t >= FULL_TENURE_YEARS ? 1 : (t + 1) / (FULL_TENURE_YEARS + 1)));

/**
 * Integration (MODEL.md §3.4): residents of cities and towns who are migrants, or who hold rural hukou,
 * gain local urban hukou with a yearly chance of integrationRate x hukou openness x tenure ramp.
 * Reads: place, tenure, migrant, hukouType. Writes: hukouPlace, hukouType, migrant.
 */
export function integration(world: World): void {
  integrationThresholds(world);
  integrateAgents(world);
}

/** Global: per-place integer thresholds of the yearly integration chance (0 outside cities and towns). */
export function integrationThresholds(world: World): void {
  const { places, state, params } = world;
  for (let p = 0; p < places.count; p++) {
    state.integrationBelow[p] = isUrbanTier(places.tier[p]) ? threshold(params.integrationRate * state.openness[p]) : 0;
  }
}

/** Kernel: integration draws for the partition's agents. */
export function integrateAgents(world: World): void {
  const { pop, counters } = world;
  const key = streamKey(world.seed, world.year, STREAM.integration);
  const below = world.state.integrationBelow;
  const { id, place, tenure, migrant, hukouType, hukouPlace } = pop;
  const integrations = counters.integrations;
  const count = pop.count;
  for (let i = 0; i < count; i++) {
    const p = place[i];
    // Eligible unless a non-migrant with urban hukou; arithmetic instead of branches, which the mixed
    // population would mispredict. Only the rare success branches.
    const eligible = 1 - (1 - migrant[i]) * hukouType[i];
    if (bits(agentHash(key, id[i]), 0) >= below[p] * RAMP[tenure[i]] * eligible) continue;
    hukouPlace[i] = p;
    hukouType[i] = 1;
    migrant[i] = 0;
    integrations[p]++;
  }
}
