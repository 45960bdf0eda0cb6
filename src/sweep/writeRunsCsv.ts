import { atomicWriter } from './atomicWriter.js';
import { csvField } from './csvField.js';
import type { DesignPoints } from './designs/designPoints.js';
import type { SweepRun } from './expandSweep.js';
import type { RecordStore } from './recordStore.js';
import type { Sweep } from './sweep.js';

/** runs.csv: one row per selected run (identity, seed, design point, factor values, status, error), in run-id order. */
export function writeRunsCsv(path: string, sweep: Sweep, runs: readonly SweepRun[], selected: readonly number[], design: DesignPoints, store: RecordStore): void {
  const w = atomicWriter(path);
  w.write(['runId', 'scenario', 'replicate', 'seed', 'point', 'role', ...sweep.factors.map((f) => csvField(f.key)), 'status', 'error'].join(',') + '\n');
  for (const id of selected) {
    const run = runs[id];
    const record = store.entry(id)?.record;
    w.write([
      id, csvField(sweep.scenarios[run.scenario].label), run.replicate, run.spec.seed, run.point, csvField(design.roles[run.point]),
      ...run.values.map(String), record?.status ?? 'missing', csvField(record?.error ?? ''),
    ].join(',') + '\n');
  }
  w.close();
}
