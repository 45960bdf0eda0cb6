import type { ChoiceTables } from './choiceModel.js';
import type { BaseData } from './data/baseData.js';
import type { PlaceEffects } from './prefectureEffects.js';
import type { Levers } from './levers.js';
import type { ModelParams } from './params.js';
import type { Places } from './places.js';
import type { Population } from './population.js';
import type { PlaceState } from './placeState.js';
import type { StateCounts } from './recordState.js';
import type { RunSeries } from './runSeries.js';
import type { VitalRates } from './vitalRates.js';

/** Everything one run works on. Stages read and write it; nothing else holds run state. */
export interface World {
  base: BaseData;
  places: Places;
  params: ModelParams;
  levers: Levers;
  /** calibrated per-prefecture effects, per place */
  effects: PlaceEffects;
  /** persons per agent */
  scale: number;
  seed: number;
  /** the year being simulated: stages move the population from year - 1 to year */
  year: number;
  /** years spanned by the first step (stepLength.ts) */
  firstStepYears: number;
  pop: Population;
  vital: VitalRates;
  state: PlaceState;
  series: RunSeries;
  /** this year's counters (a view into `series` for the current year) */
  counters: YearCounters;
  /**
   * The current counts of this world's agents (residents, urban hukou, network, cohorts), kept up to date by
   * every kernel that adds, removes, moves or registers agents, so a year needs no counting pass over them.
   * In a split run each worker keeps its partition's tally; the coordinator, which owns no agents, keeps
   * only the sum of the workers' cohorts (for the vital rates).
   */
  tally: StateCounts;
  /** preallocated buffers reused every year */
  scratch: {
    /** staged copies of this year's mothers */
    mothers: Population;
    motherRows: Int32Array;
    dead: Int32Array;
    dieBelow: Float64Array;
    /** per (sex, birth year): the death chance at factor 1 where the chance at the largest factor reaches 1, else 0 */
    dieCapped: Float64Array;
    birthBelow: Float64Array;
  };
  choice: ChoiceTables;
}

/** Per-place counts of one year, in agents. */
export interface YearCounters {
  births: Int32Array;
  deaths: Int32Array;
  moveIn: Int32Array;
  moveOut: Int32Array;
  reclassIn: Int32Array;
  reclassOut: Int32Array;
  integrations: Int32Array;
  /** arrivals from the rest of China, created at the outside place */
  entries: Int32Array;
  /** migrations origin x destination, places x places */
  flows: Int32Array;
}
