import { formatNumber as f } from '../report/formatNumber.js';
import { atomicWriter } from './atomicWriter.js';
import type { DesignPoints } from './designs/designPoints.js';
import type { SweepRun } from './expandSweep.js';
import { morrisIndices } from './morrisIndices.js';
import type { RecordStore } from './recordStore.js';
import type { ResultLayout } from './resultLayout.js';
import { sobolIndices } from './sobolIndices.js';
import type { Sweep } from './sweep.js';

/** Widest 95% interval of a Sobol' index before a warning (indices lie in [0, 1]). */
const WIDE_SOBOL = 0.1;

/**
 * sensitivity.csv for Sobol' (S1, ST with intervals) or Morris (mu, mu*, sigma) designs: per scenario and
 * analysed cell, one row per factor. The output of a design point is the mean of its replicates that
 * finished ok; a cell with missing points gets NA and a warning.
 */
export function writeSensitivityCsv(path: string, sweep: Sweep, design: DesignPoints, scenarios: readonly { label: string; runIds: number[]; layout: ResultLayout }[], runs: readonly SweepRun[], store: RecordStore): void {
  const d = sweep.design;
  if (d.type !== 'sobol' && d.type !== 'morris') return;
  const w = atomicWriter(path);
  const head = 'scenario,method,year,level,id,metric,factor,';
  w.write(head + (d.type === 'sobol' ? 'S1,S1_low,S1_high,ST,ST_low,ST_high,warning\n' : 'mu,mu_star,mu_star_low,mu_star_high,sigma,warning\n'));
  const k = sweep.factors.length;
  for (const s of scenarios) {
    const cells = analysedCells(s.layout, sweep);
    const y = pointMeans(s.runIds, runs, design.values.length, cells.map((c) => c.index), store);
    cells.forEach((cell, c) => {
      const prefix = `${s.label},${d.type},${cell.key},`;
      const Y = y[c];
      if (Y.some((v) => Number.isNaN(v))) {
        for (const fac of sweep.factors) w.write(`${prefix}${fac.key},${d.type === 'sobol' ? 'NA,NA,NA,NA,NA,NA' : 'NA,NA,NA,NA,NA'},design points without a finished run\n`);
        return;
      }
      if (d.type === 'sobol') {
        const n = d.samples;
        const col = (m: number) => Float64Array.from({ length: n }, (_, j) => Y[j * (k + 2) + m]);
        const idx = sobolIndices(col(0), col(k + 1), sweep.factors.map((_, i) => col(i + 1)), sweep.sensitivity.bootstrap, d.seed);
        idx.forEach((x, i) => {
          const warn: string[] = [];
          if (Number.isNaN(x.s1)) warn.push('output does not vary');
          if (x.s1 < 0 || x.st < 0) warn.push('negative index: estimation noise (increase samples or replicates)');
          if (x.s1High - x.s1Low > WIDE_SOBOL || x.stHigh - x.stLow > WIDE_SOBOL) warn.push(`wide interval (over ${WIDE_SOBOL}): increase samples or replicates`);
          w.write(`${prefix}${sweep.factors[i].key},${[x.s1, x.s1Low, x.s1High, x.st, x.stLow, x.stHigh].map(f).join(',')},${warn.join('; ')}\n`);
        });
      } else {
        const effects = sweep.factors.map(() => new Float64Array(d.trajectories));
        for (let p = 0; p < design.values.length; p++) {
          const step = design.steps![p];
          if (step.factor >= 0) effects[step.factor][Math.floor(p / (k + 1))] = (Y[p] - Y[p - 1]) / step.delta;
        }
        morrisIndices(effects, sweep.sensitivity.bootstrap, d.seed).forEach((x, i) => {
          const wide = x.muStar > 0 && x.muStarHigh - x.muStarLow > x.muStar ? 'wide interval for mu*: increase trajectories' : '';
          w.write(`${prefix}${sweep.factors[i].key},${[x.mu, x.muStar, x.muStarLow, x.muStarHigh, x.sigma].map(f).join(',')},${wide}\n`);
        });
      }
    });
  }
  w.close();
}

/** The layout cells the sensitivity section asks for, with their `year,level,id,metric` key. */
function analysedCells(layout: ResultLayout, sweep: Sweep): { index: number; key: string }[] {
  const { metrics, level, ids, years } = sweep.sensitivity;
  const out: { index: number; key: string }[] = [];
  for (let c = 0; c < layout.count; c++) {
    const g = layout.groups[layout.group[c]];
    const metric = layout.reporters[layout.reporter[c]].name;
    if (g.level === level && (!ids || ids.includes(g.id)) && metrics.includes(metric) && years.includes(layout.year[c])) {
      out.push({ index: c, key: `${layout.year[c]},${g.level},${g.id},${metric}` });
    }
  }
  return out;
}

/** Per analysed cell, the mean over ok replicates of each design point (NaN where none finished). */
function pointMeans(runIds: readonly number[], runs: readonly SweepRun[], points: number, cells: readonly number[], store: RecordStore): Float64Array[] {
  const sums = cells.map(() => new Float64Array(points));
  const counts = new Float64Array(points);
  const one = new Float64Array(1);
  for (const id of runIds) {
    const p = runs[id].point;
    counts[p]++;
    cells.forEach((c, i) => { sums[i][p] += store.read(id, c, 1, one)[0]; });
  }
  return sums.map((s) => s.map((v, p) => (counts[p] > 0 ? v / counts[p] : NaN)));
}
