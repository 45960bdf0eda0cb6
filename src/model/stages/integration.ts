import { STREAM, streamKey, uniform } from '../../core/random.js';
import { isUrbanTier } from '../placeState.js';
import type { World } from '../world.js';

/** Years of residence after which the integration chance is full (residence-permit rules; assumption). */
const FULL_TENURE_YEARS = 3;

/**
 * Integration (MODEL.md §3.4): residents of cities and towns who are migrants, or who hold rural hukou,
 * gain local urban hukou with a yearly chance of integrationRate x hukou openness x tenure ramp.
 * Reads: place, tenure, migrant, hukouType. Writes: hukouPlace, hukouType, migrant.
 */
export function integration(world: World): void {
  const { pop, places, state, params, counters } = world;
  const key = streamKey(world.seed, world.year, STREAM.integration);
  const { id, place, tenure, migrant, hukouType, hukouPlace } = pop;
  const tier = places.tier;
  const integrations = counters.integrations;
  const base = params.integrationRate;
  for (let i = 0; i < pop.count; i++) {
    if (migrant[i] === 0 && hukouType[i] === 1) continue;
    const p = place[i];
    if (!isUrbanTier(tier[p])) continue;
    const ramp = tenure[i] >= FULL_TENURE_YEARS ? 1 : (tenure[i] + 1) / (FULL_TENURE_YEARS + 1);
    if (uniform(key, id[i], 0) >= base * state.openness[p] * ramp) continue;
    hukouPlace[i] = p;
    hukouType[i] = 1;
    migrant[i] = 0;
    integrations[p]++;
  }
}
