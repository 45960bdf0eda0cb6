import { describe, expect, it } from 'vitest';
import { FIRST_STEP_YEARS } from '../../src/model/stepLength.js';
import { smallRun } from '../helpers/smallRun.js';

/** Residents' events of year index y summed over places. */
function total(series: Int32Array, places: number, y: number): number {
  return series.subarray(y * places, (y + 1) * places).reduce((s, v) => s + v, 0);
}

describe('step length', () => {
  it('the first step spans 14 months: about 14/12 times the events of a one-year first step', () => {
    const runs = [1, 2, 3].map((seed) => ({ long: smallRun({ seed, lastYear: 2021 }), year: smallRun({ seed, lastYear: 2021, firstStepYears: 1 }) }));
    expect(FIRST_STEP_YEARS).toBeCloseTo(14 / 12, 12);
    for (const field of ['deaths', 'moveOut', 'reclassOut', 'integrations'] as const) {
      const sum = (k: 'long' | 'year') => runs.reduce((s, r) => s + total(r[k].series[field], r[k].series.places, 1), 0);
      const ratio = sum('long') / sum('year');
      // 14/12 = 1.167; sampling noise at 1:200 over three seeds stays within a few percent
      expect(ratio, field).toBeGreaterThan(1.1);
      expect(ratio, field).toBeLessThan(1.24);
    }
  });

  it('later steps are one year whatever the first step', () => {
    const long = smallRun({ seed: 4, lastYear: 2022 }), year = smallRun({ seed: 4, lastYear: 2022, firstStepYears: 1 });
    const n = long.series.places;
    // the second year's death rate per resident is the same up to noise
    const rate = (r: typeof long) => total(r.series.deaths, n, 2) / total(r.series.population, n, 1);
    expect(rate(long) / rate(year)).toBeGreaterThan(0.93);
    expect(rate(long) / rate(year)).toBeLessThan(1.07);
  });
});
