import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../core/packageRoot.js';
import type { ModelParams } from '../model/params.js';
import { createPool } from '../parallel/pool.js';
import type { PrefectureEffects } from './prefectureEffects.js';
import { simulateTargets, type SimulationSettings } from './simulateTargets.js';

/** One evaluation: a full parameter set and the seed of its runs. */
export interface SimulationTask {
  params: ModelParams;
  seed: number;
  /** per-prefecture effects of this evaluation (default: the settings') */
  effects?: PrefectureEffects;
}

/** A worker's answer to one task. */
export interface WorkerReply {
  values?: Float64Array;
  error?: string;
}

/** Simulates batches of parameter sets; `close` ends its worker threads. */
export interface BatchEvaluator {
  workers: number;
  evaluateBatch(tasks: readonly SimulationTask[]): Promise<Float64Array[]>;
  close(): Promise<void>;
}

/** Simulates one task: its parameters and seed, with its own effects or else the settings'. */
export function simulateTask(task: SimulationTask, settings: SimulationSettings): Float64Array {
  return simulateTargets(task.params, task.seed, { ...settings, effects: task.effects ?? settings.effects });
}

/**
 * A batch evaluator on `workers` threads of the sweep worker pool (src/parallel/pool.ts), or in the
 * calling thread for 0. Results come back in task order and do not depend on the number of workers,
 * since each run's seed travels with its task.
 */
export function createBatchEvaluator(settings: SimulationSettings, workers: number): BatchEvaluator {
  if (workers === 0) {
    return { workers, evaluateBatch: async (tasks) => tasks.map((t) => simulateTask(t, settings)), close: async () => {} };
  }
  const pool = createPool<SimulationTask, WorkerReply>(calibrationWorkerUrl(), workers, { workerData: settings });
  return {
    workers,
    evaluateBatch: (tasks) => Promise.all(tasks.map(async (task) => {
      const reply = await pool.run(task);
      if (!reply.values) throw new Error(`calibration worker: ${reply.error ?? 'no values'}`);
      return reply.values;
    })),
    close: () => pool.close(),
  };
}

/**
 * The compiled calibration worker: next to this module in dist/, or, when this module runs from the
 * TypeScript sources (tests), in dist/ after `npm run build`.
 */
function calibrationWorkerUrl(): URL {
  const here = new URL('./calibrationWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = join(PACKAGE_ROOT, 'dist', 'src', 'calibration', 'calibrationWorker.js');
  if (!existsSync(built)) throw new Error(`calibration worker not built (${built}); run npm run build, or use 0 workers`);
  return pathToFileURL(built);
}
