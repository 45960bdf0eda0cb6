import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve, join } from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../core/inputError.js';
import { PACKAGE_ROOT } from '../core/packageRoot.js';
import { DEFAULT_PARAMS } from '../model/params.js';
import type { Scenario } from './scenario.js';
import type { LeverSetting } from './leverSetting.js';

/** Built-in scenarios by short name: `baseline` is scenarios/shanxi/baseline.yaml. */
export const BUILTIN_SCENARIO_DIR = join(PACKAGE_ROOT, 'scenarios', 'shanxi');

/** Resolves a scenario argument: a file path, or the name of a built-in Shanxi scenario. */
export function scenarioPath(nameOrFile: string): string {
  if (existsSync(nameOrFile)) return resolve(nameOrFile);
  const builtin = join(BUILTIN_SCENARIO_DIR, `${nameOrFile}.yaml`);
  if (/^[a-z0-9-]+$/.test(nameOrFile) && existsSync(builtin)) return builtin;
  throw new InputError(`${nameOrFile}: no such scenario file or built-in scenario (expected a path, or a name in scenarios/shanxi/)`);
}

/** Loads a scenario file (minimal reader; full validation in validateScenario). */
export function loadScenario(nameOrFile: string): Scenario {
  const file = scenarioPath(nameOrFile);
  const doc = readMerged(file, []);
  const years = doc.years ?? { first: 2020, last: 2035 };
  const params = { ...DEFAULT_PARAMS, ...(doc.params ?? {}) };
  const levers = (doc.levers ?? []) as LeverSetting[];
  const resolved = { ...doc, years, params, levers };
  const hash = createHash('sha256').update(JSON.stringify(resolved)).digest('hex');
  return {
    name: doc.name ?? 'unnamed', description: doc.description ?? '', file, hash,
    dataDir: doc.data && doc.data !== 'shanxi-2020' ? resolve(dirname(file), doc.data) : undefined,
    censusYear: 2020, firstYear: years.first, lastYear: years.last, scale: doc.scale ?? 10, seed: doc.seed ?? 1, params, levers,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readMerged(file: string, chain: string[]): any {
  if (chain.includes(file)) throw new InputError(`${file}: extends cycle (${[...chain, file].join(' -> ')})`);
  const doc = parse(readFileSync(file, 'utf8')) ?? {};
  if (!doc.extends) return doc;
  const parent = readMerged(resolve(dirname(file), doc.extends), [...chain, file]);
  const { extends: _drop, ...rest } = doc;
  void _drop;
  return { ...parent, ...rest, params: { ...parent.params, ...rest.params }, levers: [...(parent.levers ?? []), ...(rest.levers ?? [])] };
}
