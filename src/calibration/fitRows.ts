import type { ClassicalBaseline } from './classicalBaselines.js';
import { targetError } from './targetDistance.js';
import type { Target } from './targets.js';

/** One target of the fit report: observed, simulated, error, and the classical projections. */
export interface FitRow {
  target: Target;
  /** e.g. `Taiyuan 2020` or `Shanxi 2022` */
  label: string;
  /** mean of the replicate runs at the calibrated parameters */
  simulated: number;
  /** pp (urban rate) or % (population) */
  error: number;
  /** 5% and 95% of runs with parameter sets drawn from the posterior, when drawn */
  band?: { q05: number; q95: number };
  baselines: { name: string; value: number; error: number; inSample: boolean }[];
}

/** Rows of the fit report, in target order. `names` maps prefecture ids to display names. */
export function fitRows(targets: readonly Target[], simulated: ArrayLike<number>, draws: readonly ArrayLike<number>[], baselines: readonly ClassicalBaseline[], names: ReadonlyMap<string, string>): FitRow[] {
  return targets.map((t, k) => {
    const values = draws.map((d) => d[k]).sort((a, b) => a - b);
    const q = (p: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(p * (values.length - 1))))];
    return {
      target: t,
      label: `${t.id === 'shanxi' ? 'Shanxi' : names.get(t.id) ?? t.id} ${t.year}`,
      simulated: simulated[k],
      error: targetError(t, simulated[k]),
      band: values.length > 1 ? { q05: q(0.05), q95: q(0.95) } : undefined,
      baselines: baselines.flatMap((b) => {
        const p = b.predict(t);
        return p ? [{ name: b.name, value: p.value, error: targetError(t, p.value), inSample: p.inSample }] : [];
      }),
    };
  });
}
