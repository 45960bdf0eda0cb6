import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from '../core/csv.js';
import { InputError } from '../core/inputError.js';
import { DEFAULT_PARAMS, PARAM_NAMES, type ModelParams } from '../model/params.js';
import { PARAM_RANGES } from '../scenario/paramRanges.js';
import { shownPath } from '../scenario/scenarioSource.js';
import { samplerRandom } from './samplerRandom.js';
import { weightedQuantile } from './weightedQuantile.js';

/** A weighted sample of parameter sets (model units): the ABC posterior. */
export interface PosteriorSample {
  names: (keyof ModelParams)[];
  /** importance weights, summing to 1 */
  weights: Float64Array;
  /** distance of each particle's own simulation */
  distances: Float64Array;
  /** one row of values per particle, in `names` order */
  values: Float64Array[];
}

/** Columns of posterior.csv before the parameters. */
const LEAD = ['particle', 'weight', 'distance'];

/**
 * posterior.csv: `particle,weight,distance,<parameter>...`, one row per particle. Numbers are written in
 * full (shortest round-trip form), so a particle read back gives the same run seed and the same runs.
 */
export function posteriorCsv(sample: PosteriorSample): string {
  const f = (v: number) => String(v);
  const lines = [[...LEAD, ...sample.names].join(',')];
  sample.values.forEach((row, k) => lines.push([k, f(sample.weights[k]), f(sample.distances[k]), ...Array.from(row, f)].join(',')));
  return lines.join('\n') + '\n';
}

/**
 * Reads posterior.csv (as written by `urbanize calibrate`); weights are renormalized. Values must lie in the
 * ranges a scenario may set (src/scenario/paramRanges.ts): the draws are run as they are.
 */
export function loadPosterior(path: string): PosteriorSample {
  const file = shownPath(resolve(path));
  if (!existsSync(path)) throw new InputError(`${file}: no such posterior file (expected the posterior.csv written by urbanize calibrate)`);
  const text = readFileSync(path, 'utf8');
  const table = parseCsv(text, file);
  if (LEAD.some((c, k) => table.header[k] !== c)) throw new InputError(`${file}:1: header starts ${table.header.slice(0, 3).join(',')} (expected ${LEAD.join(',')} then parameter names)`);
  const names = table.header.slice(LEAD.length);
  names.forEach((n, k) => {
    if (!(PARAM_NAMES as string[]).includes(n)) throw new InputError(`${file}:1: "${n}" is not a model parameter (expected names from src/model/params.ts)`);
    if (names.indexOf(n) < k) throw new InputError(`${file}:1: "${n}" is a column twice (expected each parameter once)`);
  });
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const at = (r: number, c: number) => `${file}:${table.lines[r]}:${fieldColumn(lines[table.lines[r] - 1], c)}: ${table.header[c]}`;
  const num = (r: number, c: number) => {
    const v = Number(table.rows[r][c]);
    if (table.rows[r][c].trim() === '' || !Number.isFinite(v)) throw new InputError(`${at(r, c)}: "${table.rows[r][c]}" is not a number (expected a finite number)`);
    return v;
  };
  const param = (r: number, c: number) => {
    const v = num(r, c), range = PARAM_RANGES[table.header[c] as keyof ModelParams];
    if (v < range.min || v > range.max) throw new InputError(`${at(r, c)}: ${table.rows[r][c]} is out of range (expected ${range.min} to ${range.max}: ${range.doc})`);
    return v;
  };
  if (table.rows.length === 0) throw new InputError(`${file}: no particles (expected at least one row)`);
  const weights = Float64Array.from(table.rows, (_, r) => {
    const w = num(r, 1);
    if (w < 0) throw new InputError(`${at(r, 1)}: ${table.rows[r][1]} is negative (expected a weight of at least 0)`);
    return w;
  });
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new InputError(`${file}: the weights sum to 0 (expected positive weights)`);
  return {
    names: names as (keyof ModelParams)[],
    weights: weights.map((w) => w / total),
    distances: Float64Array.from(table.rows, (_, r) => num(r, 2)),
    values: table.rows.map((_, r) => Float64Array.from(names, (__, c) => param(r, LEAD.length + c))),
  };
}

/** 1-based character column where field `field` of a CSV line starts (commas inside quotes skipped). */
function fieldColumn(line: string, field: number): number {
  let quoted = false, seen = 0;
  for (let i = 0; i < line.length && seen < field; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ',' && !quoted && ++seen === field) return i + 2;
  }
  return 1;
}

/**
 * Draws `k` parameter sets from the posterior, with replacement and in proportion to the weights; the same
 * seed gives the same draws. Unlisted parameters come from `base` (e.g. a scenario's own parameters).
 */
export function drawParameterSets(sample: PosteriorSample, k: number, seed: number, base: ModelParams = DEFAULT_PARAMS): ModelParams[] {
  const rng = samplerRandom(seed, 'posterior-draws');
  return Array.from({ length: k }, () => {
    const u = rng.uniform();
    let j = 0, acc = sample.weights[0];
    while (acc < u && j < sample.weights.length - 1) acc += sample.weights[++j];
    const params = { ...base };
    sample.names.forEach((n, c) => { params[n] = sample.values[j][c]; });
    return params;
  });
}

/** Weighted median and 90% interval of each parameter. */
export function posteriorSummary(sample: PosteriorSample): Record<string, { median: number; q05: number; q95: number }> {
  return Object.fromEntries(sample.names.map((n, c) => {
    const v = sample.values.map((row) => row[c]);
    const q = (p: number) => weightedQuantile(v, sample.weights, p);
    return [n, { median: q(0.5), q05: q(0.05), q95: q(0.95) }];
  }));
}
