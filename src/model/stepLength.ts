import type { World } from './world.js';

/**
 * Series index t stands for the end of calendar year census + t (docs/ODD.md §2.6), so a run's first step
 * runs from the census day (1 November) to the end of the next year: 14 months. Every later step is one
 * year. A run compared with census days (the calibration's 2010-2020 hindcast) sets its first step to 1.
 */
export const FIRST_STEP_YEARS = 14 / 12;

/** The census day (1 November, as the 2010 and 2020 censuses counted) as a fraction of its year. */
export const CENSUS_DAY = 10 / 12;

/** What fixes a step's place in time: the run's census year, its first step's length and the step's year. */
export type StepClock = Pick<World, 'year' | 'firstStepYears'> & { series: { firstYear: number } };

/**
 * Years spanned by the step ending in `world.year`. Event chances of a step (births, deaths, moves,
 * returns, integration, reclassification, arrivals) scale with its length.
 */
export function stepYears(world: StepClock): number {
  return world.year === world.series.firstYear + 1 ? world.firstStepYears : 1;
}

/**
 * Calendar dates (decimal years) between which the step ending in `world.year` runs: from the census day,
 * then on in steps of one year. With the 14-month first step the steps are calendar years; with a first
 * step of one year (the hindcast) they run from census day to census day.
 */
export function stepWindow(world: StepClock): { start: number; end: number } {
  const census = world.series.firstYear + CENSUS_DAY;
  const k = world.year - world.series.firstYear;
  const start = k === 1 ? census : census + world.firstStepYears + (k - 2);
  return { start, end: start + stepYears(world) };
}
