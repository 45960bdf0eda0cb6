import { InputError } from '../core/inputError.js';
import { DEFAULT_PARAMS, type ModelParams } from '../model/params.js';
import { mergeScenarioValues } from '../scenario/mergeScenarioValues.js';
import { readScenarioChain } from '../scenario/readScenarioChain.js';
import { formatIssue } from '../scenario/scenarioIssue.js';
import type { PrefectureEffects } from '../model/prefectureEffects.js';

/**
 * The model parameters a scenario file sets (following `extends`), over the defaults. Unlike loadScenario
 * it needs no years or name, so it reads calibrated.yaml itself as well as a baseline that extends it.
 */
export function loadScenarioParams(file: string): ModelParams {
  const merged = mergedScenario(file);
  return { ...DEFAULT_PARAMS, ...(merged.params as Partial<ModelParams> | undefined) };
}

/** The calibrated per-prefecture effects of a scenario file (following `extends`), if it has any. */
export function loadScenarioEffects(file: string): PrefectureEffects | undefined {
  const effects = mergedScenario(file).effects as Partial<PrefectureEffects> | undefined;
  return effects && { attraction: { ...effects.attraction }, reclassification: { ...effects.reclassification } };
}

function mergedScenario(file: string): Record<string, unknown> {
  const chain = readScenarioChain(file);
  if (chain.issues.length > 0 || !chain.complete) throw new InputError(chain.issues.map(formatIssue).join('\n'));
  return chain.sources.map((s) => s.value as Record<string, unknown>).reduce(mergeScenarioValues, {});
}
