/**
 * Seed noise in sensitivity designs. A run's seed comes from its identity (docs/sweeps.md "Seeds"), so every
 * design point draws its own random numbers: f(x) = g(x) + e, e independent between points with variance
 * s2 (of a point's mean of replicates). Jansen's (1999) total index averages (f(A) - f(AB_i))^2 / 2, whose
 * expectation gains (s2 + s2) / 2 = s2, over V = Var g + s2: every factor, with or without effect, gets about
 * s2 / V added to its ST. Saltelli et al.'s (2010) first-order estimator, mean(f(B) (f(AB_i) - f(A))), has
 * no such term (the noise of B is independent of that of A and AB_i) but is noisier. Stochastic simulators
 * need the noise separated from the factor effects (Marrel, Iooss, Da Veiga & Ribatet 2012, Statistics and
 * Computing 22:833-847), which the within-point spread of replicates allows.
 */

/**
 * Variance of the seed noise in outputs that average each point's replicates: pooled within-point variance
 * (sum of `m2`, the squared deviations from each point's mean, over sum of n_p - 1) times the mean of
 * 1 / n_p. NaN when no point has two replicates.
 */
export function seedNoiseVariance(m2: Float64Array, counts: Float64Array): number {
  let ss = 0, df = 0, inv = 0, points = 0;
  for (let p = 0; p < counts.length; p++) {
    if (counts[p] < 1) continue;
    ss += m2[p];
    df += counts[p] - 1;
    inv += 1 / counts[p];
    points++;
  }
  return df > 0 ? (ss / df) * (inv / points) : NaN;
}

/** The noise variance's share of V, the variance of f(A) and f(B) together over which sobolIndices divides: the bias of each ST. */
export function noiseShare(noiseVariance: number, yA: Float64Array, yB: Float64Array): number {
  const n = yA.length;
  let sum = 0;
  for (let j = 0; j < n; j++) sum += yA[j] + yB[j];
  const mean = sum / (2 * n);
  let v = 0;
  for (let j = 0; j < n; j++) v += (yA[j] - mean) ** 2 + (yB[j] - mean) ** 2;
  v /= 2 * n;
  return v > 0 ? noiseVariance / v : NaN;
}

/**
 * Standard deviation that seed noise alone gives a Morris elementary effect (y after - y before) / step:
 * two independent noises, so sqrt(2 s2) / |step|, in mu* units. A factor without effect gets mu* of about
 * sqrt(2 / pi) times this (the mean of a half-normal).
 */
export function morrisNoiseSd(noiseVariance: number, step: number): number {
  return Math.sqrt(2 * noiseVariance) / Math.abs(step);
}
