import { createPool } from '../parallel/pool.js';
import { sweepTaskReply } from '../parallel/sweepTaskReply.js';
import type { SweepReply, SweepTask } from '../parallel/sweepProtocol.js';
import { sweepWorkerUrl } from '../parallel/sweepWorkerUrl.js';
import type { SweepRun } from './expandSweep.js';
import type { JournalWriter } from './journal.js';
import type { SweepOutputs } from './sweep.js';

/** Progress of the runs being executed now (runs recorded by an earlier, interrupted execution not counted). */
export interface SweepProgress {
  done: number;
  failed: number;
  total: number;
  seconds: number;
  runsPerSecond: number;
  /** estimated seconds left */
  eta: number;
  /** the run that just finished */
  runId: number;
  ok: boolean;
}

export interface ExecuteOptions {
  /** worker threads; 0 runs on the calling thread */
  workers: number;
  signal?: AbortSignal;
  onProgress?: (p: SweepProgress) => void;
  /** testing aid: runs that throw, or crash their worker */
  faults?: ReadonlyMap<number, 'throw' | 'crash'>;
}

/**
 * Runs `pending` on a pool of worker threads and records each run in the journal as soon as it
 * finishes (whole or not at all), so memory does not grow with the number of runs and an interruption
 * loses only runs in flight. A run that throws or kills its worker is recorded as failed. Resolves to
 * false when `signal` aborted the execution.
 */
export async function executeRuns(pending: readonly SweepRun[], outputs: SweepOutputs, journal: JournalWriter, options: ExecuteOptions): Promise<boolean> {
  const t0 = performance.now();
  let done = 0, failed = 0;
  const task = (run: SweepRun): SweepTask => ({ runId: run.runId, spec: run.spec, outputs, fault: options.faults?.get(run.runId) });
  const record = (run: SweepRun, reply: SweepReply) => {
    if (reply.ok) journal.append({ runId: run.runId, status: 'ok', seed: run.spec.seed, seconds: reply.seconds }, reply.values);
    else journal.append({ runId: run.runId, status: 'failed', error: reply.error, seed: run.spec.seed, seconds: reply.seconds });
    done++;
    if (!reply.ok) failed++;
    const seconds = (performance.now() - t0) / 1000;
    const rate = done / Math.max(seconds, 1e-9);
    options.onProgress?.({ done, failed, total: pending.length, seconds, runsPerSecond: rate, eta: (pending.length - done) / rate, runId: run.runId, ok: reply.ok });
  };
  if (options.workers === 0) {
    for (const run of pending) {
      if (options.signal?.aborted) return false;
      const t = task(run);
      record(run, t.fault === 'crash' ? { runId: run.runId, ok: false, error: 'injected crash', seconds: 0 } : sweepTaskReply(t));
      await new Promise((r) => setImmediate(r));
    }
    return true;
  }
  const pool = createPool<SweepTask, SweepReply>(sweepWorkerUrl(), Math.min(options.workers, pending.length));
  let next = 0;
  let aborted = false;
  const onAbort = () => { aborted = true; void pool.close(); };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // Keep two tasks per worker queued, so a worker never waits while the main thread writes.
    const lane = async (): Promise<void> => {
      while (!aborted && next < pending.length) {
        const run = pending[next++];
        let reply: SweepReply;
        try {
          reply = await pool.run(task(run));
        } catch (err) {
          if (aborted) return;
          reply = { runId: run.runId, ok: false, error: (err as Error).message, seconds: 0 };
        }
        if (aborted) return;
        record(run, reply);
      }
    };
    await Promise.all(Array.from({ length: pool.size * 2 }, lane));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await pool.close();
  }
  return !aborted;
}
