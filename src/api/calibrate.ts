import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { VERSION } from '../core/packageRoot.js';
import { runSeed } from '../core/runSeed.js';
import type { GenerationSummary } from '../calibration/abcSmc.js';
import { calibratedYaml, roundParam } from '../calibration/calibratedYaml.js';
import { calibratedYamlProblem } from '../calibration/calibratedYamlProblem.js';
import { checkWorkers } from '../calibration/checkWorkers.js';
import { calibrationTargets } from '../calibration/calibrationTargets.js';
import { groupErrors, meanOf, type GroupError } from '../calibration/groupErrors.js';
import { loadCalibration, type CalibrationSetup } from '../calibration/loadCalibration.js';
import { posteriorCsv, posteriorSummary } from '../calibration/posterior.js';
import { balanceEffects } from '../calibration/balanceEffects.js';
import { roundEffects, type PrefectureEffects } from '../calibration/prefectureEffects.js';
import { priorMedian } from '../calibration/prior.js';
import { runCalibration } from '../calibration/runCalibration.js';
import { simulateTargets } from '../calibration/simulateTargets.js';
import { writeFileAtomic } from '../calibration/writeFileAtomic.js';
import type { ModelParams } from '../model/params.js';
import { checkOutputDir } from '../report/writeOutputDir.js';
import { shownPath } from '../scenario/scenarioSource.js';

/** Options of {@link calibrate}; each overrides the calibration file. */
export interface CalibrateOptions {
  /** worker threads (default: the file's `workers`, else one per CPU) */
  workers?: number;
  /** output folder (default: the file's `output`) */
  out?: string;
  /** the command line recorded in calibrated.yaml */
  command?: string;
  onGeneration?: (g: GenerationSummary) => void;
  /** aborting stops the workers; the call then rejects and writes nothing */
  signal?: AbortSignal;
}

/** What {@link calibrate} wrote and found. */
export interface CalibrateResult {
  out: string;
  files: string[];
  /** fitted parameters: rounded weighted medians written to calibrated.yaml, and 90% intervals */
  summary: Record<string, { median: number; q05: number; q95: number }>;
  /** errors at the medians */
  fit: GroupError[];
  generations: GenerationSummary[];
  evaluations: number;
  stopReason: string;
  seconds: number;
  workers: number;
}

/**
 * Checks the output folder before any work; a folder that came from the file (rather than --out) is
 * named as the file has it, `output: <path> (file:line)`, since the resolved path alone hides where it came from.
 */
function checkCalibrationOutput(out: string, fromFile: CalibrationSetup | undefined): void {
  try {
    checkOutputDir(out);
  } catch (err) {
    if (!(err instanceof InputError) || !fromFile) throw err;
    const field = fromFile.outputField;
    const origin = field ? `output: ${field.value} (${field.at})` : `the calibration file's folder (${fromFile.file ? shownPath(fromFile.file) : 'no file'} has no output: field)`;
    throw new InputError(`${origin}: ${err.message}`);
  }
}

/** Replicate runs at the fitted medians, for the fit reported in calibrated.yaml. */
const REPLICATES = 3;
/** Balancing iterations between generations (each starts from the previous effects, so few are needed). */
const GENERATION_BALANCING = 4;

/**
 * Runs the calibration a file describes and writes calibrated.yaml (posterior medians, with the command,
 * date and fit in its header) and posterior.csv (the weighted posterior sample). Throws InputError on bad input
 * before running. Should calibrated.yaml not read back, it keeps posterior.csv, saves the text as
 * calibrated.yaml.rejected and throws.
 */
export async function calibrate(file: string, options: CalibrateOptions = {}): Promise<CalibrateResult> {
  checkWorkers(options.workers);
  const setup = loadCalibration(file);
  const out = options.out ?? setup.outputDir;
  checkCalibrationOutput(out, options.out === undefined ? setup : undefined);
  const targets = calibrationTargets(setup);
  const workers = options.workers ?? setup.workers ?? availableParallelism();
  // Per-prefecture effects: balanced at the priors' medians for generation 0, after each generation at its
  // weighted medians, and finally at the rounded posterior medians written to calibrated.yaml.
  let start: PrefectureEffects | undefined;
  if (setup.prefectureEffects) {
    const startParams: ModelParams = { ...setup.base };
    for (const p of setup.parameters) startParams[p.name] = priorMedian(p.prior);
    start = balanceEffects(startParams, targets, setup.scale, setup.seed).effects;
  }
  const rebalance = setup.prefectureEffects
    ? (medians: ModelParams, effects: PrefectureEffects | undefined) => balanceEffects(medians, targets, setup.scale, setup.seed, { start: effects, iterations: GENERATION_BALANCING }).effects
    : undefined;
  const result = await runCalibration(setup, targets, { workers, onGeneration: options.onGeneration, signal: options.signal, effects: start, rebalance });
  const summary = posteriorSummary(result.posterior);
  const params: ModelParams = { ...setup.base };
  for (const [n, s] of Object.entries(summary)) params[n as keyof ModelParams] = roundParam(s.median);
  const balanced = setup.prefectureEffects ? balanceEffects(params, targets, setup.scale, setup.seed, { start: result.effects }) : undefined;
  const effects = balanced && roundEffects(balanced.effects);
  const runs = Array.from({ length: REPLICATES }, (_, r) => simulateTargets(params, runSeed(`${setup.seed}|fit|${r}`), { scale: setup.scale, targets, effects }));
  const fit = groupErrors(targets, meanOf(runs));
  const yaml = calibratedYaml({
    calibrationName: setup.name, command: options.command ?? `urbanize calibrate ${file}`,
    date: new Date().toISOString().slice(0, 10), version: VERSION, seconds: result.seconds, workers, evaluations: result.evaluations,
    stopReason: result.stopReason, generations: result.generations, summary, fit, replicates: REPLICATES, scale: setup.scale,
    effects, balance: balanced?.history,
  });
  const files = [join(out, 'calibrated.yaml'), join(out, 'posterior.csv')];
  writeFileAtomic(files[1], posteriorCsv(result.posterior));
  // A second net under the writer: text that would not load is kept aside, never written as calibrated.yaml,
  // and the posterior (the expensive part) is already safe.
  const problem = calibratedYamlProblem(yaml, Object.fromEntries(Object.keys(summary).map((n) => [n, params[n as keyof ModelParams]])));
  if (problem) {
    const rejected = `${files[0]}.rejected`;
    writeFileAtomic(rejected, yaml);
    throw new Error(`calibrated.yaml not written: its text does not read back as a scenario (${problem}); the posterior sample is in ${files[1]} and the text in ${rejected}`);
  }
  writeFileAtomic(files[0], yaml);
  return { out, files, summary, fit, generations: result.generations, evaluations: result.evaluations, stopReason: result.stopReason, seconds: result.seconds, workers };
}
