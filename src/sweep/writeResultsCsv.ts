import { formatNumber } from '../report/formatNumber.js';
import { atomicWriter } from './atomicWriter.js';
import type { RecordStore } from './recordStore.js';
import type { ResultLayout } from './resultLayout.js';

/**
 * results.csv, tidy: `runId,year,level,id,metric,value`, the runs that finished ok in run-id order, read back
 * one run at a time from the journal (memory does not grow with the number of runs).
 */
export function writeResultsCsv(path: string, runIds: readonly number[], layoutOf: (runId: number) => ResultLayout, store: RecordStore): void {
  const w = atomicWriter(path);
  w.write('runId,year,level,id,metric,value\n');
  for (const id of runIds) {
    const layout = layoutOf(id);
    const values = store.read(id, 0, layout.count);
    const keys = cellKeys(layout);
    const lines: string[] = [];
    for (let c = 0; c < layout.count; c++) lines.push(`${id},${keys[c]},${formatNumber(values[c])}\n`);
    w.write(lines.join(''));
  }
  w.close();
}

const keyCache = new WeakMap<ResultLayout, string[]>();

/** `year,level,id,metric` of every cell of a layout. */
export function cellKeys(layout: ResultLayout): string[] {
  let keys = keyCache.get(layout);
  if (!keys) {
    keys = Array.from({ length: layout.count }, (_, c) => {
      const g = layout.groups[layout.group[c]];
      return `${layout.year[c]},${g.level},${g.id},${layout.reporters[layout.reporter[c]].name}`;
    });
    keyCache.set(layout, keys);
  }
  return keys;
}
