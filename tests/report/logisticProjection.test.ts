import { describe, expect, it } from 'vitest';
import { fitLogistic, logisticAt } from '../../src/report/charts/logisticProjection.js';

const logit = (u: number) => Math.log(u / (1 - u));

describe('fitLogistic (UN urban-rural growth difference)', () => {
  it('recovers the growth difference of an exact logistic curve', () => {
    const r = 0.045, l0 = logit(0.55);
    const points = [2005, 2010, 2020, 2021, 2022].map((year) => ({ year, value: 1 / (1 + Math.exp(-(l0 + r * (year - 2020)))) }));
    const fit = fitLogistic(points, 2020);
    expect(fit.r).toBeCloseTo(r, 12);
    expect(fit.u0).toBeCloseTo(0.55, 12);
    expect(fit.n).toBe(5);
    expect(logisticAt(fit, 2035)).toBeCloseTo(1 / (1 + Math.exp(-(l0 + 15 * r))), 12);
  });

  it('with two censuses gives the intercensal URGD: the logit difference over the years between them', () => {
    const fit = fitLogistic([{ year: 2010, value: 0.4805 }, { year: 2020, value: 0.6253 }], 2020);
    expect(fit.r).toBeCloseTo((logit(0.6253) - logit(0.4805)) / 10, 12);
  });

  it('passes through the anchor and stays between 0 and 1, rising, for the Shanxi observations', () => {
    const obs = [{ year: 2010, value: 0.4805 }, { year: 2020, value: 0.6253 }, { year: 2021, value: 0.6342 }, { year: 2022, value: 0.6396 }];
    const fit = fitLogistic(obs, 2020);
    // least squares through the anchor: r = Σ dt·dL / Σ dt² over 2010, 2021, 2022
    const dl = (u: number) => logit(u) - logit(0.6253);
    expect(fit.r).toBeCloseTo((-10 * dl(0.4805) + 1 * dl(0.6342) + 2 * dl(0.6396)) / (100 + 1 + 4), 12);
    expect(logisticAt(fit, 2020)).toBeCloseTo(0.6253, 12);
    let prev = 0;
    for (let y = 2000; y <= 2100; y++) {
      const u = logisticAt(fit, y);
      expect(u).toBeGreaterThan(prev);
      expect(u).toBeLessThan(1);
      prev = u;
    }
  });

  it('refuses to fit without an anchor observation or without a second point', () => {
    expect(() => fitLogistic([{ year: 2010, value: 0.48 }], 2020)).toThrow(/anchor/);
    expect(() => fitLogistic([{ year: 2020, value: 0.62 }], 2020)).toThrow(/besides the anchor/);
  });
});
