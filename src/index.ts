export { runModel, type RunResult } from './model/runModel.js';
export type { RunSpec } from './model/runSpec.js';
export { DEFAULT_PARAMS, PARAM_NAMES, type ModelParams } from './model/params.js';
export { LEVERS, LEVER_NAMES, type LeverName } from './model/levers.js';
