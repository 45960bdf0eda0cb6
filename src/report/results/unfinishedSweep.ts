import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandSweep } from '../../sweep/expandSweep.js';
import { scanJournal } from '../../sweep/journal.js';
import { loadSweep } from '../../sweep/loadSweep.js';
import { selectRuns, type Selection } from '../../sweep/selection.js';
import { shellWord } from './shellWord.js';

interface SweepJsonState {
  complete?: boolean;
  selection?: string;
  sweep?: { file?: string; hash?: string };
}

/**
 * Why the sweep folder `dir` (shown as `shown`) cannot be reported on yet, or undefined when it is finished
 * (or its sweep.json is unreadable, which reading it reports). A sweep writes sweep.json with
 * `complete: false` first and its tables only at the end, so a stopped sweep or shard holds recorded runs
 * (journal.bin) but no results.csv: the message counts them and gives the command that finishes it.
 */
export function unfinishedSweep(dir: string, shown: string): string | undefined {
  let meta: SweepJsonState;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8')) as SweepJsonState;
  } catch {
    return undefined;
  }
  if (meta?.complete !== false) return undefined;
  const recorded = scanJournal(join(dir, 'journal.bin')).entries.size;
  const selection = parseSelection(meta.selection ?? 'all');
  const total = selectedRuns(meta, selection);
  const options = [
    ...(selection.shard ? [`--shard ${selection.shard.k}/${selection.shard.n}`] : []),
    ...(selection.only ? [`--only ${selection.only.join(',')}`] : []),
  ];
  const command = ['urbanize sweep', (meta.sweep?.file === undefined ? '<sweep file>' : shellWord(meta.sweep.file)), ...options, '--out', shellWord(shown)].join(' ');
  const then = selection.shard
    ? '; once every shard is finished, `urbanize merge <shard folders> --out <folder>` joins them'
    : ' (or, if it is the --out folder of `urbanize merge`, rerun that merge)';
  const count = total === undefined ? `${recorded} ${recorded === 1 ? 'run' : 'runs'}` : `${recorded} of ${total} runs`;
  return `${shown}: unfinished sweep, ${count} recorded (expected a finished sweep folder): ` +
    `to finish it, rerun \`${command}\`, which resumes where it stopped${then}`;
}

/** How many runs the folder's selection holds, from the sweep file; undefined when the file is gone or changed. */
function selectedRuns(meta: SweepJsonState, selection: Selection): number | undefined {
  if (meta.sweep?.file === undefined || !existsSync(meta.sweep.file)) return undefined;
  try {
    const sweep = loadSweep(meta.sweep.file);
    return sweep.hash === meta.sweep.hash ? selectRuns(expandSweep(sweep).length, selection).length : undefined;
  } catch {
    return undefined;
  }
}

/** The inverse of selectionText: "all", "shard 1/4", "runs 3,7" or "shard 1/4, runs 3,7". */
function parseSelection(text: string): Selection {
  const shard = /shard (\d+)\/(\d+)/.exec(text);
  const only = /runs ([\d,]+)/.exec(text);
  return {
    shard: shard ? { k: Number(shard[1]), n: Number(shard[2]) } : undefined,
    only: only ? only[1].split(',').map(Number) : undefined,
  };
}
