import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/inputError.js';
import { DEFAULT_PARAMS, type ModelParams } from '../model/params.js';
import { formatIssue } from '../scenario/scenarioIssue.js';
import { issueAt, shownPath, type ScenarioSource } from '../scenario/scenarioSource.js';
import { calibrationIssues } from './calibrationIssues.js';
import { parseCalibrationSource } from './parseCalibrationSource.js';
import type { CalibrationFile, PriorSpec, TargetSpec } from './calibrationSchema.js';

/** A fitted parameter and its prior. */
export interface FittedParameter {
  name: keyof ModelParams;
  prior: PriorSpec;
}

/** A calibration file after validation, with defaults filled in and paths resolved. */
export interface CalibrationSetup {
  name: string;
  description: string;
  /** absolute path of the file, or undefined for a setup built in code */
  file?: string;
  scale: number;
  seed: number;
  population: number;
  generations: number;
  quantile: number;
  minAcceptance: number;
  maxEvaluations: number;
  /** undefined: one per CPU */
  workers?: number;
  /** values of the parameters that are not fitted: defaults overridden by `fixed` */
  base: ModelParams;
  parameters: FittedParameter[];
  targets: (TargetSpec & { weight: number })[];
  synthetic?: { params: Partial<ModelParams>; seed: number; scale: number };
  /** balance per-prefecture attraction and reclassification effects (balanceEffects.ts) */
  prefectureEffects: boolean;
  /** absolute folder for calibrated.yaml and posterior.csv */
  outputDir: string;
  /** the `output:` field as written and where (`file:line`), so errors about the folder can point at it */
  outputField?: { value: string; at: string };
}

/** Reads and validates a calibration file; throws one InputError listing every issue (exit 2). */
export function loadCalibration(path: string): CalibrationSetup {
  const file = resolve(path);
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`${path}: no such calibration file (expected a YAML file, e.g. scenarios/calibration/calibration.yaml)`);
  const parsed = parseCalibrationSource(file, shownPath(file), readFileSync(file, 'utf8'));
  const issues = [...parsed.issues, ...(parsed.source ? calibrationIssues(parsed.source) : [])];
  if (issues.length > 0 || !parsed.source) throw new InputError(issues.map(formatIssue).join('\n'));
  return resolveSetup(parsed.source, file);
}

function resolveSetup(source: ScenarioSource, file: string): CalibrationSetup {
  const doc = source.value as CalibrationFile;
  const output = doc.output === undefined ? undefined : issueAt(source, ['output'], '');
  return {
    name: doc.name, description: doc.description ?? '', file,
    scale: doc.scale, seed: doc.seed, population: doc.population, generations: doc.generations,
    quantile: doc.quantile ?? 0.5, minAcceptance: doc.minAcceptance ?? 0.02, maxEvaluations: doc.maxEvaluations, workers: doc.workers,
    base: { ...DEFAULT_PARAMS, ...(doc.fixed ?? {}) },
    parameters: Object.entries(doc.parameters).map(([name, prior]) => ({ name: name as keyof ModelParams, prior })),
    targets: doc.targets.map((t) => ({ ...t, weight: t.weight ?? 1 })),
    synthetic: doc.synthetic && { params: doc.synthetic.params as Partial<ModelParams>, seed: doc.synthetic.seed, scale: doc.synthetic.scale ?? doc.scale },
    prefectureEffects: doc.prefectureEffects ?? false,
    outputDir: resolve(dirname(file), doc.output ?? '.'),
    outputField: output && { value: doc.output!, at: `${output.file}:${output.line}` },
  };
}
