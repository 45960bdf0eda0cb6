import { quantileSorted } from 'd3';

/** The spread of one quantity across runs (seeds) in one year: median, 50% and 90% intervals. */
export interface Band {
  year: number;
  /** number of runs */
  n: number;
  q05: number;
  q25: number;
  q50: number;
  q75: number;
  q95: number;
}

/**
 * Quantiles of `values` by linear interpolation between order statistics (d3.quantile, R type 7).
 * With few runs the outer quantiles lie between the extreme runs, so a 90% band from 3 seeds is rough.
 */
export function quantileBand(year: number, values: readonly number[]): Band {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const q = (p: number) => quantileSorted(sorted, p) ?? NaN;
  return { year, n: sorted.length, q05: q(0.05), q25: q(0.25), q50: q(0.5), q75: q(0.75), q95: q(0.95) };
}
