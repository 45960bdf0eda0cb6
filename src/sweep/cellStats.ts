/** Distribution of one output cell over the runs of a scenario. */
export interface CellStats {
  n: number;
  mean: number;
  sd: number;
  q05: number; q25: number; q50: number; q75: number; q95: number;
  /** Monte Carlo standard error of the mean, sd / sqrt(n) */
  mcse: number;
  /** mean over the first half of the replicates (NaN with fewer than 2 replicates) */
  halfMean: number;
}

/**
 * Mean, sample sd, quantiles (type 7: linear interpolation, as R's default and numpy's) and the mean of
 * the runs flagged `firstHalf`, whose distance from the full mean says whether the replicates suffice.
 * `values` is sorted in place.
 */
export function cellStats(values: Float64Array, firstHalf: Uint8Array | undefined): CellStats {
  const n = values.length;
  let sum = 0, halfSum = 0, halfN = 0;
  for (let i = 0; i < n; i++) {
    sum += values[i];
    if (firstHalf?.[i]) { halfSum += values[i]; halfN++; }
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : NaN;
  values.sort();
  const q = (p: number) => quantileSorted(values, p);
  return {
    n, mean, sd, q05: q(0.05), q25: q(0.25), q50: q(0.5), q75: q(0.75), q95: q(0.95),
    mcse: sd / Math.sqrt(n), halfMean: halfN > 0 ? halfSum / halfN : NaN,
  };
}

/** Quantile of sorted values, type 7 (Hyndman & Fan 1996): linear between order statistics. */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < n ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[n - 1];
}
