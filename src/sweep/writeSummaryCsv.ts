import { formatNumber } from '../report/formatNumber.js';
import { atomicWriter } from './atomicWriter.js';
import { cellStats } from './cellStats.js';
import type { SweepRun } from './expandSweep.js';
import type { RecordStore } from './recordStore.js';
import type { ResultLayout } from './resultLayout.js';
import { cellKeys } from './writeResultsCsv.js';

/** Values held in memory at once while summarising (8 bytes each: 64 MB). */
const BLOCK_VALUES = 8_000_000;

/**
 * summary.csv: per scenario and cell (year, level, id, metric), the distribution over the scenario's runs
 * that finished ok: n, mean, sd, 5/25/50/75/95% quantiles, Monte Carlo standard error, and the mean over
 * the first half of the replicates with its shift from the full mean (replicate adequacy). Cells are
 * read in blocks, so memory stays bounded however many runs there are.
 */
export function writeSummaryCsv(path: string, scenarios: readonly { label: string; runIds: number[]; layout: ResultLayout }[], runs: readonly SweepRun[], replicates: number, store: RecordStore): ReplicateAdequacy | undefined {
  let worst: ReplicateAdequacy | undefined;
  const w = atomicWriter(path);
  w.write('scenario,year,level,id,metric,n,mean,sd,q05,q25,q50,q75,q95,mcse,half_mean,half_shift\n');
  const half = Math.floor(replicates / 2);
  for (const { label, runIds, layout } of scenarios) {
    const n = runIds.length;
    if (n === 0) continue;
    const firstHalf = half >= 1 ? Uint8Array.from(runIds, (id) => (runs[id].replicate < half ? 1 : 0)) : undefined;
    const keys = cellKeys(layout);
    const block = Math.max(1, Math.min(layout.count, Math.floor(BLOCK_VALUES / n)));
    const byRun = new Float64Array(block);
    const byCell = new Float64Array(block * n);
    for (let c0 = 0; c0 < layout.count; c0 += block) {
      const len = Math.min(block, layout.count - c0);
      runIds.forEach((id, r) => {
        store.read(id, c0, len, byRun);
        for (let c = 0; c < len; c++) byCell[c * n + r] = byRun[c];
      });
      const lines: string[] = [];
      for (let c = 0; c < len; c++) {
        const s = cellStats(byCell.slice(c * n, (c + 1) * n), firstHalf);
        const f = formatNumber;
        if (keys[c0 + c].endsWith(',province,shanxi,urban_rate') && (worst === undefined || Math.abs(s.halfMean - s.mean) > Math.abs(worst.shift))) {
          worst = { scenario: label, year: layout.year[c0 + c], mean: s.mean, shift: s.halfMean - s.mean };
        }
        lines.push(`${label},${keys[c0 + c]},${s.n},${f(s.mean)},${f(s.sd)},${f(s.q05)},${f(s.q25)},${f(s.q50)},${f(s.q75)},${f(s.q95)},${f(s.mcse)},${f(s.halfMean)},${f(s.halfMean - s.mean)}\n`);
      }
      w.write(lines.join(''));
    }
  }
  w.close();
  return worst;
}

/** The largest shift of the provincial urban rate's mean with half the replicates (NaN shift: one replicate). */
export interface ReplicateAdequacy {
  scenario: string;
  year: number;
  mean: number;
  shift: number;
}
