import { z } from 'zod';
import { PARAM_NAMES } from '../model/params.js';
import { leverEntrySchema, NAME_PATTERN, scenarioFileSchema, targetSchema } from '../scenario/scenarioSchema.js';
import { FIRST_FILE_YEAR, LAST_RUN_YEAR } from '../core/limits.js';

const year = z.int().min(FIRST_FILE_YEAR).max(LAST_RUN_YEAR);

/** One varied factor: a model parameter or a lever, over a range or a list of values. */
export const FACTOR_SCHEMA = z.strictObject({
  param: z.string().optional().describe('model parameter to vary (default: the key, when it names one)'),
  lever: z.string().optional().describe('lever to vary (default: the key, when it names one)'),
  min: z.number().optional().describe('lower end of the range, in the unit of the parameter or lever'),
  max: z.number().optional().describe('upper end of the range'),
  steps: z.int().min(2).optional().describe('grid designs: number of equally spaced values from min to max'),
  values: z.array(z.number()).min(1).optional().describe('explicit values (grid and list designs; sampled designs pick among them)'),
  log: z.boolean().optional().describe('sample the range on a log scale (min > 0)'),
  target: targetSchema.optional().describe('levers: where the value applies, as in scenario files (default province)'),
  from: year.optional().describe('levers: first year the value applies (default: the first simulated year); held after'),
});

/** A `vary:` entry: a list of values, or a factor mapping. */
export const VARY_ENTRY_SCHEMA = z.union([z.array(z.number()).min(1), FACTOR_SCHEMA]);

/** A scenario of the sweep with inline overrides; the same fields as in scenario files. */
export const SCENARIO_ENTRY_SCHEMA = z.strictObject({
  file: z.string().min(1).describe('scenario file (relative to the sweep file) or the name of a built-in Shanxi scenario'),
  name: z.string().regex(NAME_PATTERN).optional().describe('label of this entry in the outputs (default: the scenario name)'),
  params: scenarioFileSchema.shape.params,
  levers: z.array(leverEntrySchema).optional().describe('lever settings appended after the scenario\'s own'),
});

const seed = z.int().min(0).max(0xffffffff).optional().describe('seed of the design\'s random choices (default 1)');

/** The experimental design; sampled designs need their sizes. */
export const DESIGN_SCHEMA = z.union([
  z.enum(['grid', 'list']),
  z.strictObject({ type: z.literal('grid') }),
  z.strictObject({ type: z.literal('list') }),
  z.strictObject({ type: z.literal('lhs'), samples: z.int().min(1), seed }),
  z.strictObject({ type: z.literal('sobol'), samples: z.int().min(2).describe('base samples N (runs: N x (factors + 2))'), seed }),
  z.strictObject({ type: z.literal('morris'), trajectories: z.int().min(2), levels: z.int().min(2).optional().describe('grid levels p, even (default 4)'), seed }),
]);

export const OUTPUTS_SCHEMA = z.strictObject({
  levels: z.array(z.string()).min(1).optional().describe('report levels in results.csv (default province, prefecture, tier)'),
  metrics: z.union([z.literal('all'), z.array(z.string()).min(1)]).optional().describe('reporters in results.csv (default the main ones)'),
});

export const SENSITIVITY_SCHEMA = z.strictObject({
  metrics: z.array(z.string()).min(1).optional().describe('outputs to analyse (default: the output metrics)'),
  level: z.string().optional().describe('report level (default province)'),
  ids: z.array(z.string()).min(1).optional().describe('ids at that level (default all)'),
  years: z.array(year).min(1).optional().describe('years to analyse (default the last year)'),
  bootstrap: z.int().min(0).max(100000).optional().describe('bootstrap resamples for confidence intervals (default 1000)'),
});

/** A sweep file as written (YAML or JSON). */
export const SWEEP_FILE_SCHEMA = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().regex(NAME_PATTERN).optional(),
  description: z.string().optional(),
  scenarios: z.array(z.union([z.string().min(1), SCENARIO_ENTRY_SCHEMA])).min(1),
  vary: z.record(z.string(), VARY_ENTRY_SCHEMA).optional(),
  design: DESIGN_SCHEMA.optional(),
  combine: z.enum(['factorial', 'paired']).optional(),
  replicates: z.int().min(1).max(100000).optional(),
  years: z.union([z.string().regex(/^\d{4}-\d{4}$/), z.strictObject({ first: year, last: year })]).optional(),
  scale: z.number().positive().optional().describe('persons per agent (default: each scenario\'s)'),
  outputs: OUTPUTS_SCHEMA.optional(),
  sensitivity: SENSITIVITY_SCHEMA.optional(),
});

export type SweepFile = z.infer<typeof SWEEP_FILE_SCHEMA>;
export type FactorEntry = z.infer<typeof FACTOR_SCHEMA>;

type Path = readonly (string | number)[];

/** What the schema expects at a path of a sweep file, for error messages. */
export const SWEEP_FILE_HINTS = {
  allowedKeys(path: Path): readonly string[] | undefined {
    const at = path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
    if (at === '') return Object.keys(SWEEP_FILE_SCHEMA.shape).filter((k) => k !== '$schema');
    if (at === 'scenarios.*') return Object.keys(SCENARIO_ENTRY_SCHEMA.shape);
    if (at === 'scenarios.*.params') return PARAM_NAMES;
    if (at === 'scenarios.*.levers.*') return Object.keys(leverEntrySchema.shape);
    if (path.length === 2 && path[0] === 'vary') return Object.keys(FACTOR_SCHEMA.shape);
    if (at === 'design') return ['type', 'samples', 'trajectories', 'levels', 'seed'];
    if (at === 'years') return ['first', 'last'];
    if (at === 'outputs') return Object.keys(OUTPUTS_SCHEMA.shape);
    if (at === 'sensitivity') return Object.keys(SENSITIVITY_SCHEMA.shape);
    return undefined;
  },
  /** What text of a set form (a pattern) should look like, in words rather than the pattern. */
  format(path: Path): string | undefined {
    if (path[0] === 'years') return 'YYYY-YYYY, e.g. 2020-2035, or {first: 2020, last: 2035}';
    if (path[path.length - 1] === 'name') return 'letters, digits, ".", "_" or "-", starting with a letter or digit: it names outputs';
    return undefined;
  },
  unionForms(path: Path): string | undefined {
    const last = path[path.length - 1];
    if (last === 'target') return 'province, or a mapping {cluster: id}, {prefecture: id}, {tier: city|town|village} or {place: id}';
    if (path[0] === 'design') return 'grid, list, or {type: lhs, samples: N}, {type: sobol, samples: N} or {type: morris, trajectories: R}';
    if (path[0] === 'vary') return 'a list of values, or a mapping such as {min: 1, max: 3}';
    if (path[0] === 'scenarios') return 'a scenario file or built-in name, or a mapping {file: ..., name: ..., params: ..., levers: ...}';
    if (path[0] === 'years') return 'FIRST-LAST, e.g. 2020-2035, or {first: 2020, last: 2035}';
    if (path[0] === 'outputs') return '"all" or a list of metric names';
    return undefined;
  },
};
