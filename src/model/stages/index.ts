import { accounting } from './accounting.js';
import { demography } from './demography.js';
import { inSituUrbanization } from './inSituUrbanization.js';
import { integration } from './integration.js';
import { migration } from './migration.js';
import type { Stage } from './stage.js';
import { updatePlaces } from './updatePlaces.js';

/** One simulated year, in order (MODEL.md §3). */
export const YEAR: readonly Stage[] = [demography, updatePlaces, migration, integration, inSituUrbanization, accounting];
