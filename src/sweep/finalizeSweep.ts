import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepareBase } from '../model/baseCache.js';
import { writeFileAtomic } from './atomicWriter.js';
import { designPoints } from './designs/designPoints.js';
import type { SweepRun } from './expandSweep.js';
import type { RecordStore } from './recordStore.js';
import { resultLayout, type ResultLayout } from './resultLayout.js';
import type { Selection } from './selection.js';
import type { Sweep } from './sweep.js';
import { sweepMetadata, type SweepCounts } from './sweepMetadata.js';
import { writeResultsCsv } from './writeResultsCsv.js';
import { writeRunsCsv } from './writeRunsCsv.js';
import { writeSensitivityCsv } from './writeSensitivityCsv.js';
import { writeSummaryCsv, type ReplicateAdequacy } from './writeSummaryCsv.js';

/**
 * Writes the final outputs of a sweep folder from the recorded runs, in run-id order, so that they do not
 * depend on the order runs finished in, on resumes or on sharding: runs.csv, results.csv, summary.csv,
 * sensitivity.csv (Sobol' and Morris designs, when every run of the sweep is selected), timings.csv and
 * sweep.json (written last: its `complete: true` marks a finished folder).
 */
export function finalizeSweep(dir: string, sweep: Sweep, runs: readonly SweepRun[], selection: Selection, selected: readonly number[], store: RecordStore): { counts: SweepCounts; adequacy?: ReplicateAdequacy } {
  const design = designPoints(sweep);
  const isOk = (id: number) => store.entry(id)?.record.status === 'ok';
  const layouts = sweep.scenarios.map((_, s) => {
    const spec = runs.find((r) => r.scenario === s)!.spec;
    return resultLayout(prepareBase(spec.dataDir, spec.censusYear).places, spec.firstYear, spec.lastYear, sweep.outputs);
  });
  const groups: { label: string; runIds: number[]; layout: ResultLayout }[] = sweep.scenarios.map((s, i) => ({ label: s.label, runIds: [], layout: layouts[i] }));
  for (const id of selected) if (isOk(id)) groups[runs[id].scenario].runIds.push(id);
  const okIds = selected.filter(isOk);
  const files = ['runs.csv', 'results.csv', 'summary.csv'];
  writeRunsCsv(join(dir, 'runs.csv'), sweep, runs, selected, design, store);
  writeResultsCsv(join(dir, 'results.csv'), okIds, (id) => layouts[runs[id].scenario], store);
  const adequacy = writeSummaryCsv(join(dir, 'summary.csv'), groups, runs, sweep.replicates, store);
  const sensitivity = (sweep.design.type === 'sobol' || sweep.design.type === 'morris') && selected.length === runs.length;
  if (sensitivity) {
    writeSensitivityCsv(join(dir, 'sensitivity.csv'), sweep, design, groups, runs, store);
    files.push('sensitivity.csv');
  } else rmSync(join(dir, 'sensitivity.csv'), { force: true });
  const timings = selected.map((id) => {
    const r = store.entry(id)?.record;
    return `${id},${r?.status ?? 'missing'},${r ? r.seconds.toFixed(3) : 'NA'}\n`;
  });
  writeFileAtomic(join(dir, 'timings.csv'), 'runId,status,seconds\n' + timings.join(''));
  files.push('timings.csv', 'sweep.json');
  const counts: SweepCounts = { total: runs.length, selected: selected.length, ok: okIds.length, failed: selected.filter((id) => store.entry(id)?.record.status === 'failed').length };
  writeFileAtomic(join(dir, 'sweep.json'), sweepMetadata(sweep, selection, counts, files));
  return { counts, adequacy };
}
