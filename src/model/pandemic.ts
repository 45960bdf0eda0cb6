import { stepWindow, stepYears, type StepClock } from './stepLength.js';
import type { World } from './world.js';

/**
 * China's pandemic controls, as decimal years: from the lockdown of Wuhan (23 January 2020) to the State
 * Council's "ten new measures" that ended them (7 December 2022). Travel limits, closed sites and
 * quarantines on arrival slowed moves between places, and construction, for most of three years.
 */
export const PANDEMIC_CONTROLS = { from: 2020 + 22 / 366, to: 2022 + 340 / 365 } as const;

/** Share of the step ending in `world.year` that fell under the controls (0 to 1). */
export function pandemicShare(world: StepClock): number {
  const { start, end } = stepWindow(world);
  const overlap = Math.min(end, PANDEMIC_CONTROLS.to) - Math.max(start, PANDEMIC_CONTROLS.from);
  return overlap > 0 ? overlap / (end - start) : 0;
}

/**
 * Years of moving and reclassification in the step ending in `world.year`: its length, with the part under
 * the pandemic controls counted at `pandemicPace` (1 = as any other year, the default, which leaves the
 * step's length exactly as it is). Considering a move, returning, arriving from the rest of China and
 * the reclassification of villages scale with it; births, deaths and registration do not.
 */
export function mobilityYears(world: StepClock & Pick<World, 'params'>): number {
  const pace = world.params.pandemicPace;
  return pace === 1 ? stepYears(world) : stepYears(world) * (1 + (pace - 1) * pandemicShare(world));
}
