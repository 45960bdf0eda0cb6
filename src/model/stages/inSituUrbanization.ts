import { leverAt } from '../levers.js';
import { threshold } from '../../core/random.js';
import { TIER } from '../places.js';
import { mobilityYears } from '../pandemic.js';
import type { World } from '../world.js';
import { STEP, agentPass } from './agentPass.js';

/** Extra reclassification per unit of urban-renewal intensity (urban-village renovation; assumption). */
const RENEWAL_RECLASSIFICATION = 1;
/** How much the neighbouring town's growth rate speeds up reclassification (per unit of yearly growth). */
const GROWTH_PULL = 10;

/**
 * In-situ urbanization (MODEL.md §3.5): a share of each village's residents is reclassified urban,
 * joining the county town (or the regional city for district villages) without moving. The share is
 * reclassificationRate x reclassification lever x calibrated effect x (1 + renewal) x (1 + pull of the urban
 * neighbour's growth) x the step's length in years (the part under the pandemic controls counted at
 * pandemicPace, src/model/pandemic.ts).
 * Reads: place, hukouPlace, hukouType, origin. Writes: place, migrant, hukouPlace (a registration in the reclassified
 * village follows it), world.tally.
 */
export function inSituUrbanization(world: World): void {
  reclassificationThresholds(world);
  agentPass(world, STEP.reclassify, 0, world.pop.count);
}

/** Global: per-village integer thresholds of the yearly reclassification chance. */
export function reclassificationThresholds(world: World): void {
  const { places, state, params, levers } = world;
  const n = places.count;
  const below = state.reclassBelow;
  const years = mobilityYears(world);
  for (let p = 0; p < n; p++) {
    below[p] = 0;
    if (places.tier[p] !== TIER.village) continue;
    const u = places.urbanOf[p];
    const growth = state.previous[u] > 0 ? state.population[u] / state.previous[u] - 1 : 0;
    const pull = 1 + Math.min(1, Math.max(0, GROWTH_PULL * growth));
    // Renewal set on the village or on its town/city (urban villages sit in both) speeds reclassification.
    const renewal = Math.max(leverAt(levers, 'renewal', world.year, p), leverAt(levers, 'renewal', world.year, u));
    below[p] = threshold(params.reclassificationRate * leverAt(levers, 'reclassification', world.year, p) * world.effects.reclassification[p] * (1 + RENEWAL_RECLASSIFICATION * renewal) * pull * years);
  }
}
