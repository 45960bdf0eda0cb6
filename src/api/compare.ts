import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkWorkers } from '../calibration/checkWorkers.js';
import { InputError } from '../core/inputError.js';
import { prepareBase } from '../model/baseCache.js';
import { checkRunFits } from '../model/memoryEstimate.js';
import { runModel } from '../model/runModel.js';
import { findRunFolders, isResultsFolder } from '../report/results/findRunFolders.js';
import { runOutputs } from '../report/runOutputs.js';
import { writeOutputDir } from '../report/writeOutputDir.js';
import { checkReportOutDir } from '../report/checkReportOutDir.js';
import { loadScenario } from '../scenario/loadScenario.js';
import type { Scenario } from '../scenario/scenario.js';
import { toRunSpec, type RunOverrides } from '../scenario/toRunSpec.js';
import { isFinishedRunFolder } from './finishedRunFolder.js';
import { renderReport, type RenderReportResult } from './renderReport.js';
import { availableParallelism } from 'node:os';
import { createPool } from '../parallel/pool.js';
import type { RunFolderReply, RunFolderTask } from '../parallel/runFolderWorker.js';
import { workerUrl } from '../parallel/workerUrl.js';

/** Options of {@link compare}: run overrides (years, scale) and the comparison's own. */
export interface CompareOptions extends Omit<RunOverrides, 'seed'> {
  /** runs per scenario (default 5) */
  seeds?: number;
  /** output folder (default out/compare) */
  out?: string;
  /** also write PNG charts (default true) */
  png?: boolean;
  /** called as runs finish, when one scenario is given twice, for unfinished sweeps skipped and for runs found twice, for progress output */
  onProgress?: (message: string) => void;
  /** worker threads running the replicates in parallel (default: the number of cores; 0: this thread) */
  workers?: number;
}

/** What {@link compare} wrote: the report, the charts and the run folders. */
export interface CompareResult extends RenderReportResult {
  out: string;
  /** run folders written by this call */
  written: string[];
  /** run folders an earlier, interrupted call finished, kept instead of run again */
  kept: string[];
}

/**
 * Runs each scenario with several seeds into `<out>/runs/<scenario>/seed-<n>/`, then writes the report
 * into `<out>/`. Replicate k of a scenario runs with seed = scenario seed + k (mod 2^32): scenarios that
 * share a seed (all built-in ones use 1) then share their random numbers run by run, so the paired
 * differences against the baseline show the policy effect with most of the noise cancelled.
 * Run folders an interrupted call finished are kept, so rerunning the same call resumes. Folders among `inputs` (run, compare or sweep folders) are read as finished results. All input is
 * checked before the first run.
 */
export async function compare(inputs: readonly string[], options: CompareOptions = {}): Promise<CompareResult> {
  const seeds = options.seeds ?? 5;
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 1000) throw new InputError(`--seeds ${seeds}: must be an integer from 1 to 1000 (runs per scenario)`);
  checkWorkers(options.workers);
  if (inputs.length === 0) throw new InputError('compare: give at least one scenario file or results folder');
  const out = options.out ?? 'out/compare';
  const overrides: RunOverrides = { firstYear: options.firstYear, lastYear: options.lastYear, scale: options.scale };
  const folders: string[] = [];
  const scenarios: Scenario[] = [];
  for (const input of inputs) {
    if (isResultsFolder(input)) {
      findRunFolders(input); // bad folders stop here, before any run; the report warns of skipped sweeps
      folders.push(input);
      continue;
    }
    const s = loadScenario(input);
    const spec = toRunSpec(s, overrides);
    // As `urbanize run` does: a scale too fine for this machine is bad input, not an allocation failure mid-way.
    checkRunFits(prepareBase(spec.dataDir, spec.censusYear).base.units.reduce((sum, u) => sum + u.pop, 0), spec.scale, 1);
    if (scenarios.some((o) => o.hash === s.hash)) options.onProgress?.(`${input}: same scenario as an earlier argument (hash ${s.hash.slice(0, 12)}), run once`);
    else scenarios.push(s);
  }
  if (scenarios.length === 0) refuseRunOptions(folders, options);
  checkReportOutDir(out); // the report's own check (report.html, charts/), before the runs
  const tasks: RunFolderTask[] = [];
  const runDirs: string[] = [];
  const kept: string[] = [];
  for (const s of scenarios) {
    const dir = join(out, 'runs', folderName(s, scenarios));
    const mine = Array.from({ length: seeds }, (_, k) => {
      const seed = (s.seed + k) >>> 0;
      return { spec: toRunSpec(s, { ...overrides, seed }), scenario: s, dir: join(dir, `seed-${seed}`) };
    });
    // Runs an interrupted compare finished are kept (a rerun resumes); anything else in the folder goes.
    const finished = mine.filter((t) => isFinishedRunFolder(t.dir, t.spec, s));
    removeAllBut(dir, finished.map((t) => basename(t.dir)));
    if (finished.length > 0) options.onProgress?.(`${s.name}: kept ${finished.length} of ${seeds} runs finished earlier in ${dir}/ (same scenario, seeds, scale and years; delete the folder to run them again)`);
    kept.push(...finished.map((t) => t.dir));
    tasks.push(...mine.filter((t) => !finished.includes(t)));
    runDirs.push(...mine.map((t) => t.dir));
  }
  const written = await runFolders(tasks, options.workers ?? availableParallelism(), options.onProgress);
  const report = renderReport([...runDirs, ...folders], out, { png: options.png, onWarning: options.onProgress });
  return { ...report, out, written, kept };
}

