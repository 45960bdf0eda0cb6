import { createHash } from 'node:crypto';
import { basename, extname, resolve } from 'node:path';
import { InputError } from '../core/inputError.js';
import { canonicalJson } from '../scenario/canonicalJson.js';
import { prepareBase } from '../model/baseCache.js';
import { BUILTIN_CENSUS_YEAR } from '../scenario/checkScenario.js';
import { scaleProblem } from '../scenario/scaleLimit.js';
import { REPORTER_NAMES } from '../report/reporters.js';
import { resolveFactors } from './resolveFactors.js';
import { resolveScenarios } from './resolveScenarios.js';
import type { SensitivitySpec, Sweep, SweepDesign, SweepOutputs } from './sweep.js';
import { sweepFields, type SweepFields } from './sweepFields.js';
import { formatSourceIssues, readYamlSource, type SourceIssue } from './yamlSource.js';
import { SOBOL_MAX_DIMENSIONS } from './designs/sobolSequence.js';
import { LAST_RUN_YEAR } from '../core/limits.js';

/** Report levels results.csv can hold. */
export const OUTPUT_LEVELS = ['province', 'cluster', 'prefecture', 'tier'] as const;
/** The main reporters, written by default. */
export const MAIN_METRICS = ['population', 'urban_population', 'urban_rate', 'hukou_urban_rate', 'net_migration'];

/**
 * Reads, validates and resolves a sweep file. All mistakes are reported at once as
 * `file:line:column: path: what is wrong (expected ...)` in one InputError; nothing runs.
 */
export function loadSweep(fileArg: string): Sweep {
  const file = resolve(fileArg);
  const source = readYamlSource(file);
  const { fields: f, broken, issues } = sweepFields(source.value as Record<string, unknown>);
  const years = f.years === undefined ? undefined : typeof f.years === 'string'
    ? { first: Number(f.years.slice(0, 4)), last: Number(f.years.slice(5)) } : f.years;
  if (years && !(years.last > years.first)) issues.push({ path: ['years'], message: `the last year ${years.last} is not after ${years.first} (expected FIRST-LAST, e.g. 2020-2035)` });
  else if (years && years.last > LAST_RUN_YEAR) issues.push({ path: ['years'], message: `the last year ${years.last} is after ${LAST_RUN_YEAR} (expected a last year from ${years.first + 1} to ${LAST_RUN_YEAR})` });
  const scenarios = resolveScenarios(f.scenarios, file, years, issues);
  for (const { scenario } of scenarios) {
    if (years && years.first !== scenario.censusYear) issues.push({ path: ['years'], message: `runs start in the census year ${scenario.censusYear} (expected ${scenario.censusYear}-YYYY)` });
    const coarse = f.scale === undefined ? undefined : scaleProblem(f.scale, scenario.dataDir, scenario.censusYear);
    if (coarse !== undefined) issues.push({ path: ['scale'], message: `${f.scale} ${coarse}` });
  }
  // Without a scenario, check the rest against the built-in data and the widest span runs may have.
  const first = scenarios[0]?.scenario;
  const span = years ?? (first ? { first: first.firstYear, last: first.lastYear } : { first: BUILTIN_CENSUS_YEAR, last: LAST_RUN_YEAR });
  const design = broken.has('design') ? undefined : resolveDesign(f, issues);
  const places = prepareBase(first?.dataDir, first?.censusYear).places;
  const factors = resolveFactors(f.vary, design, places, broken.has('years') ? undefined : span, issues);
  if (design && design.type !== 'grid' && design.type !== 'list' && factors.length === 0 && !broken.has('vary')) issues.push({ path: ['design'], message: `a ${design.type} design needs varied factors (expected a vary: section)` });
  if (design?.type === 'sobol' && 2 * factors.length > SOBOL_MAX_DIMENSIONS) issues.push({ path: ['vary'], message: `${factors.length} factors (expected at most ${SOBOL_MAX_DIMENSIONS / 2} for a Sobol design)` });
  const combine = f.combine ?? 'factorial';
  if (combine === 'paired' && design && !broken.has('vary') && scenarios.length === f.scenarios.length) {
    const points = design.type === 'list' ? factors[0]?.values?.length ?? 1 : design.type === 'grid' ? factors.reduce((n, x) => n * (x.values?.length ?? x.steps ?? 1), 1) : -1;
    if (points !== scenarios.length) issues.push({ path: ['combine'], message: `paired needs one design point per scenario (${scenarios.length} scenarios, ${points < 0 ? `a ${design.type} design` : `${points} points`}; expected a grid or list design of ${scenarios.length} points)` });
  }
  const before = issues.length;
  const outputs = resolveOutputs(f, issues);
  const analysed = f.sensitivity !== undefined || design?.type === 'sobol' || design?.type === 'morris';
  const settled = design !== undefined && !['outputs', 'years', 'sensitivity'].some((k) => broken.has(k)) && issues.length === before;
  const sensitivity = resolveSensitivity(f, outputs, places.prefectureIds, places.clusterIds, span, analysed && settled ? issues : []);
  if (issues.length > 0 || !design) throw new InputError(formatSourceIssues(source, issues));
  // Prose ($schema, description) is left out: rewording a sweep does not stop it from resuming.
  const { description: _d, $schema: _s, ...identity } = f;
  const hash = createHash('sha256').update(canonicalJson({ sweep: identity, scenarios: scenarios.map((s) => s.hash) })).digest('hex');
  const fileHash = createHash('sha256').update(canonicalJson({ sweep: identity })).digest('hex');
  return {
    file, name: f.name ?? basename(file, extname(file)), description: f.description ?? '', hash, fileHash, scenarios, factors, design, combine,
    replicates: f.replicates ?? 1, years, scale: f.scale, outputs, sensitivity,
  };
}

