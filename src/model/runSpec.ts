import type { LeverSetting } from '../scenario/leverSetting.js';
import type { ModelParams } from './params.js';
import type { PrefectureEffects } from './prefectureEffects.js';

/** Everything that determines a run's numbers: the same spec gives the same bytes. */
export interface RunSpec {
  /** scenario name, for output */
  scenario: string;
  /** base data folder (undefined: the built-in Shanxi data) */
  dataDir?: string;
  censusYear: number;
  firstYear: number;
  lastYear: number;
  /** persons per agent */
  scale: number;
  /** 32-bit seed of the counter-based generator */
  seed: number;
  /**
   * Years spanned by the first step (default 14/12: from the census day, 1 November, to the end of the next
   * year, so that series index t is the end of calendar year census + t). 1 when the series is compared
   * with census days, as in the 2010-2020 hindcast of the calibration.
   */
  firstStepYears?: number;
  params: ModelParams;
  levers: LeverSetting[];
  /** calibrated per-prefecture effects (prefectureEffects.ts); none: all 1 */
  effects?: PrefectureEffects;
}
