import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT, VERSION } from '../core/packageRoot.js';
import { runSeed } from '../core/runSeed.js';
import { checkWorkers } from '../calibration/checkWorkers.js';
import { calibrationTargets } from '../calibration/calibrationTargets.js';
import { classicalBaselines } from '../calibration/classicalBaselines.js';
import { createBatchEvaluator, type SimulationTask } from '../calibration/evaluateBatch.js';
import { fitChartSvg } from '../calibration/fitChartSvg.js';
import { fitRows, type FitRow } from '../calibration/fitRows.js';
import { fitCsv, fitMarkdown } from '../calibration/fitTables.js';
import { acceptanceChecks, heldOutComparison, type AcceptanceCheck, type HeldOutComparison } from '../calibration/fitVerdicts.js';
import { meanOf } from '../calibration/groupErrors.js';
import { loadCalibration } from '../calibration/loadCalibration.js';
import { loadScenarioEffects, loadScenarioParams } from '../calibration/loadScenarioParams.js';
import { drawParameterSets, loadPosterior } from '../calibration/posterior.js';
import { InputError } from '../core/inputError.js';
import { prepareBase } from '../model/baseCache.js';
import { checkOutputDir, writeOutputDir } from '../report/writeOutputDir.js';
import { shownPath } from '../scenario/scenarioSource.js';

/** Options of {@link fitReport}: which calibration, which parameters, how many runs. */
export interface FitReportOptions {
  /** calibration file: targets, roles and scale (default scenarios/calibration/calibration.yaml) */
  calibration?: string;
  /** scenario file whose params are checked (default: calibrated.yaml in the calibration's output folder) */
  params?: string;
  /** posterior sample for the bands (default: posterior.csv next to the params file) */
  posterior?: string;
  /** parameter sets drawn from the posterior for the bands; 0 = no bands (default 20) */
  draws?: number;
  /** runs at the calibrated parameters, averaged (default 3) */
  replicates?: number;
  /** persons per agent (default: the calibration's) */
  scale?: number;
  workers?: number;
  /** output folder (default out/fit-report) */
  out?: string;
}

/** What {@link fitReport} wrote, with its rows and verdicts. */
export interface FitReportResult {
  out: string;
  files: string[];
  rows: FitRow[];
  checks: AcceptanceCheck[];
  heldOut: HeldOutComparison[];
  markdown: string;
  seconds: number;
}

/**
 * Runs the model at calibrated parameters against every target of a calibration, with the classical
 * URGD projections for comparison, and writes fit.md, fit.csv, fit.svg and fit.json.
 */
export async function fitReport(options: FitReportOptions = {}): Promise<FitReportResult> {
  const t0 = performance.now();
  checkWorkers(options.workers);
  const setup = loadCalibration(options.calibration ?? join(PACKAGE_ROOT, 'scenarios', 'calibration', 'calibration.yaml'));
  const paramsFile = resolve(options.params ?? join(setup.outputDir, 'calibrated.yaml'));
  const params = loadScenarioParams(paramsFile);
  const effects = loadScenarioEffects(paramsFile);
  const draws = options.draws ?? 20, replicates = options.replicates ?? 3, scale = options.scale ?? setup.scale;
  for (const [name, v] of [['--draws', draws], ['--replicates', replicates]] as const) {
    if (!Number.isInteger(v) || v < (name === '--draws' ? 0 : 1) || v > 1000) throw new InputError(`${name} ${v}: expected an integer from ${name === '--draws' ? 0 : 1} to 1000`);
  }
  if (!(Number.isFinite(scale) && scale > 0)) throw new InputError(`--scale ${scale}: expected a finite number above 0 (persons per agent)`);
  const posteriorFile = resolve(options.posterior ?? join(dirname(paramsFile), 'posterior.csv'));
  const sets = draws > 0 ? drawParameterSets(loadPosterior(posteriorFile), draws, setup.seed, params) : [];
  const out = options.out ?? 'out/fit-report';
  checkOutputDir(out, 'fit-report');
  const targets = calibrationTargets(setup);
  const tasks: SimulationTask[] = [
    ...Array.from({ length: replicates }, (_, r) => ({ params, seed: runSeed(`fit-report|replicate|${r}`) })),
    ...sets.map((p, i) => ({ params: p, seed: runSeed(`fit-report|draw|${i}`) })),
  ];
  const evaluator = createBatchEvaluator({ scale, targets, effects }, options.workers ?? Math.min(availableParallelism(), tasks.length));
  let sims: Float64Array[];
  try {
    sims = await evaluator.evaluateBatch(tasks);
  } finally {
    await evaluator.close();
  }
  const { places } = prepareBase(undefined, 2020);
  const names = new Map(places.prefectureIds.map((id, k) => [id, places.prefectureNames[k]]));
  const rows = fitRows(targets, meanOf(sims.slice(0, replicates)), sims.slice(replicates), setup.synthetic ? [] : classicalBaselines(), names);
  const checks = acceptanceChecks(rows);
  const heldOut = heldOutComparison(rows);
  const ctx = { calibration: setup.name, parameters: shownPath(paramsFile), scale, replicates, draws, posterior: draws > 0 ? shownPath(posteriorFile) : undefined };
  const markdown = fitMarkdown(rows, checks, heldOut, ctx);
  const svg = fitChartSvg(rows, `Fit of calibration "${setup.name}": observed and simulated targets`,
    `Mean of ${replicates} runs at 1 agent = ${scale} persons${draws > 0 ? `; bands: ${draws} posterior draws (parameter + random uncertainty)` : ''}; 2020 from the 2010 hindcast.`);
  const json = { tool: 'urbanize', version: VERSION, ...ctx, params, checks, heldOut, rows: rows.map((r) => ({ ...r, target: { ...r.target } })) };
  const files = { 'fit.md': markdown, 'fit.csv': fitCsv(rows), 'fit.svg': svg, 'fit.json': JSON.stringify(json, null, 2) + '\n' };
  writeOutputDir(out, files, 'fit-report');
  return { out, files: Object.keys(files), rows, checks, heldOut, markdown, seconds: (performance.now() - t0) / 1000 };
}
