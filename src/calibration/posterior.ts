import { readFileSync, existsSync } from 'node:fs';
import { parseCsv } from '../core/csv.js';
import { InputError } from '../core/inputError.js';
import { DEFAULT_PARAMS, PARAM_NAMES, type ModelParams } from '../model/params.js';
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

/** Reads posterior.csv (as written by `urbanize calibrate`); weights are renormalized. */
export function loadPosterior(file: string): PosteriorSample {
  if (!existsSync(file)) throw new InputError(`${file}: no such posterior file (expected the posterior.csv written by urbanize calibrate)`);
  const table = parseCsv(readFileSync(file, 'utf8'), file);
  if (LEAD.some((c, k) => table.header[k] !== c)) throw new InputError(`${file}:1: header starts ${table.header.slice(0, 3).join(',')} (expected ${LEAD.join(',')} then parameter names)`);
  const names = table.header.slice(LEAD.length);
  names.forEach((n) => {
    if (!(PARAM_NAMES as string[]).includes(n)) throw new InputError(`${file}:1: "${n}" is not a model parameter (expected names from src/model/params.ts)`);
  });
  const num = (r: number, c: number) => {
    const v = Number(table.rows[r][c]);
    if (table.rows[r][c].trim() === '' || !Number.isFinite(v)) throw new InputError(`${file}:${r + 2}: ${table.header[c]}: "${table.rows[r][c]}" is not a number (expected a finite number)`);
    return v;
  };
  if (table.rows.length === 0) throw new InputError(`${file}: no particles (expected at least one row)`);
  const weights = Float64Array.from(table.rows, (_, r) => num(r, 1));
  if (weights.some((w) => w < 0)) throw new InputError(`${file}: negative weight (expected weights of at least 0)`);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new InputError(`${file}: the weights sum to 0 (expected positive weights)`);
  return {
    names: names as (keyof ModelParams)[],
    weights: weights.map((w) => w / total),
    distances: Float64Array.from(table.rows, (_, r) => num(r, 2)),
    values: table.rows.map((_, r) => Float64Array.from(names, (__, c) => num(r, LEAD.length + c))),
  };
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
