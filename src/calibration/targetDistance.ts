import type { Target } from './targets.js';

/** Error of a simulated value: percentage points for urban rates, percent of the observed value for populations. */
export function targetError(t: Pick<Target, 'metric' | 'observed'>, simulated: number): number {
  return t.metric === 'urban_rate' ? 100 * (simulated - t.observed) : 100 * (simulated / t.observed - 1);
}

/**
 * Distance between simulated and observed fit targets: the weighted root mean square of errors in
 * tolerance units, each group (one target spec, e.g. 11 prefecture urban rates) averaged first so that
 * a group's weight does not depend on how many targets it holds:
 * d = sqrt( sum_g w_g mean_{i in g} (e_i / tol_i)^2 / sum_g w_g ).
 * d = 1 means the fit targets are off by their tolerance on average. Held-out targets do not count.
 */
export function targetDistance(targets: readonly Target[], simulated: ArrayLike<number>): number {
  const sum = new Map<number, { squares: number; n: number; weight: number }>();
  targets.forEach((t, k) => {
    if (t.role !== 'fit' || t.weight === 0) return;
    const z = targetError(t, simulated[k]) / t.tolerance;
    const g = sum.get(t.group) ?? { squares: 0, n: 0, weight: t.weight };
    g.squares += z * z;
    g.n++;
    sum.set(t.group, g);
  });
  let num = 0, den = 0;
  for (const g of sum.values()) {
    num += (g.weight * g.squares) / g.n;
    den += g.weight;
  }
  return den > 0 ? Math.sqrt(num / den) : 0;
}
