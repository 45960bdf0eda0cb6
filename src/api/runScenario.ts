import { availableParallelism } from 'node:os';
import { InputError } from '../core/inputError.js';
import { prepareBase } from '../model/baseCache.js';
import { checkRunFits } from '../model/memoryEstimate.js';
import { runModel, type RunResult } from '../model/runModel.js';
import { autoThreads } from '../parallel/autoThreads.js';
import { runPartitioned } from '../parallel/runPartitioned.js';
import { runOutputs, type RunMetadata } from '../report/runOutputs.js';
import { renderReport } from './renderReport.js';
import { summaryTable } from '../report/summaryTable.js';
import { checkOutputDir, writeOutputDir } from '../report/writeOutputDir.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { toRunSpec, type RunOverrides } from '../scenario/toRunSpec.js';
import { MAX_THREADS } from '../core/limits.js';

/** Options of {@link runScenario}: run overrides plus where and how to write. */
export interface RunScenarioOptions extends RunOverrides {
  /** output folder; default out/<scenario name> */
  out?: string;
  /** worker threads that split the run (1: this thread only; 'auto': one per million agents, up to the cores); results are identical for any value */
  threads?: number | 'auto';
  /** also write the HTML report and charts (SVG, PNG) into the output folder; default true */
  report?: boolean;
}

/** What {@link runScenario} wrote and the provincial figures. */
export interface RunScenarioResult {
  /** the output folder */
  out: string;
  /** the HTML report, when written */
  report?: string;
  metadata: RunMetadata;
  /** provincial resident urbanization rate by year */
  urbanRate: Record<number, number>;
  table: string;
  seconds: number;
}

/** Loads a scenario, runs it and writes its output folder. Throws InputError on bad input before running. */
export async function runScenario(scenarioArg: string, options: RunScenarioOptions = {}): Promise<RunScenarioResult> {
  const t0 = performance.now();
  const scenario = loadScenario(scenarioArg);
  const spec = toRunSpec(scenario, options);
  const out = options.out ?? `out/${scenario.name}`;
  checkOutputDir(out, 'run');
  const { base } = prepareBase(spec.dataDir, spec.censusYear);
  const persons = base.units.reduce((s, u) => s + u.pop, 0);
  const threads = options.threads === 'auto' ? autoThreads(persons / spec.scale, availableParallelism()) : options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) throw new InputError(`--threads ${threads}: expected an integer from 1 to ${MAX_THREADS}, or auto`);
  checkRunFits(persons, spec.scale, threads);
  const result: RunResult = threads > 1 ? await runPartitioned(spec, threads) : runModel(spec);
  const { files, rows, metadata } = runOutputs(result, scenario);
  writeOutputDir(out, files, 'run');
  const report = options.report === false ? undefined : renderReport([out], out, { dataDir: spec.dataDir }).report;
  const { places } = prepareBase(spec.dataDir, spec.censusYear);
  const names = new Map(places.prefectureIds.map((id, k) => [id, places.prefectureNames[k]]));
  const urbanRate: Record<number, number> = {};
  for (const r of rows) if (r.level === 'province' && r.metric === 'urban_rate') urbanRate[r.year] = r.value;
  return { out, report, metadata, urbanRate, table: summaryTable(rows, [2020, 2025, 2030, 2035], names), seconds: (performance.now() - t0) / 1000 };
}
