import type { z } from 'zod';
import { PARAM_NAMES } from '../model/params.js';
import { didYouMean } from '../scenario/closestName.js';
import { PARAM_RANGES } from '../scenario/paramRanges.js';
import { scaleProblem } from '../scenario/scaleLimit.js';
import type { ScenarioIssue } from '../scenario/scenarioIssue.js';
import { issueAt, type ScenarioSource } from '../scenario/scenarioSource.js';
import { kindOf, show } from '../scenario/schemaIssues.js';
import { calibrationExpected } from './calibrationExpected.js';
import { calibrationFileSchema, type CalibrationFile } from './calibrationSchema.js';

/** Years with observed targets: the 2020 census (hindcast from 2010) and the 2021-2022 year-end survey. */
export const OBSERVED_YEARS = { prefecture: [2020], province: [2020, 2021, 2022] } as const;

/** Validates a parsed calibration file; issues are positioned at the offending key or value. */
export function calibrationIssues(source: ScenarioSource): ScenarioIssue[] {
  const result = calibrationFileSchema.safeParse(source.value);
  if (!result.success) return result.error.issues.map((iss) => explain(source, iss));
  return crossChecks(source, result.data);
}

/** One schema problem in plain words: `what is wrong (expected ...)`, never zod's own wording. */
function explain(source: ScenarioSource, iss: z.core.$ZodIssue): ScenarioIssue {
  const path = iss.path as PropertyKey[];
  const value = valueAt(source.value, path);
  const expected = calibrationExpected(path);
  switch (iss.code) {
    case 'unrecognized_keys':
      return issueAt(source, [...path, iss.keys[0]], `unknown field (expected one of the fields in docs/calibration.md${didYouMean(iss.keys[0], KNOWN_FIELDS)})`, 'key');
    case 'invalid_type':
      if (value === undefined) return issueAt(source, path, `missing (expected ${expected})`);
      if (value === null) return issueAt(source, path, `has no value (expected ${expected})`);
      if (iss.expected === 'int' && typeof value === 'number') return issueAt(source, path, `${show(value)} is not a whole number (expected ${expected})`);
      return issueAt(source, path, `${show(value)} is ${kindOf(value)} (expected ${expected})`);
    case 'too_small':
    case 'too_big':
      if (iss.origin === 'string') return issueAt(source, path, `is empty (expected ${expected})`);
      if (iss.origin === 'array') {
        const n = Array.isArray(value) ? value.length : 0, bound = Number(iss.code === 'too_small' ? iss.minimum : iss.maximum);
        return issueAt(source, path, `has ${entries(n)} (expected ${iss.code === 'too_small' ? 'at least' : 'at most'} ${entries(bound)})`);
      }
      return issueAt(source, path, `${show(value)} is out of range (expected ${expected})`);
    case 'invalid_value':
      return issueAt(source, path, `${show(value)} is not allowed (expected one of ${iss.values.map(String).join(', ')})`);
    default:
      return issueAt(source, path, `${show(value)} is not valid here (expected ${expected})`);
  }
}

