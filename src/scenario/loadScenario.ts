import { existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { PACKAGE_ROOT } from '../core/packageRoot.js';
import type { Scenario } from './scenario.js';
import { formatIssue } from './scenarioIssue.js';
import { validateScenario } from './validateScenario.js';

/** Built-in scenarios by short name: `baseline` is scenarios/shanxi/baseline.yaml. */
export const BUILTIN_SCENARIO_DIR = join(PACKAGE_ROOT, 'scenarios', 'shanxi');

/** Resolves a scenario argument: a file path, or the name of a built-in Shanxi scenario. */
export function scenarioPath(nameOrFile: string): string {
  if (existsSync(nameOrFile)) return resolve(nameOrFile);
  const builtin = join(BUILTIN_SCENARIO_DIR, `${nameOrFile}.yaml`);
  if (/^[a-z0-9-]+$/.test(nameOrFile) && existsSync(builtin)) return builtin;
  throw new InputError(`${nameOrFile}: no such scenario file or built-in scenario (expected a path, or a name in scenarios/shanxi/)`);
}

/**
 * Loads a scenario file (YAML or JSON) or built-in name, merging the files it extends. Throws one
 * InputError listing every issue, one `file:line:column: path: message` per line, before anything runs.
 */
export function loadScenario(nameOrFile: string): Scenario {
  const { scenario, issues } = validateScenario(scenarioPath(nameOrFile));
  if (!scenario) throw new InputError(issues.map(formatIssue).join('\n'));
  return scenario;
}
