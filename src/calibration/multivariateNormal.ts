/**
 * A multivariate normal perturbation kernel given by its covariance, kept as the Cholesky factor L
 * (row-major, lower triangular, d x d) so that sampling is mu + L z and densities need one triangular solve.
 */
export interface NormalKernel {
  d: number;
  chol: Float64Array;
}

/** Weighted mean and covariance (weights normalized inside) of points of dimension d. */
export function weightedCovariance(points: readonly Float64Array[], weights: ArrayLike<number>, d: number): Float64Array {
  let total = 0;
  for (let k = 0; k < points.length; k++) total += weights[k];
  const mean = new Float64Array(d);
  points.forEach((p, k) => { for (let i = 0; i < d; i++) mean[i] += (weights[k] / total) * p[i]; });
  const cov = new Float64Array(d * d);
  points.forEach((p, k) => {
    const w = weights[k] / total;
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) cov[i * d + j] += w * (p[i] - mean[i]) * (p[j] - mean[j]);
  });
  return cov;
}

/**
 * Kernel from a covariance matrix. A jitter on the diagonal, growing tenfold until the factorization
 * succeeds, keeps the kernel usable when particles have collapsed onto a line.
 */
export function normalKernel(cov: Float64Array, d: number): NormalKernel {
  let scale = 0;
  for (let i = 0; i < d; i++) scale = Math.max(scale, cov[i * d + i]);
  for (let jitter = 0; ; jitter = jitter === 0 ? 1e-12 * (scale || 1) : jitter * 10) {
    const chol = cholesky(cov, d, jitter);
    if (chol) return { d, chol };
    if (jitter > 1e6 * (scale || 1)) throw new Error('normalKernel: covariance cannot be factorized');
  }
}

function cholesky(a: Float64Array, d: number, jitter: number): Float64Array | undefined {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j] + (i === j ? jitter : 0);
      for (let k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
      if (i === j) {
        if (!(s > 0)) return undefined;
        l[i * d + i] = Math.sqrt(s);
      } else l[i * d + j] = s / l[j * d + j];
    }
  }
  return l;
}

/** mu + L z, with z standard normals from `normal`. */
export function sampleKernel(kernel: NormalKernel, mu: Float64Array, normal: () => number): Float64Array {
  const { d, chol } = kernel;
  const z = Float64Array.from({ length: d }, normal);
  const x = Float64Array.from(mu);
  for (let i = 0; i < d; i++) for (let k = 0; k <= i; k++) x[i] += chol[i * d + k] * z[k];
  return x;
}

/** log density of x under the kernel centred on mu, up to a constant: -|L^-1 (x - mu)|^2 / 2. */
export function kernelLogDensity(kernel: NormalKernel, x: Float64Array, mu: Float64Array): number {
  const { d, chol } = kernel;
  let q = 0;
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = x[i] - mu[i];
    for (let k = 0; k < i; k++) s -= chol[i * d + k] * y[k];
    y[i] = s / chol[i * d + i];
    q += y[i] * y[i];
  }
  return -0.5 * q;
}
