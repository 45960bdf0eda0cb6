import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { PACKAGE_ROOT } from '../core/packageRoot.js';
import { didYouMean } from './closestName.js';
import type { Scenario } from './scenario.js';
import { formatIssue } from './scenarioIssue.js';
import { validateScenario } from './validateScenario.js';

/** Built-in scenarios by short name: `baseline` is scenarios/shanxi/baseline.yaml. */
export const BUILTIN_SCENARIO_DIR = join(PACKAGE_ROOT, 'scenarios', 'shanxi');

/**
 * Resolves a scenario argument: a file path, or the name of a built-in Shanxi scenario. A folder is
 * returned as a path (it is no scenario: validateScenario says so) unless a built-in has its name.
 */
export function scenarioPath(nameOrFile: string): string {
  if (existsSync(nameOrFile) && statSync(nameOrFile).isFile()) return resolve(nameOrFile);
  const builtin = join(BUILTIN_SCENARIO_DIR, `${nameOrFile}.yaml`);
  if (/^[a-z0-9-]+$/.test(nameOrFile) && existsSync(builtin)) return builtin;
  if (existsSync(nameOrFile)) return resolve(nameOrFile);
  throw new InputError(`${nameOrFile}: ${unknownScenario(nameOrFile)}`);
}

/** Why `nameOrFile` names no scenario, with the nearest built-in name: `no such scenario file ... (...; did you mean "baseline"?)`. */
export function unknownScenario(nameOrFile: string): string {
  const names = readdirSync(BUILTIN_SCENARIO_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
  return `no such scenario file or built-in scenario (expected a path, or a name in scenarios/shanxi/${didYouMean(nameOrFile, names)})`;
}

/**
 * Loads a scenario file (YAML or JSON) or built-in name, merging the files it extends. Throws one
 * InputError listing every issue, one `file:line:column: path: message` per line, before anything runs.
 */
export function loadScenario(nameOrFile: string): Scenario {
  // API callers from JavaScript may pass anything; the CLI always passes a string.
  if (typeof nameOrFile !== 'string' || nameOrFile.trim() === '') {
    const x: unknown = nameOrFile;
    const got = typeof x === 'string' ? `'${x}'` : typeof x === 'object' && x !== null ? 'an object' : typeof x === 'function' ? 'a function' : String(x);
    throw new InputError(`scenario ${got}: expected a scenario name or file path (e.g. baseline or my-scenario.yaml)`);
  }
  const { scenario, issues } = validateScenario(scenarioPath(nameOrFile));
  if (!scenario) throw new InputError(issues.map(formatIssue).join('\n'));
  return scenario;
}
