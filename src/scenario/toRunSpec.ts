import { InputError } from '../core/inputError.js';
import type { RunSpec } from '../model/runSpec.js';
import { scaleProblem } from './scaleLimit.js';
import type { Scenario } from './scenario.js';
import { shownPath } from './scenarioSource.js';
import { LAST_RUN_YEAR } from '../core/limits.js';

/** Command-line overrides of a scenario's run settings. */
export interface RunOverrides {
  firstYear?: number;
  lastYear?: number;
  scale?: number;
  seed?: number;
}

/** The run a scenario describes, with overrides applied and checked. */
export function toRunSpec(s: Scenario, o: RunOverrides = {}): RunSpec {
  const spec: RunSpec = {
    scenario: s.name, dataDir: s.dataDir, censusYear: s.censusYear,
    firstYear: o.firstYear ?? s.firstYear, lastYear: o.lastYear ?? s.lastYear,
    scale: o.scale ?? s.scale, seed: o.seed ?? s.seed, params: s.params, levers: s.levers,
    ...(s.effects ? { effects: s.effects } : {}),
  };
  if (typeof spec.scale !== 'number' || !(spec.scale > 0) || !Number.isFinite(spec.scale)) throw new InputError(`--scale ${shown(spec.scale)}: must be a number above 0 (persons per agent, e.g. 10)`);
  const coarse = scaleProblem(spec.scale, spec.dataDir, spec.censusYear);
  // A scenario file's own scale is checked with its position (checkScenario.ts); this is --scale's.
  if (coarse !== undefined) throw new InputError(o.scale !== undefined ? `--scale ${o.scale}: ${coarse}` : `${s.file ? `${shownPath(s.file)}: ` : ''}scale ${spec.scale}: ${coarse}`);
  // A fractional year would run a partial step and report a year the model never reached (NA, rate 0).
  if (!Number.isInteger(spec.firstYear) || !Number.isInteger(spec.lastYear)) throw new InputError(`--years ${shown(spec.firstYear)}-${shown(spec.lastYear)}: years must be whole numbers (expected e.g. ${spec.censusYear}-2035)`);
  if (spec.firstYear !== spec.censusYear) throw new InputError(`--years ${spec.firstYear}-${spec.lastYear}: runs start in the census year ${spec.censusYear} (expected ${spec.censusYear}-YYYY)`);
  if (!(spec.lastYear > spec.firstYear) || spec.lastYear > LAST_RUN_YEAR) throw new InputError(`--years ${spec.firstYear}-${spec.lastYear}: the last year must be after ${spec.firstYear} and at most ${LAST_RUN_YEAR}`);
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > 0xffffffff) throw new InputError(`--seed ${shown(spec.seed)}: must be an integer from 0 to 4294967295`);
  return spec;
}

/** A value as a message shows it: API callers may pass a string where a number belongs ('10', shown quoted). */
function shown(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : String(v);
}
