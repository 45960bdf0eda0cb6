import { designRandom } from './designs/designRandom.js';
import { quantileSorted } from './cellStats.js';

/** First-order and total Sobol' indices of one factor, with bootstrap percentile intervals. */
export interface SobolIndex {
  s1: number; s1Low: number; s1High: number;
  st: number; stLow: number; stHigh: number;
}

/**
 * Sobol' indices from a Saltelli design: f(A), f(B) and f(AB_i), N values each. First order by Saltelli
 * et al. (2010, eq. (b) of table 2): V_i = mean(f(B) (f(AB_i) - f(A))); total by Jansen (1999):
 * VT_i = mean((f(A) - f(AB_i))^2) / 2; both over V = variance of f(A) and f(B) together (as SALib), with
 * f centred on the mean of f(A) and f(B).
 * Intervals: `confidence` percentile intervals of `bootstrap` resamples of the N base rows (seeded).
 * Seed noise in f adds its share of V to every ST (seedNoise.ts); sensitivity.csv reports and flags it.
 */
export function sobolIndices(yA: Float64Array, yB: Float64Array, yAB: readonly Float64Array[], bootstrap: number, seed: number, confidence = 0.95): SobolIndex[] {
  const n = yA.length;
  const all = Array.from({ length: n }, (_, j) => j);
  const point = estimate(yA, yB, yAB, all);
  const rng = designRandom(seed, 'bootstrap');
  const s1s = yAB.map(() => new Float64Array(bootstrap));
  const sts = yAB.map(() => new Float64Array(bootstrap));
  const rows = new Array<number>(n);
  for (let b = 0; b < bootstrap; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(rng() * n);
    const e = estimate(yA, yB, yAB, rows);
    e.forEach((x, i) => { s1s[i][b] = x.s1; sts[i][b] = x.st; });
  }
  const lo = (1 - confidence) / 2, hi = 1 - lo;
  return point.map((p, i) => {
    const a = s1s[i].sort(), t = sts[i].sort();
    return { s1: p.s1, s1Low: quantileSorted(a, lo), s1High: quantileSorted(a, hi), st: p.st, stLow: quantileSorted(t, lo), stHigh: quantileSorted(t, hi) };
  });
}

function estimate(yA: Float64Array, yB: Float64Array, yAB: readonly Float64Array[], rows: readonly number[]): { s1: number; st: number }[] {
  const n = rows.length;
  let sum = 0;
  for (const j of rows) sum += yA[j] + yB[j];
  // Centre outputs on their mean: the estimators are unchanged in expectation, and a large mean (say,
  // a population of 35 million) no longer swamps the small differences they are made of.
  const mean = sum / (2 * n);
  let v = 0;
  for (const j of rows) v += (yA[j] - mean) ** 2 + (yB[j] - mean) ** 2;
  v /= 2 * n;
  return yAB.map((ab) => {
    let first = 0, total = 0;
    for (const j of rows) {
      first += (yB[j] - mean) * (ab[j] - yA[j]);
      total += (yA[j] - ab[j]) ** 2;
    }
    return v > 0 ? { s1: first / n / v, st: total / (2 * n) / v } : { s1: NaN, st: NaN };
  });
}
