import { LEVER_NAMES, LEVERS, type LeverName } from '../model/levers.js';
import { PARAM_NAMES, type ModelParams } from '../model/params.js';
import type { Places } from '../model/places.js';
import { didYouMean } from '../scenario/closestName.js';
import { leverReachProblem } from '../scenario/leverReach.js';
import { PARAM_RANGES } from '../scenario/paramRanges.js';
import { LEVER_MAX } from '../scenario/scenarioSchema.js';
import { leverTarget, targetText } from './leverTarget.js';
import type { Factor, SweepDesign } from './sweep.js';
import type { FactorEntry, SweepFile } from './sweepFile.js';
import type { SourceIssue } from './yamlSource.js';

/** Smallest value a multiplier lever can take in a sweep. */
const MULTIPLIER_MIN = 0.01;

/** Allowed values of a factor, and why when it is not the scenario files' range. */
interface Bounds { min: number; max: number; why?: string }

/**
 * Turns the `vary:` entries into factors and checks them: known parameter or lever, values inside the
 * ranges scenario files allow, ranges for sampled designs, values or steps for grids, equal-length
 * lists for list designs, known lever targets that hold places the lever acts on, start years within
 * the run. An undefined design or span (mistakes of their own) skips the checks that need it.
 */
export function resolveFactors(vary: SweepFile['vary'], design: SweepDesign | undefined, places: Places, years: { first: number; last: number } | undefined, issues: SourceIssue[]): Factor[] {
  const factors: Factor[] = [];
  for (const [key, raw] of Object.entries(vary ?? {})) {
    const entry: FactorEntry = Array.isArray(raw) ? { values: raw } : raw;
    const at = (...p: (string | number)[]) => (Array.isArray(raw) && p[0] === 'values' ? ['vary', key, ...p.slice(1)] : ['vary', key, ...p]);
    const bad = (message: string, ...p: (string | number)[]) => issues.push({ path: at(...p), message });
    if (entry.param !== undefined && entry.lever !== undefined) {
      issues.push({ path: at(), atKey: true, message: `gives both param: ${entry.param} and lever: ${entry.lever} (expected one of them: a factor varies one parameter or one lever)` });
      continue;
    }
    const name = entry.param ?? entry.lever ?? key;
    const isParam = entry.lever === undefined && (PARAM_NAMES as string[]).includes(name);
    const isLever = entry.param === undefined && (LEVER_NAMES as string[]).includes(name);
    if (!isParam && !isLever) {
      const field = entry.param !== undefined ? 'param' : entry.lever !== undefined ? 'lever' : undefined;
      const all = field === 'param' ? PARAM_NAMES : field === 'lever' ? LEVER_NAMES : [...PARAM_NAMES, ...LEVER_NAMES];
      issues.push({ path: field ? at(field) : at(), atKey: !field, message: `${JSON.stringify(name)} is neither a model parameter nor a lever (expected a name from src/model/params.ts or src/model/levers.ts, or param: / lever: naming one${didYouMean(name, all)})` });
      continue;
    }
    const factor: Factor = { key, kind: isParam ? 'param' : 'lever', log: entry.log ?? false, identity: name, values: entry.values, min: entry.min, max: entry.max, steps: entry.steps };
    let bounds: Bounds;
    if (isLever) {
      factor.lever = name as LeverName;
      const target = leverTarget(entry.target ?? 'province', places);
      if (typeof target === 'string') bad(target, 'target');
      else factor.target = target;
      const idle = typeof target === 'string' ? undefined : leverReachProblem(name as LeverName, target, places);
      if (idle !== undefined) bad(idle, entry.target === undefined ? 'lever' : 'target');
      factor.from = entry.from;
      if (years && entry.from !== undefined && (entry.from < years.first || entry.from > years.last)) bad(`${entry.from} is outside the run (expected a year from ${years.first} to ${years.last})`, 'from');
      factor.identity = `${name}@${typeof target === 'string' ? '?' : targetText(target)}@${entry.from ?? years?.first}`;
      // Multipliers (neutral 1) stay above 0, as in scenario files: 0 would leave places with no utility.
      bounds = LEVERS[name as LeverName].neutral === 1 ? { min: MULTIPLIER_MIN, max: LEVER_MAX, why: 'a multiplier stays above 0' } : { min: 0, max: LEVER_MAX };
    } else {
      factor.param = name as keyof ModelParams;
      if (entry.target !== undefined) bad('only levers have a target (expected no target for a parameter)', 'target');
      if (entry.from !== undefined) bad('only levers have a start year (expected no from for a parameter)', 'from');
      bounds = PARAM_RANGES[name as keyof ModelParams];
    }
    checkRange(entry, design, bounds, bad);
    factors.push(factor);
  }
  const identities = new Map<string, string>();
  for (const f of factors) {
    const other = identities.get(f.identity);
    if (other) issues.push({ path: ['vary', f.key], atKey: true, message: `varies the same thing as "${other}" (expected each parameter, or lever on a target from a year, once)` });
    identities.set(f.identity, f.key);
  }
  if (design?.type === 'list' && factors.length > 0) {
    const n = factors[0].values?.length;
    for (const f of factors) if (f.values && f.values.length !== n) issues.push({ path: ['vary', f.key], message: `has ${f.values.length} values (expected ${n}, as many as "${factors[0].key}": a list design takes the i-th value of every factor)` });
  }
  return factors;
}

function checkRange(e: FactorEntry, design: SweepDesign | undefined, bounds: Bounds, bad: (message: string, ...p: (string | number)[]) => void): void {
  const hasRange = e.min !== undefined || e.max !== undefined;
  if (e.values && (hasRange || e.steps !== undefined)) return void bad('gives both values and a range (expected either values, or min and max)');
  if (!e.values && (e.min === undefined || e.max === undefined)) return void bad(`has no ${e.min === undefined ? 'min' : 'max'} (expected values: [...], or min and max)`);
  if (hasRange && !((e.max as number) > (e.min as number))) bad(`max ${e.max} is not above min ${e.min} (expected min < max)`, 'max');
  const outside = (v: number) => v < bounds.min || v > bounds.max;
  const expect = `(expected values from ${bounds.min} to ${bounds.max}, ${bounds.why ?? 'the range scenario files allow'})`;
  if (e.values) e.values.forEach((v, i) => { if (outside(v)) bad(`${v} is out of range ${expect}`, 'values', i); });
  else for (const end of ['min', 'max'] as const) if (outside(e[end] as number)) bad(`${e[end]} is out of range ${expect}`, end);
  // Runs are seeded by their values, so a repeated value is the same run twice, with the same numbers.
  e.values?.forEach((v, i) => {
    const k = e.values!.indexOf(v);
    if (k < i) bad(`${v} is listed twice (first as value ${k + 1}; expected distinct values: a repeated value repeats the same runs, seed included)`, 'values', i);
  });
  if (e.log && (e.values || !((e.min as number) > 0))) bad('a log scale needs a range with min above 0 (expected min > 0, or log: false)', 'log');
  if (design === undefined) return; // the design has mistakes of its own (sweepFields.ts)
  if (design.type === 'grid' && hasRange && e.steps === undefined) bad('a grid needs values or steps (expected steps: N, the number of values from min to max)');
  if (design.type !== 'grid' && e.steps !== undefined) bad(`steps is for grid designs (expected no steps with design ${design.type})`, 'steps');
  if (design.type === 'list' && !e.values) bad('a list design needs values (expected values: [...])');
}
