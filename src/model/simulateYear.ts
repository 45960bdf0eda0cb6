import { prepareChoice } from './choiceModel.js';
import { storeState } from './recordState.js';
import { checkBooks } from './stages/accounting.js';
import { STEP, YEAR_STEPS, agentPass } from './stages/agentPass.js';
import { demography } from './stages/demography.js';
import { integrationThresholds } from './stages/integration.js';
import { reclassificationThresholds } from './stages/inSituUrbanization.js';
import { addArrivals, arrivalCount } from './stages/migration.js';
import { updatePlaces } from './stages/updatePlaces.js';
import type { World } from './world.js';

/** Milliseconds per phase of a simulated year, summed over the years of a run. */
export type PhaseMs = Record<'demography' | 'global' | 'agents', number>;

export function createPhaseMs(): PhaseMs {
  return { demography: 0, global: 0, agents: 0 };
}

/**
 * One simulated year, as the stages in `YEAR` (stages/index.ts) give it, with the agent steps after
 * demography fused into one pass (agentPass.ts): the per-place tables of migration, integration and
 * in-situ urbanization first, then one pass over the residents, then the arrivals from the rest of China
 * through the steps after migration. Tests check it equals the stage-by-stage year.
 */
export function simulateYear(world: World, ms: PhaseMs = createPhaseMs()): void {
  const t0 = performance.now();
  demography(world);
  const t1 = performance.now();
  updatePlaces(world);
  prepareChoice(world);
  integrationThresholds(world);
  reclassificationThresholds(world);
  const arrivals = arrivalCount(world);
  const t2 = performance.now();
  const { pop } = world;
  const residents = pop.count;
  agentPass(world, YEAR_STEPS, 0, residents);
  addArrivals(world, pop.nextId, arrivals, 0, 1);
  pop.nextId += arrivals;
  agentPass(world, STEP.integrate | STEP.reclassify, residents, pop.count);
  const t3 = performance.now();
  storeState(world, [world.tally]);
  checkBooks(world, pop.count);
  ms.demography += t1 - t0;
  ms.global += t2 - t1 + performance.now() - t3;
  ms.agents += t3 - t2;
}
