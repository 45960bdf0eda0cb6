import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { runModel } from '../model/runModel.js';
import { findRunFolders, isResultsFolder } from '../report/results/findRunFolders.js';
import { runOutputs } from '../report/runOutputs.js';
import { checkOutputDir, writeOutputDir } from '../report/writeOutputDir.js';
import { loadScenario } from '../scenario/loadScenario.js';
import type { Scenario } from '../scenario/scenario.js';
import { toRunSpec, type RunOverrides } from '../scenario/toRunSpec.js';
import { renderReport, type RenderReportResult } from './renderReport.js';

/** Options of {@link compare}: run overrides (years, scale) and the comparison's own. */
export interface CompareOptions extends Omit<RunOverrides, 'seed'> {
  /** runs per scenario (default 5) */
  seeds?: number;
  /** output folder (default out/compare) */
  out?: string;
  /** also write PNG charts (default true) */
  png?: boolean;
  /** called before each run and when one scenario is given twice, for progress output */
  onProgress?: (message: string) => void;
}

/** What {@link compare} wrote: the report, the charts and the run folders. */
export interface CompareResult extends RenderReportResult {
  out: string;
  /** run folders written by this call */
  written: string[];
}

/**
 * Runs each scenario with several seeds into `<out>/runs/<scenario>/seed-<n>/`, then writes the report
 * into `<out>/`. Replicate k of a scenario runs with seed = scenario seed + k (mod 2^32): scenarios that
 * share a seed (all built-in ones use 1) then share their random numbers run by run, so the paired
 * differences against the baseline show the policy effect with most of the noise cancelled.
 * Folders among `inputs` (run, compare or sweep folders) are read as finished results. All input is
 * checked before the first run.
 */
export function compare(inputs: readonly string[], options: CompareOptions = {}): CompareResult {
  const seeds = options.seeds ?? 5;
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 1000) throw new InputError(`--seeds ${seeds}: must be an integer from 1 to 1000 (runs per scenario)`);
  if (inputs.length === 0) throw new InputError('compare: give at least one scenario file or results folder');
  const out = options.out ?? 'out/compare';
  const overrides: RunOverrides = { firstYear: options.firstYear, lastYear: options.lastYear, scale: options.scale };
  const folders: string[] = [];
  const scenarios: Scenario[] = [];
  for (const input of inputs) {
    if (isResultsFolder(input)) {
      findRunFolders(input);
      folders.push(input);
      continue;
    }
    const s = loadScenario(input);
    toRunSpec(s, overrides);
    if (scenarios.some((o) => o.hash === s.hash)) options.onProgress?.(`${input}: same scenario as an earlier argument (hash ${s.hash.slice(0, 12)}), run once`);
    else scenarios.push(s);
  }
  checkOutputDir(out);
  const written: string[] = [];
  const total = scenarios.length * seeds;
  scenarios.forEach((s) => {
    const dir = join(out, 'runs', folderName(s, scenarios));
    rmSync(dir, { recursive: true, force: true });
    for (let k = 0; k < seeds; k++) {
      const seed = (s.seed + k) >>> 0;
      options.onProgress?.(`run ${written.length + 1}/${total}: ${s.name}, seed ${seed}`);
      const result = runModel(toRunSpec(s, { ...overrides, seed }));
      const runDir = join(dir, `seed-${seed}`);
      writeOutputDir(runDir, runOutputs(result, s).files);
      written.push(runDir);
    }
  });
  const report = renderReport([...written, ...folders], out, { png: options.png });
  return { ...report, out, written };
}

/** A scenario's folder under runs/: its name made filename-safe, with its hash where two share a name. */
export function folderName(s: Scenario, all: readonly Scenario[]): string {
  const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'scenario';
  return all.some((o) => o !== s && safe(o.name) === safe(s.name)) ? `${safe(s.name)}-${s.hash.slice(0, 8)}` : safe(s.name);
}
