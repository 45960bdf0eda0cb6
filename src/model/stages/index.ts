import { accounting } from './accounting.js';
import { demography } from './demography.js';
import { inSituUrbanization } from './inSituUrbanization.js';
import { integration } from './integration.js';
import { migration } from './migration.js';
import type { Stage } from './stage.js';
import { updatePlaces } from './updatePlaces.js';

/**
 * One simulated year, stage by stage, in order (MODEL.md §3): the reference that runs follow. Runs use
 * simulateYear.ts, which fuses the agent steps after demography; tests check the two agree.
 */
export const YEAR: readonly Stage[] = [demography, updatePlaces, migration, integration, inSituUrbanization, accounting];