function resolveDesign(f: SweepFields, issues: SourceIssue[]): SweepDesign {
  const d = f.design ?? 'grid';
  if (typeof d === 'string') return { type: d };
  if (d.type === 'lhs' || d.type === 'sobol') {
    if (d.type === 'sobol' && (d.samples & (d.samples - 1)) !== 0) issues.push({ path: ['design', 'samples'], message: `${d.samples} is not a power of 2 (expected 64, 128, 256, ...: Sobol' points balance only in powers of 2)` });
    return { type: d.type, samples: d.samples, seed: d.seed ?? 1 };
  }
  if (d.type === 'morris') {
    const levels = d.levels ?? 4;
    if (levels % 2 !== 0) issues.push({ path: ['design', 'levels'], message: `${levels} is odd (expected an even number of levels, e.g. 4)` });
    return { type: 'morris', trajectories: d.trajectories, levels, seed: d.seed ?? 1 };
  }
  return { type: d.type };
}

function resolveOutputs(f: SweepFields, issues: SourceIssue[]): SweepOutputs {
  const levels = f.outputs?.levels ?? ['province', 'prefecture', 'tier'];
  levels.forEach((l, i) => {
    if (!(OUTPUT_LEVELS as readonly string[]).includes(l)) issues.push({ path: ['outputs', 'levels', i], message: `unknown level "${l}" (expected one of ${OUTPUT_LEVELS.join(', ')})` });
  });
  const m = f.outputs?.metrics;
  const metrics = m === 'all' ? [...REPORTER_NAMES] : m ?? MAIN_METRICS;
  metrics.forEach((name, i) => {
    if (!REPORTER_NAMES.includes(name)) issues.push({ path: ['outputs', 'metrics', i], message: `unknown metric "${name}" (expected one of ${REPORTER_NAMES.join(', ')})` });
  });
  return { levels: OUTPUT_LEVELS.filter((l) => levels.includes(l)), metrics: REPORTER_NAMES.filter((n) => metrics.includes(n)) };
}

function resolveSensitivity(f: SweepFields, outputs: SweepOutputs, prefectures: string[], clusters: string[], span: { first: number; last: number }, issues: SourceIssue[]): SensitivitySpec {
  const s = f.sensitivity ?? {};
  const level = s.level ?? 'province';
  if (!outputs.levels.includes(level)) issues.push({ path: ['sensitivity', 'level'], message: `"${level}" is not in outputs.levels (expected one of ${outputs.levels.join(', ')})` });
  const metrics = s.metrics ?? outputs.metrics;
  metrics.forEach((m, i) => {
    if (!outputs.metrics.includes(m)) issues.push({ path: ['sensitivity', 'metrics', i], message: `"${m}" is not in outputs.metrics (expected one of ${outputs.metrics.join(', ')})` });
  });
  const known = level === 'prefecture' ? prefectures : level === 'cluster' ? clusters : level === 'tier' ? ['city', 'town', 'village'] : ['shanxi'];
  (s.ids ?? []).forEach((id, i) => {
    if (!known.includes(id)) issues.push({ path: ['sensitivity', 'ids', i], message: `unknown ${level} "${id}" (expected one of ${known.join(', ')})` });
  });
  const years = s.years ?? [span.last];
  years.forEach((y, i) => {
    if (y <= span.first || y > span.last) issues.push({ path: ['sensitivity', 'years', i], message: `${y} is outside the simulated years (expected ${span.first + 1}-${span.last})` });
  });
  return { metrics, level, ids: s.ids, years, bootstrap: s.bootstrap ?? 1000 };
}
