import { formatNumber as f } from '../report/formatNumber.js';
import { atomicWriter } from './atomicWriter.js';
import type { DesignPoints } from './designs/designPoints.js';
import type { SweepRun } from './expandSweep.js';
import { morrisIndices } from './morrisIndices.js';
import type { RecordStore } from './recordStore.js';
import type { ResultLayout } from './resultLayout.js';
import { morrisNoiseSd, noiseShare, seedNoiseVariance } from './seedNoise.js';
import { morrisWarnings, sobolWarnings } from './sensitivityWarnings.js';
import { sobolIndices } from './sobolIndices.js';
import type { Sweep } from './sweep.js';

/**
 * sensitivity.csv for Sobol' (S1, ST with intervals) or Morris (mu, mu*, sigma) designs: per scenario and
 * analysed cell, one row per factor. The output of a design point is the mean of its replicates that
 * finished ok; a cell with missing points gets NA and a warning. Last column: the seed noise from the
 * replicates' spread (seedNoise.ts), Sobol' `noise_share`, Morris `noise_effect_sd`; NA with one replicate.
 */
export function writeSensitivityCsv(path: string, sweep: Sweep, design: DesignPoints, scenarios: readonly { label: string; runIds: number[]; layout: ResultLayout }[], runs: readonly SweepRun[], store: RecordStore): void {
  const d = sweep.design;
  if (d.type !== 'sobol' && d.type !== 'morris') return;
  const w = atomicWriter(path);
  const head = 'scenario,method,year,level,id,metric,factor,';
  w.write(head + (d.type === 'sobol' ? 'S1,S1_low,S1_high,ST,ST_low,ST_high,warning,noise_share\n' : 'mu,mu_star,mu_star_low,mu_star_high,sigma,warning,noise_effect_sd\n'));
  const k = sweep.factors.length;
  for (const s of scenarios) {
    const cells = analysedCells(s.layout, sweep);
    const y = pointStats(s.runIds, runs, design.values.length, cells.map((c) => c.index), store);
    cells.forEach((cell, c) => {
      const prefix = `${s.label},${d.type},${cell.key},`;
      const { means: Y, noise } = y[c];
      if (Y.some((v) => Number.isNaN(v))) {
        // NA: no finished run at some point, or the metric is NA there (a rate of a place with no residents left)
        for (const fac of sweep.factors) w.write(`${prefix}${fac.key},${d.type === 'sobol' ? 'NA,NA,NA,NA,NA,NA' : 'NA,NA,NA,NA,NA'},design points without a value (no finished run or NA),NA\n`);
        return;
      }
      if (d.type === 'sobol') {
        const n = d.samples;
        const col = (m: number) => Float64Array.from({ length: n }, (_, j) => Y[j * (k + 2) + m]);
        const idx = sobolIndices(col(0), col(k + 1), sweep.factors.map((_, i) => col(i + 1)), sweep.sensitivity.bootstrap, d.seed);
        const share = noiseShare(noise, col(0), col(k + 1));
        idx.forEach((x, i) => {
          w.write(`${prefix}${sweep.factors[i].key},${[x.s1, x.s1Low, x.s1High, x.st, x.stLow, x.stHigh].map(f).join(',')},${sobolWarnings(x, share, sweep.replicates).join('; ')},${f(share)}\n`);
        });
      } else {
        const effects = sweep.factors.map(() => new Float64Array(d.trajectories));
        for (let p = 0; p < design.values.length; p++) {
          const step = design.steps![p];
          if (step.factor >= 0) effects[step.factor][Math.floor(p / (k + 1))] = (Y[p] - Y[p - 1]) / step.delta;
        }
        // Every Morris step has the same size, p / (2 (p - 1)); point 1 is a trajectory's first step.
        const sd = morrisNoiseSd(noise, design.steps![1].delta);
        morrisIndices(effects, sweep.sensitivity.bootstrap, d.seed).forEach((x, i) => {
          w.write(`${prefix}${sweep.factors[i].key},${[x.mu, x.muStar, x.muStarLow, x.muStarHigh, x.sigma].map(f).join(',')},${morrisWarnings(x, sd, sweep.replicates).join('; ')},${f(sd)}\n`);
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

/**
 * Per analysed cell, the mean over ok replicates of each design point (NaN where none finished) and the
 * seed-noise variance of those means (seedNoise.ts; NaN without two replicates of a point). Welford's
 * update keeps the spread exact when the mean is large (a population of 35 million).
 */
function pointStats(runIds: readonly number[], runs: readonly SweepRun[], points: number, cells: readonly number[], store: RecordStore): { means: Float64Array; noise: number }[] {
  const means = cells.map(() => new Float64Array(points));
  const m2 = cells.map(() => new Float64Array(points));
  const counts = new Float64Array(points);
  const one = new Float64Array(1);
  for (const id of runIds) {
    const p = runs[id].point;
    const n = ++counts[p];
    cells.forEach((c, i) => {
      const v = store.read(id, c, 1, one)[0];
      const delta = v - means[i][p];
      means[i][p] += delta / n;
      m2[i][p] += delta * (v - means[i][p]);
    });
  }
  return means.map((m, i) => ({ means: m.map((v, p) => (counts[p] > 0 ? v : NaN)), noise: seedNoiseVariance(m2[i], counts) }));
}
