import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkWorkers } from '../calibration/checkWorkers.js';
import { expandSweep } from '../sweep/expandSweep.js';
import { executeRuns, type SweepProgress } from '../sweep/executeRuns.js';
import { finalizeSweep } from '../sweep/finalizeSweep.js';
import { journalRepairText, openJournal } from '../sweep/journal.js';
import { loadSweep } from '../sweep/loadSweep.js';
import { recordStore } from '../sweep/recordStore.js';
import { selectionOf, selectionText, selectRuns } from '../sweep/selection.js';
import { prepareSweepFolder } from '../sweep/sweepFolder.js';
import { sweepMetadata, type SweepCounts } from '../sweep/sweepMetadata.js';
import type { ReplicateAdequacy } from '../sweep/writeSummaryCsv.js';

/** Options of {@link runSweep}; all optional. */
export interface RunSweepOptions {
  /** output folder; default out/<sweep name> (out/<sweep name>-shard-<k>-of-<N> for a shard) */
  out?: string;
  /** worker threads, 0 (the calling thread) to MAX_THREADS (256); default the number of cores */
  workers?: number;
  /** `k/N` or `auto/N` (k from `slurmTaskId`) */
  shard?: string;
  /** SLURM_ARRAY_TASK_ID, for `--shard auto/N` */
  slurmTaskId?: string;
  /** run ids to run, e.g. `3,7,10-12` */
  only?: string;
  /** discard results of a different sweep found in `out` */
  force?: boolean;
  /** aborting stops the sweep; finished runs stay recorded for a resume */
  signal?: AbortSignal;
  onProgress?: (p: SweepProgress) => void;
  /** one-line messages: resuming, repaired journal, finishing */
  onLog?: (message: string) => void;
  /** testing aid: runs that throw, or crash their worker */
  faults?: ReadonlyMap<number, 'throw' | 'crash'>;
}

/** What {@link runSweep} did: the folder, the counts and how long it took. */
export interface RunSweepResult {
  out: string;
  name: string;
  hash: string;
  selection: string;
  /** runs already recorded by an earlier, interrupted execution */
  resumed: number;
  /** runs executed now */
  ran: number;
  counts: SweepCounts;
  /** true when the signal stopped the sweep before the end (no final outputs written) */
  interrupted: boolean;
  seconds: number;
  /** how far the provincial urban rate's mean moves with half the replicates (largest over years and scenarios) */
  adequacy?: ReplicateAdequacy;
  /** whether sensitivity.csv was written (Sobol' and Morris designs, all runs selected) */
  hasSensitivity: boolean;
  /** the first failures, for messages */
  failures: { runId: number; error: string }[];
}

/**
 * Runs a sweep file into an output folder: expands it, skips runs already recorded there (resume),
 * runs the rest on worker threads, recording each as it finishes, then writes the final tables.
 * Throws InputError (exit 2) on bad input before running anything.
 */
export async function runSweep(file: string, options: RunSweepOptions = {}): Promise<RunSweepResult> {
  const t0 = performance.now();
  const log = options.onLog ?? (() => {});
  checkWorkers(options.workers);
  const sweep = loadSweep(file);
  const runs = expandSweep(sweep);
  const selection = selectionOf(options, runs.length);
  const selected = selectRuns(runs.length, selection);
  const out = options.out ?? join('out', selection.shard ? `${sweep.name}-shard-${selection.shard.k}-of-${selection.shard.n}` : sweep.name);
  const release = prepareSweepFolder(out, sweep.hash, selectionText(selection), sweepMetadata(sweep, selection, undefined, []), options.force ?? false);
  try {
    const journal = openJournal(join(out, 'journal.bin'));
    const repair = journalRepairText(journal.damage, journal.records);
    if (repair) log(`${out}: ${repair}`);
    const pending = selected.filter((id) => journal.entries.get(id)?.record.status !== 'ok').map((id) => runs[id]);
    const resumed = selected.length - pending.length;
    if (resumed > 0) log(`resuming ${out}: ${resumed} of ${selected.length} runs already recorded, ${pending.length} to run`);
    let complete: boolean;
    try {
      complete = await executeRuns(pending, sweep.outputs, journal, { workers: options.workers ?? availableParallelism(), signal: options.signal, onProgress: options.onProgress, faults: options.faults });
    } finally {
      journal.close();
    }
    const store = recordStore(journal.entries);
    const failures = selected.flatMap((id) => {
      const r = journal.entries.get(id)?.record;
      return r?.status === 'failed' ? [{ runId: id, error: r.error ?? '' }] : [];
    });
    let counts: SweepCounts = { total: runs.length, selected: selected.length, ok: selected.filter((id) => journal.entries.get(id)?.record.status === 'ok').length, failed: failures.length };
    let adequacy: ReplicateAdequacy | undefined;
    if (complete) {
      log(`writing ${out}/ (runs.csv, results.csv, summary.csv${sweep.design.type === 'sobol' || sweep.design.type === 'morris' ? ', sensitivity.csv' : ''})`);
      try {
        ({ counts, adequacy } = finalizeSweep(out, sweep, runs, selection, selected, store));
      } finally {
        store.close();
      }
    }
    return {
      out, name: sweep.name, hash: sweep.hash, selection: selectionText(selection), resumed, ran: pending.length, counts,
      interrupted: !complete, seconds: (performance.now() - t0) / 1000, adequacy, failures: failures.slice(0, 10),
      hasSensitivity: complete && (sweep.design.type === 'sobol' || sweep.design.type === 'morris') && selected.length === runs.length,
    };
  } finally {
    release();
  }
}
