import { prepareBase } from '../model/baseCache.js';
import { runModel } from '../model/runModel.js';
import { layoutValues, resultLayout } from '../sweep/resultLayout.js';
import type { SweepReply, SweepTask } from './sweepProtocol.js';

/**
 * Runs one sweep task and returns its reply; a run that throws gives a failed reply, never an exception.
 * Used by the sweep worker and, with --workers 0, on the main thread. Base data are loaded
 * once per thread (prepareBase caches them).
 */
export function sweepTaskReply(task: SweepTask): SweepReply {
  const t0 = performance.now();
  try {
    if (task.fault === 'throw') throw new Error(`injected fault in run ${task.runId}`);
    const { spec } = task;
    const { places } = prepareBase(spec.dataDir, spec.censusYear);
    const result = runModel(spec);
    const values = layoutValues(result, resultLayout(places, spec.firstYear, spec.lastYear, task.outputs));
    return { runId: task.runId, ok: true, values, seconds: (performance.now() - t0) / 1000, agents: result.agents };
  } catch (err) {
    return { runId: task.runId, ok: false, error: (err as Error).message || String(err), seconds: (performance.now() - t0) / 1000 };
  }
}