function entries(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

const KNOWN_FIELDS = ['name', 'description', 'scale', 'seed', 'population', 'generations', 'quantile', 'minAcceptance', 'maxEvaluations', 'workers', 'fixed', 'parameters', 'targets', 'synthetic', 'prefectureEffects', 'output', 'prior', 'min', 'max', 'mean', 'sd', 'metric', 'level', 'year', 'role', 'tolerance', 'weight', 'params'];
const NAMES = PARAM_NAMES as readonly string[];

function crossChecks(source: ScenarioSource, file: CalibrationFile): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const at = (path: PropertyKey[], message: string, where: 'key' | 'value' = 'value') => issues.push(issueAt(source, path, message, where));
  const knownName = (path: PropertyKey[], name: string): boolean => {
    if (NAMES.includes(name)) return true;
    at(path, `unknown parameter (expected a name from src/model/params.ts${didYouMean(name, NAMES)})`, 'key');
    return false;
  };
  const inRange = (path: PropertyKey[], name: string, v: number) => {
    const r = PARAM_RANGES[name as keyof typeof PARAM_RANGES];
    if (v < r.min || v > r.max) at(path, `${v} is out of range (expected ${r.min} to ${r.max}: ${r.doc})`);
  };
  for (const [name, p] of Object.entries(file.parameters)) {
    const path = ['parameters', name];
    if (!knownName(path, name)) continue;
    if (!(p.min < p.max)) at([...path, 'max'], `${p.max} is not above min ${p.min} (expected min < max)`);
    inRange([...path, 'min'], name, p.min);
    inRange([...path, 'max'], name, p.max);
    if (p.prior === 'loguniform' && !(p.min > 0)) at([...path, 'min'], `${p.min} is not above 0 (expected a positive bound for a loguniform prior)`);
    if (p.prior === 'normal' && (p.mean === undefined || p.sd === undefined)) at(path, 'a normal prior needs mean and sd (expected e.g. {prior: normal, mean: 1, sd: 0.3, min: 0, max: 3})');
    if (p.prior !== 'normal' && (p.mean !== undefined || p.sd !== undefined)) at(path, `mean and sd belong to normal priors (expected only min and max for a ${p.prior} prior)`);
    if (file.fixed && name in file.fixed) at(['fixed', name], 'is both fixed and fitted (expected it in one of fixed: or parameters:)', 'key');
  }
  if (Object.keys(file.parameters).length === 0) at(['parameters'], 'no parameter to fit (expected at least one, e.g. movePropensity: {prior: uniform, min: 0.5, max: 3})');
  for (const [name, v] of Object.entries(file.fixed ?? {})) if (knownName(['fixed', name], name)) inRange(['fixed', name], name, v);
  for (const [name, v] of Object.entries(file.synthetic?.params ?? {})) if (knownName(['synthetic', 'params', name], name)) inRange(['synthetic', 'params', name], name, v);
  // Both runs of an evaluation (the 2010 hindcast and the 2020 baseline) need enough agents everywhere.
  for (const [path, scale] of [[['scale'], file.scale], [['synthetic', 'scale'], file.synthetic?.scale]] as const) {
    const problem = scale === undefined ? undefined : (scaleProblem(scale, undefined, 2010) ?? scaleProblem(scale, undefined, 2020));
    if (problem !== undefined) at([...path], `${scale} ${problem}`);
  }
  const seen = new Map<string, number>();
  file.targets.forEach((t, k) => {
    const key = `${t.metric}|${t.level}|${t.year}`;
    if (seen.has(key)) at(['targets', k], `repeats targets[${seen.get(key)}] (expected each metric, level and year once)`);
    seen.set(key, k);
    const years: readonly number[] = OBSERVED_YEARS[t.level];
    if (!file.synthetic && !years.includes(t.year)) {
      at(['targets', k, 'year'], `no observed ${t.level} ${t.metric} in ${t.year} (expected ${years.join(' or ')}; the 2011-2019 yearly figures were never revised to the 2020 census)`);
    }
  });
  if (!file.targets.some((t) => t.role === 'fit' && (t.weight ?? 1) > 0)) at(['targets'], 'no target with role fit and a weight above 0 (expected at least one to fit)');
  // The effects are balanced against the hindcast's prefecture figures: without them there is nothing to balance.
  if (file.prefectureEffects && !file.targets.some((t) => t.level === 'prefecture' && t.year <= 2020 && t.role === 'fit' && (t.weight ?? 1) > 0)) {
    at(['prefectureEffects'], 'true, but no fitted prefecture target from the hindcast (expected a target with level: prefecture, a year up to 2020 and role: fit, e.g. {metric: population, level: prefecture, year: 2020, role: fit, tolerance: 2})');
  }
  return issues;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
  return v;
}
