import { targetError } from './targetDistance.js';
import type { Target } from './targets.js';

/** Mean absolute error of one target group (e.g. the 11 prefecture urban rates of 2020). */
export interface GroupError {
  group: number;
  /** e.g. `urban_rate prefecture 2020` */
  label: string;
  role: Target['role'];
  /** pp for urban rates, % for populations */
  unit: 'pp' | '%';
  meanAbsError: number;
  maxAbsError: number;
  /** the group's tolerance */
  tolerance: number;
}

/** Mean and largest absolute error of every target group for one vector of simulated values. */
export function groupErrors(targets: readonly Target[], simulated: ArrayLike<number>): GroupError[] {
  const out = new Map<number, GroupError & { n: number }>();
  targets.forEach((t, k) => {
    const e = Math.abs(targetError(t, simulated[k]));
    const g = out.get(t.group) ?? {
      group: t.group, label: `${t.metric} ${t.level} ${t.year}`, role: t.role, unit: t.metric === 'urban_rate' ? 'pp' as const : '%' as const,
      meanAbsError: 0, maxAbsError: 0, tolerance: t.tolerance, n: 0,
    };
    g.meanAbsError += e;
    g.maxAbsError = Math.max(g.maxAbsError, e);
    g.n++;
    out.set(t.group, g);
  });
  return [...out.values()].map(({ n, ...g }) => ({ ...g, meanAbsError: g.meanAbsError / n }));
}

/** Element-wise mean of several simulated vectors (replicate runs). */
export function meanOf(runs: readonly ArrayLike<number>[]): Float64Array {
  const out = new Float64Array(runs[0].length);
  for (const r of runs) for (let k = 0; k < out.length; k++) out[k] += r[k] / runs.length;
  return out;
}
