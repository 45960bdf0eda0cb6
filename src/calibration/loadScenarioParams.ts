import { InputError } from '../core/inputError.js';
import type { LeverName } from '../model/levers.js';
import { DEFAULT_PARAMS, type ModelParams } from '../model/params.js';
import { mergeScenarioValues } from '../scenario/mergeScenarioValues.js';
import { readScenarioChain } from '../scenario/readScenarioChain.js';
import { formatIssue } from '../scenario/scenarioIssue.js';
import { effectsFromLevers, type PrefectureEffects } from './prefectureEffects.js';

/**
 * The model parameters a scenario file sets (following `extends`), over the defaults. Unlike loadScenario
 * it needs no years or name, so it reads calibrated.yaml itself as well as a baseline that extends it.
 */
export function loadScenarioParams(file: string): ModelParams {
  const merged = mergedScenario(file);
  return { ...DEFAULT_PARAMS, ...(merged.params as Partial<ModelParams> | undefined) };
}

/** The per-prefecture effects among a scenario file's levers (following `extends`), if it has any. */
export function loadScenarioEffects(file: string): PrefectureEffects | undefined {
  const entries = (mergedScenario(file).levers ?? []) as { lever: LeverName; target: Record<string, string>; schedule: Record<number, number> }[];
  return effectsFromLevers(entries.flatMap((e) =>
    typeof e.target?.prefecture === 'string' ? [{ lever: e.lever, target: { kind: 'prefecture' as const, id: e.target.prefecture }, schedule: e.schedule }] : []));
}

function mergedScenario(file: string): Record<string, unknown> {
  const chain = readScenarioChain(file);
  if (chain.issues.length > 0 || !chain.complete) throw new InputError(chain.issues.map(formatIssue).join('\n'));
  return chain.sources.map((s) => s.value as Record<string, unknown>).reduce(mergeScenarioValues, {});
}
