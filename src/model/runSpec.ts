import type { LeverSetting } from '../scenario/leverSetting.js';
import type { ModelParams } from './params.js';

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
  params: ModelParams;
  levers: LeverSetting[];
}
