import { z } from 'zod';
import { MAX_THREADS } from '../core/limits.js';

/**
 * The calibration file format (YAML): which parameters to fit and their priors, which observed targets
 * to compare with and how much each weighs, and the settings of the ABC-SMC sampler
 * (docs/calibration.md). Cross-field rules (known parameter names, prior bounds inside the scenario
 * ranges, years with observed data) are checked in loadCalibration, where they can name the field.
 */

/** Last year with observed data the project may use: later official figures are the maintainers' test. */
export const LAST_OBSERVED_YEAR = 2022;

/** Prior of one parameter. `loguniform` and `normal` on `log: true` work on the log scale. */
export const priorSchema = z.strictObject({
  prior: z.enum(['uniform', 'loguniform', 'normal']).describe('uniform on [min, max]; loguniform: uniform in log between min and max; normal: mean and sd, truncated to [min, max]'),
  min: z.number().describe('lower bound (model units)'),
  max: z.number().describe('upper bound (model units)'),
  mean: z.number().describe('mean of a normal prior').optional(),
  sd: z.number().positive().describe('standard deviation of a normal prior').optional(),
});

/** One group of targets: a metric at one level in one year, compared with the observed values. */
export const targetSpecSchema = z.strictObject({
  metric: z.enum(['urban_rate', 'population']).describe('urban_rate: resident urbanization rate; population: residents'),
  level: z.enum(['province', 'prefecture']).describe('province, or each of the 11 prefectures'),
  year: z.int().min(2011).max(LAST_OBSERVED_YEAR).describe('2020 comes from the hindcast started at the 2010 census; 2021-2022 from the run started at the 2020 census'),
  role: z.enum(['fit', 'holdout']).describe('fit: enters the distance; holdout: only reported (out-of-sample check)'),
  tolerance: z.number().positive().describe('error counted as one unit of distance: percentage points for urban_rate, percent for population'),
  weight: z.number().min(0).describe('relative weight of the group in the distance (default 1)').optional(),
});

/** Synthetic targets: the model's own output under known parameters replaces the observed values (recovery tests). */
export const syntheticSchema = z.strictObject({
  params: z.record(z.string(), z.number()).describe('the true parameter values (others at their defaults or `fixed`)'),
  seed: z.int().min(0).max(0xffffffff).describe('seed of the run that makes the targets'),
  scale: z.number().positive().describe('persons per agent of that run (default: the calibration\'s); finer means less noise in the targets, as in real data').optional(),
});

/** The calibration file. */
export const calibrationFileSchema = z.strictObject({
  name: z.string().min(1).describe('name of the calibration, written into its outputs'),
  description: z.string().optional(),
  scale: z.number().positive().describe('persons per agent of every run (e.g. 100)'),
  seed: z.int().min(0).max(0xffffffff).describe('seed of the sampler; each run\'s seed comes from it and the parameter values'),
  population: z.int().min(10).max(100000).describe('accepted particles per generation'),
  generations: z.int().min(1).max(100).describe('most generations (the first samples the prior)'),
  quantile: z.number().gt(0).lt(1).describe('tolerance of a generation: this quantile of the previous distances (default 0.5)').optional(),
  minAcceptance: z.number().gt(0).lt(1).describe('stop when a generation accepts fewer proposals than this share (default 0.02)').optional(),
  maxEvaluations: z.int().min(1).describe('most model evaluations in all (a pair of runs each)'),
  workers: z.int().min(0).max(MAX_THREADS).describe('worker threads (0 = in the main thread; default: the number of CPUs)').optional(),
  fixed: z.record(z.string(), z.number()).describe('parameters held at values other than their defaults').optional(),
  parameters: z.record(z.string(), priorSchema).describe('parameters to fit, with their priors'),
  targets: z.array(targetSpecSchema).min(1).describe('target groups'),
  synthetic: syntheticSchema.optional(),
  prefectureEffects: z.boolean().describe('also balance an attraction and a reclassification effect per prefecture to the prefecture targets, written to the effects: section of calibrated.yaml (docs/calibration.md; default false)').optional(),
  output: z.string().min(1).describe('folder for calibrated.yaml and posterior.csv, relative to this file').optional(),
});

export type CalibrationFile = z.infer<typeof calibrationFileSchema>;
export type PriorSpec = z.infer<typeof priorSchema>;
export type TargetSpec = z.infer<typeof targetSpecSchema>;
