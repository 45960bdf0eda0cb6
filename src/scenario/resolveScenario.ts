import { createHash } from 'node:crypto';
import { dirname, relative, sep } from 'node:path';
import type { LeverName } from '../model/levers.js';
import { DEFAULT_PARAMS, type ModelParams } from '../model/params.js';
import { canonicalJson } from './canonicalJson.js';
import type { CheckedScenario } from './checkScenario.js';
import type { LeverSetting, LeverTarget } from './leverSetting.js';
import type { Scenario } from './scenario.js';
import type { LeverEntry, ScenarioFile } from './scenarioSchema.js';
import type { ScenarioSource } from './scenarioSource.js';

/** Defaults of optional fields, as documented in the schema. */
export const SCENARIO_DEFAULTS = { scale: 10, seed: 1 } as const;

/** The Scenario of a chain of files that passed every check (root first). */
export function resolveScenario(sources: readonly ScenarioSource[], checked: CheckedScenario): Scenario {
  const file = sources[sources.length - 1].file;
  const m = checked.merged as ScenarioFile & { years: { first: number; last: number } };
  const levers = checked.levers.map(({ entry }) => leverSetting(entry as LeverEntry));
  const params: ModelParams = { ...DEFAULT_PARAMS, ...(m.params as Partial<ModelParams>) };
  const scenario: Omit<Scenario, 'hash'> = {
    name: m.name!, description: m.description ?? '', file, sources: sources.map((s) => s.file),
    dataDir: checked.dataDir, censusYear: m.years.first, firstYear: m.years.first, lastYear: m.years.last,
    scale: m.scale ?? SCENARIO_DEFAULTS.scale, seed: m.seed ?? SCENARIO_DEFAULTS.seed, params, levers,
    ...(hasEffects(m.effects) ? { effects: { attraction: { ...m.effects.attraction }, reclassification: { ...m.effects.reclassification } } } : {}),
  };
  return { ...scenario, hash: scenarioHash(scenario) };
}

/**
 * sha256 of what determines a scenario's runs, as canonical JSON: name, data, years, scale, seed, every
 * parameter, the levers and the calibrated effects. Prose (description, why) and file layout are left out, so rewording or
 * reformatting a file keeps its hash; a data folder counts by its path relative to the scenario file.
 */
export function scenarioHash(s: Omit<Scenario, 'hash'>): string {
  const data = s.dataDir === undefined ? 'shanxi-2020' : s.file ? relative(dirname(s.file), s.dataDir).split(sep).join('/') : s.dataDir;
  const identity = {
    name: s.name, data, censusYear: s.censusYear, years: { first: s.firstYear, last: s.lastYear }, scale: s.scale, seed: s.seed,
    params: s.params, levers: s.levers.map(({ lever, target, schedule }) => ({ lever, target, schedule })),
    ...(s.effects ? { effects: s.effects } : {}),
  };
  return createHash('sha256').update(canonicalJson(identity)).digest('hex');
}

/** True when a file's effects set at least one prefecture (an empty section changes nothing, not even the hash). */
function hasEffects(e: ScenarioFile['effects']): e is NonNullable<ScenarioFile['effects']> {
  return e !== undefined && Object.keys(e.attraction ?? {}).length + Object.keys(e.reclassification ?? {}).length > 0;
}

function leverSetting(e: LeverEntry): LeverSetting {
  const schedule: Record<number, number> = {};
  for (const [year, value] of Object.entries(e.schedule)) schedule[Number(year)] = value;
  const setting: LeverSetting = { lever: e.lever as LeverName, target: leverTarget(e.target), schedule };
  if (e.why !== undefined) setting.why = e.why;
  return setting;
}

function leverTarget(t: LeverEntry['target']): LeverTarget {
  if (t === 'province') return { kind: 'province' };
  if ('cluster' in t) return { kind: 'cluster', id: t.cluster };
  if ('prefecture' in t) return { kind: 'prefecture', id: t.prefecture };
  if ('tier' in t) return { kind: 'tier', id: t.tier };
  return { kind: 'place', id: t.place };
}
