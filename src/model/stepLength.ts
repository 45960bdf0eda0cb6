import type { World } from './world.js';

/**
 * Series index t stands for the end of calendar year census + t (docs/ODD.md §2.6), so a run's first step
 * runs from the census day (1 November) to the end of the next year: 14 months. Every later step is one
 * year. A run compared with census days (the calibration's 2010-2020 hindcast) sets its first step to 1.
 */
export const FIRST_STEP_YEARS = 14 / 12;

/**
 * Years spanned by the step ending in `world.year`. Event chances of a step (births, deaths, moves,
 * returns, integration, reclassification, arrivals) scale with its length.
 */
export function stepYears(world: World): number {
  return world.year === world.series.firstYear + 1 ? world.firstStepYears : 1;
}