/** Empties `dir` of everything but the entries named in `keep` (a missing folder stays missing). */
function removeAllBut(dir: string, keep: readonly string[]): void {
  if (!existsSync(dir)) return;
  if (keep.length === 0) return rmSync(dir, { recursive: true, force: true });
  for (const name of readdirSync(dir)) if (!keep.includes(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Seeds, scale and years shape the runs compare makes; finished folders are read as they were run. Given
 * with folders only, they would be ignored without a word, so they are refused.
 */
function refuseRunOptions(folders: readonly string[], options: CompareOptions): void {
  const given = [
    ...(options.seeds !== undefined ? [`--seeds ${options.seeds}`] : []),
    ...(options.scale !== undefined ? [`--scale ${options.scale}`] : []),
    ...(options.firstYear !== undefined || options.lastYear !== undefined ? [`--years ${options.firstYear ?? ''}-${options.lastYear ?? ''}`] : []),
  ];
  if (given.length === 0) return;
  const list = given.length === 1 ? given[0] : `${given.slice(0, -1).join(', ')} and ${given[given.length - 1]}`;
  const one = given.length === 1;
  throw new InputError(`compare: ${list} ${one ? 'applies' : 'apply'} only to scenarios that compare runs, but ${folders.join(', ')} ${folders.length === 1 ? 'is a results folder' : 'are results folders'}, reported as run (expected a scenario file or name with ${one ? 'this option' : 'these options'}; leave ${one ? 'it' : 'them'} out to report on finished folders)`);
}

/** Runs the tasks on a worker pool (or in this thread), in task order for the returned folders. */
async function runFolders(tasks: RunFolderTask[], workers: number, onProgress?: (m: string) => void): Promise<string[]> {
  let done = 0;
  const note = (t: RunFolderTask) => onProgress?.(`run ${++done}/${tasks.length} done: ${t.scenario.name}, seed ${t.spec.seed}`);
  if (workers < 1 || tasks.length < 2) {
    for (const t of tasks) {
      writeOutputDir(t.dir, runOutputs(runModel(t.spec), t.scenario).files);
      note(t);
    }
    return tasks.map((t) => t.dir);
  }
  const pool = createPool<RunFolderTask, RunFolderReply>(workerUrl('runFolderWorker.js'), Math.min(workers, tasks.length));
  try {
    await Promise.all(tasks.map(async (t) => {
      const reply = await pool.run(t);
      if (!reply.ok) throw new Error(`run ${t.scenario.name} seed ${t.spec.seed} failed: ${reply.error}`);
      note(t);
    }));
  } finally {
    await pool.close();
  }
  return tasks.map((t) => t.dir);
}

/** A scenario's folder under runs/: its name made filename-safe, with its hash where two share a name. */
export function folderName(s: Scenario, all: readonly Scenario[]): string {
  const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'scenario';
  return all.some((o) => o !== s && safe(o.name) === safe(s.name)) ? `${safe(s.name)}-${s.hash.slice(0, 8)}` : safe(s.name);
}
