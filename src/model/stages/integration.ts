import { threshold } from '../../core/random.js';
import { isUrbanTier } from '../placeState.js';
import { stepYears } from '../stepLength.js';
import type { World } from '../world.js';
import { STEP, agentPass } from './agentPass.js';

/**
 * Integration (MODEL.md §3.4): residents of cities and towns who are migrants, or who hold rural hukou,
 * gain local urban hukou with a chance per year of integrationRate x hukou openness x tenure ramp (times the
 * step's length in years).
 * Reads: place, settled, migrant, hukouType. Writes: hukouPlace, hukouType, migrant, world.tally.
 */
export function integration(world: World): void {
  integrationThresholds(world);
  agentPass(world, STEP.integrate, 0, world.pop.count);
}

/** Global: per-place integer thresholds of the yearly integration chance (0 outside cities and towns). */
export function integrationThresholds(world: World): void {
  const { places, state, params } = world;
  const years = stepYears(world);
  for (let p = 0; p < places.count; p++) {
    state.integrationBelow[p] = isUrbanTier(places.tier[p]) ? threshold(params.integrationRate * state.openness[p] * years) : 0;
  }
}
