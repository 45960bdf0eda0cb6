/** A fitted urban-rural growth difference (URGD) curve: logit(u_t) = logit(u0) + r (t − t0). */
export interface LogisticFit {
  t0: number;
  /** urban share in t0, 0-1 */
  u0: number;
  /** urban-rural growth difference per year (logit units per year) */
  r: number;
  /** points the fit used */
  n: number;
}

const logit = (u: number) => Math.log(u / (1 - u));

/**
 * The UN's classical projection of the urban share (United Nations, Manual VIII "Methods for Projections
 * of Urban and Rural Population", 1974; World Urbanization Prospects methodology): the logit of the urban
 * share grows linearly, its slope being the urban-rural growth difference. The curve is anchored on the
 * observation in `t0` (the census the model starts from) and r is fitted by least squares on the logit
 * scale through that anchor: r = Σ (t−t0)(L_t − L_0) / Σ (t−t0)². With one other point this is the
 * intercensal URGD.
 */
export function fitLogistic(points: readonly { year: number; value: number }[], t0: number): LogisticFit {
  const anchor = points.find((p) => p.year === t0);
  if (!anchor) throw new Error(`fitLogistic: no observation in ${t0} to anchor the curve`);
  const l0 = logit(anchor.value);
  let sxy = 0, sxx = 0, n = 0;
  for (const p of points) {
    if (p.year === t0 || !(p.value > 0 && p.value < 1)) continue;
    const dt = p.year - t0;
    sxy += dt * (logit(p.value) - l0);
    sxx += dt * dt;
    n++;
  }
  if (n === 0) throw new Error('fitLogistic: needs an observation besides the anchor');
  return { t0, u0: anchor.value, r: sxy / sxx, n: n + 1 };
}

/** The fitted urban share in `year` (0-1). */
export function logisticAt(fit: LogisticFit, year: number): number {
  return 1 / (1 + Math.exp(-(logit(fit.u0) + fit.r * (year - fit.t0))));
}
