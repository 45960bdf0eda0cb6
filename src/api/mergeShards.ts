import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { expandSweep } from '../sweep/expandSweep.js';
import { finalizeSweep } from '../sweep/finalizeSweep.js';
import { openJournal, readValues, scanJournal, type JournalEntry } from '../sweep/journal.js';
import { loadSweep } from '../sweep/loadSweep.js';
import { recordStore } from '../sweep/recordStore.js';
import { sweepChange, type SweepIdentity } from '../sweep/sweepChange.js';
import { prepareSweepFolder } from '../sweep/sweepFolder.js';
import { sweepMetadata, type SweepCounts } from '../sweep/sweepMetadata.js';

/** Options of {@link mergeShards}. */
export interface MergeShardsOptions {
  out: string;
  /** the sweep file, when it moved since the shards ran (default: the path in their sweep.json) */
  sweep?: string;
  /** replace a different sweep found in `out` */
  force?: boolean;
}

/** The merged folder and its counts. */
export interface MergeShardsResult {
  out: string;
  shards: number;
  counts: SweepCounts;
}

/**
 * Merges shard folders of one sweep (`urbanize sweep --shard k/N`) into one folder whose tables are the
 * bytes an unsharded sweep writes: the records of every run are copied into one journal in run-id
 * order and the final tables are written from it. Refuses (InputError) shards of different sweeps, a
 * sweep file changed since, and missing runs.
 */
export function mergeShards(dirs: readonly string[], options: MergeShardsOptions): MergeShardsResult {
  if (dirs.length === 0) throw new InputError('merge: no shard folders given (expected urbanize merge <dir...> --out <dir>)');
  const metas = dirs.map((dir) => {
    const file = join(dir, 'sweep.json');
    if (!existsSync(dir)) throw new InputError(`${dir}: no such folder (expected the --out folder of urbanize sweep --shard k/N)`);
    if (!statSync(dir).isDirectory()) throw new InputError(`${dir}: is a file, not a folder (expected the --out folder of urbanize sweep --shard k/N)`);
    if (!existsSync(file)) throw new InputError(`${dir}: not a sweep folder (no sweep.json; expected the --out folder of urbanize sweep --shard k/N)`);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as SweepIdentity & { sweep: { file: string; hash: string }; selection: string };
    } catch {
      throw new InputError(`${file}: unreadable (expected the sweep.json written by urbanize sweep)`);
    }
  });
  const hash = metas[0].sweep.hash;
  metas.forEach((m, i) => {
    if (m.sweep.hash !== hash) throw new InputError(`${dirs[i]}: is a shard of another sweep (hash ${m.sweep.hash.slice(0, 12)}, ${dirs[0]} has ${hash.slice(0, 12)}; expected shards of one sweep file)`);
  });
  const sweep = loadSweep(options.sweep ?? metas[0].sweep.file);
  if (sweep.hash !== hash) {
    const change = sweepChange(metas[0], JSON.parse(sweepMetadata(sweep, {}, undefined, [])) as SweepIdentity);
    const changed = change.sweepFile ? options.sweep ?? metas[0].sweep.file : change.scenarioFiles.join(', ');
    const what = change.sweepFile ? 'the sweep file as the shards ran it' : 'the scenario files as the shards ran them, and the files they extend';
    throw new InputError(`${changed}: changed since the shards ran (sweep hash ${sweep.hash.slice(0, 12)}, shards ${hash.slice(0, 12)}; expected ${what})`);
  }
  const runs = expandSweep(sweep);
  const entries = new Map<number, JournalEntry>();
  for (const dir of dirs) {
    for (const [id, e] of scanJournal(join(dir, 'journal.bin')).entries) {
      const have = entries.get(id);
      if (!have || (have.record.status !== 'ok' && e.record.status === 'ok')) entries.set(id, e);
    }
  }
  const missing = runs.filter((r) => !entries.has(r.runId)).map((r) => r.runId);
  if (missing.length > 0) {
    const shards = metas.map((m) => m.selection).join(', ');
    throw new InputError(`merge: ${missing.length} of ${runs.length} runs are in none of the folders (first: ${missing.slice(0, 5).join(', ')}; folders hold ${shards}; expected every shard, finished)`);
  }
  const all = runs.map((r) => r.runId);
  const release = prepareSweepFolder(options.out, hash, 'all', sweepMetadata(sweep, {}, undefined, []), options.force ?? false);
  try {
    const journal = openJournal(join(options.out, 'journal.bin'));
    const fds = new Map<string, number>();
    try {
      for (const id of all) {
        if (journal.entries.get(id)) continue;
        const e = entries.get(id)!;
        let fd = fds.get(e.file);
        if (fd === undefined) fds.set(e.file, (fd = openSync(e.file, 'r')));
        journal.append(e.record, e.record.status === 'ok' ? readValues(e, fd) : undefined, false);
      }
    } finally {
      for (const fd of fds.values()) closeSync(fd);
      journal.close();
    }
    const store = recordStore(journal.entries);
    try {
      return { out: options.out, shards: dirs.length, counts: finalizeSweep(options.out, sweep, runs, {}, all, store).counts };
    } finally {
      store.close();
    }
  } finally {
    release();
  }
}
