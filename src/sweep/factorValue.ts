import type { Factor } from './sweep.js';

/**
 * The value of a factor at position `u` in [0, 1] of its range: linear (or log-linear) between min and
 * max, or the value of the u-th equal slice of an explicit list. Sampled values keep 6 significant
 * digits, so the number written in runs.csv is exactly the number that ran.
 */
export function factorValue(f: Factor, u: number): number {
  if (f.values) return f.values[Math.min(Math.floor(u * f.values.length), f.values.length - 1)];
  const min = f.min as number, max = f.max as number;
  const v = f.log ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
  return roundSignificant(v, 6);
}

/** The values a factor takes in a grid: its list, or `steps` values from min to max inclusive. */
export function gridValues(f: Factor): number[] {
  if (f.values) return f.values;
  const steps = f.steps as number;
  return Array.from({ length: steps }, (_, i) => factorValue(f, i / (steps - 1)));
}

/** Rounds to `digits` significant digits (exact decimal output, no exponent noise for typical ranges). */
export function roundSignificant(v: number, digits: number): number {
  return v === 0 || !Number.isFinite(v) ? v : Number(v.toPrecision(digits));
}
