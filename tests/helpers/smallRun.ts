import { DEFAULT_PARAMS, type ModelParams } from '../../src/model/params.js';
import { runModel, type RunResult } from '../../src/model/runModel.js';
import type { RunSpec } from '../../src/model/runSpec.js';

/** Overrides of the small test run: any RunSpec field, and only the parameters that differ from the defaults. */
export type SmallRunOverrides = Partial<Omit<RunSpec, 'params'>> & { params?: Partial<ModelParams> };

/** The spec of a small, fast run: Shanxi baseline, 1 agent = 200 persons, 2020-2025, seed 1, no levers. */
export function smallSpec(overrides: SmallRunOverrides = {}): RunSpec {
  const { params, ...rest } = overrides;
  return {
    scenario: 'test', censusYear: 2020, firstYear: 2020, lastYear: 2025, scale: 200, seed: 1, levers: [],
    ...rest,
    params: { ...DEFAULT_PARAMS, ...params },
  };
}

/** Runs the model on `smallSpec(overrides)`. */
export function smallRun(overrides: SmallRunOverrides = {}): RunResult {
  return runModel(smallSpec(overrides));
}
