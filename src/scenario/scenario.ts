import type { LeverSetting } from './leverSetting.js';
import type { ModelParams } from '../model/params.js';
import type { PrefectureEffects } from '../model/prefectureEffects.js';

/** A scenario file after loading, `extends` merging and validation. */
export interface Scenario {
  name: string;
  description: string;
  /** absolute path of the file, or undefined for a scenario built in code */
  file?: string;
  /** the files merged into this scenario, root first (the file itself last) */
  sources?: string[];
  /** sha256 of the resolved scenario (canonical JSON, prose left out), to tell runs apart */
  hash: string;
  /** base data folder; undefined means the built-in Shanxi 2020 census */
  dataDir?: string;
  censusYear: number;
  firstYear: number;
  lastYear: number;
  scale: number;
  seed: number;
  params: ModelParams;
  levers: LeverSetting[];
  /** calibrated per-prefecture effects (the `effects:` section), if any */
  effects?: PrefectureEffects;
}
