import { describe, expect, it } from 'vitest';
import { metricBands } from '../../src/report/results/metricBands.js';
import { valueKey, type RunFolder } from '../../src/report/results/runFolder.js';

/** A run holding only the provincial urban rate of some years. */
function run(rates: Record<number, number>): RunFolder {
  const values = new Map(Object.entries(rates).map(([year, v]) => [valueKey('province', 'shanxi', 'urban_rate', Number(year)), v]));
  return { dir: 'r', metadata: {} as RunFolder['metadata'], rows: [], flows: [], values };
}

describe('metricBands', () => {
  const key = { level: 'province', id: 'shanxi', metric: 'urban_rate' };

  it('bands only the runs with a number in a year, and no year where every run has NA (an emptied place crashed the charts)', () => {
    const bands = metricBands([run({ 2020: 0.6, 2021: NaN, 2022: NaN }), run({ 2020: 0.7, 2021: 0.8, 2022: NaN })], key, [2020, 2021, 2022]);
    expect(bands.map((b) => [b.year, b.n, Number(b.q50.toFixed(6))])).toEqual([[2020, 2, 0.65], [2021, 1, 0.8]]);
  });
});
