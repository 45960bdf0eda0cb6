import { memoryUsage } from 'node:process';
import { availableParallelism } from 'node:os';
import { prepareBase } from '../model/baseCache.js';
import { runModel } from '../model/runModel.js';
import { expandSweep } from './expandSweep.js';
import { loadSweep } from './loadSweep.js';
import { layoutValues, resultLayout } from './resultLayout.js';
import { selectionOf, selectRuns } from './selection.js';

/** What `urbanize sweep --dry-run` prints: the size of a sweep and what it will cost. */
export interface SweepPlan {
  name: string;
  design: string;
  factors: string[];
  total: number;
  selected: number;
  workers: number;
  /** the calibration run: years simulated, and seconds measured */
  calibration: { years: number; seconds: number; scale: number };
  /** estimated seconds per run (full years) and for the selected runs on `workers` threads */
  perRunSeconds: number;
  totalSeconds: number;
  /** estimated peak resident memory (MB): this process plus one base + population per worker */
  memoryMB: number;
  /** estimated bytes of journal.bin and results.csv */
  diskBytes: number;
  /** the first selected runs */
  first: { runId: number; scenario: string; replicate: number; seed: number; values: Record<string, number> }[];
}

/** Timed repetitions of the calibration run (fewer when they take more than 2 s together). */
const CALIBRATION_RUNS = 5;

/**
 * Expands a sweep without running it, and times a short calibration run (the first selected run, cut
 * to 3 simulated years, after a 1-year warm-up; the fastest of a few repetitions, so that compilation is
 * not counted) on this thread to estimate time, memory and disk.
 */
export function planSweep(file: string, options: { workers?: number; shard?: string; slurmTaskId?: string; only?: string } = {}): SweepPlan {
  const sweep = loadSweep(file);
  const runs = expandSweep(sweep);
  const selection = selectionOf(options, runs.length);
  const selected = selectRuns(runs.length, selection);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), selected.length));
  const spec = runs[selected[0] ?? 0].spec;
  const rss0 = memoryUsage().rss;
  const { places } = prepareBase(spec.dataDir, spec.censusYear);
  const calYears = Math.min(3, spec.lastYear - spec.firstYear);
  runModel({ ...spec, lastYear: spec.firstYear + 1 });
  // The fastest of a few repetitions: a sweep's workers run warm, and the first runs of a process are
  // slower while V8 compiles (one timed run gave twice the real time per run of a 1:100 sweep).
  let result: ReturnType<typeof runModel> | undefined, seconds = Infinity;
  for (let rep = 0, spent = 0; rep < CALIBRATION_RUNS && spent < 2; rep++) {
    const t0 = performance.now();
    const r = runModel({ ...spec, lastYear: spec.firstYear + calYears });
    layoutValues(r, resultLayout(places, spec.firstYear, spec.firstYear + calYears, sweep.outputs));
    const s = (performance.now() - t0) / 1000;
    spent += s;
    if (s < seconds) [result, seconds] = [r, s];
  }
  if (!result) throw new Error('no calibration run');
  const perWorkerMB = (memoryUsage().rss - rss0) / 2 ** 20 + 30; // + about 30 MB for a worker's own V8 isolate
  const years = spec.lastYear - spec.firstYear;
  const perRun = (result.timings.setupMs + (result.timings.simulateMs / calYears) * years) / 1000 + (seconds - (result.timings.setupMs + result.timings.simulateMs) / 1000) * (years / calYears);
  const cells = resultLayout(places, spec.firstYear, spec.lastYear, sweep.outputs).count;
  return {
    name: sweep.name,
    design: sweep.design.type,
    factors: sweep.factors.map((f) => f.key),
    total: runs.length,
    selected: selected.length,
    workers,
    calibration: { years: calYears, seconds, scale: spec.scale },
    perRunSeconds: perRun,
    totalSeconds: (perRun * selected.length) / workers,
    memoryMB: rss0 / 2 ** 20 + workers * perWorkerMB,
    diskBytes: selected.length * cells * (8 + 45),
    first: selected.slice(0, 5).map((id) => ({
      runId: id, scenario: sweep.scenarios[runs[id].scenario].label, replicate: runs[id].replicate, seed: runs[id].spec.seed,
      values: Object.fromEntries(sweep.factors.map((f, i) => [f.key, runs[id].values[i]])),
    })),
  };
}
