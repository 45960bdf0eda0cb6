import type { Places } from './places.js';

/**
 * Policy levers (MODEL.md §6): one number per place per year. Multipliers are neutral at 1,
 * programme intensities at 0. Scenario files fill these arrays (src/scenario/resolveLevers.ts).
 */
export const LEVERS = {
  services: { neutral: 1, doc: 'public-service index multiplier (education, health); 1 = current level' },
  housing: { neutral: 1, doc: 'housing stock multiplier (affordable units, renewal); 1 = current stock' },
  jobs: { neutral: 1, doc: 'multiplier of jobs growth and wage level; 1 = current trend' },
  hukouOpenness: { neutral: 1, doc: 'settlement openness: multiplies integration chance and migrant service access; 1 = current policy' },
  transport: { neutral: 1, doc: 'transport access multiplier: divides travel cost; 1 = current network' },
  countyTownProgramme: { neutral: 0, doc: 'county-town urbanization programme intensity: raises services, jobs and housing of county towns; 0 = none' },
  decliningProgramme: { neutral: 0, doc: 'declining-county programme intensity: concentrates services in towns of declining counties; 0 = none' },
  renewal: { neutral: 0, doc: 'urban renewal intensity: housing in cities and towns, reclassification of urban villages; 0 = none' },
  attraction: { neutral: 1, doc: 'multiplier of the weight of a place in every choice, staying included (pulls the model does not represent); 1 = the calibrated level (it multiplies the calibrated prefecture effect)' },
  reclassification: { neutral: 1, doc: 'multiplier of the yearly reclassification of villages as urban (redistricting, planning); 1 = the calibrated level (it multiplies the calibrated prefecture effect)' },
} as const;

/** The name of a policy lever. */
export type LeverName = keyof typeof LEVERS;
/** Every lever name, in a fixed order. */
export const LEVER_NAMES = Object.keys(LEVERS) as LeverName[];

/** Lever values: per lever a Float32Array of years x places, row-major by year. */
export interface Levers {
  firstYear: number;
  years: number;
  places: number;
  values: Record<LeverName, Float32Array>;
}

export function neutralLevers(places: Places, firstYear: number, lastYear: number): Levers {
  const years = lastYear - firstYear + 1;
  const values = {} as Record<LeverName, Float32Array>;
  for (const name of LEVER_NAMES) values[name] = new Float32Array(years * places.count).fill(LEVERS[name].neutral);
  return { firstYear, years, places: places.count, values };
}

/** The value of one lever at one place in one year (years past the schedule hold the last value). */
export function leverAt(levers: Levers, name: LeverName, year: number, place: number): number {
  const y = Math.min(Math.max(year - levers.firstYear, 0), levers.years - 1);
  return levers.values[name][y * levers.places + place];
}
