import { beforeAll, describe, expect, it } from 'vitest';
import { tidyRows } from '../../src/report/tidyRows.js';
import { metricLookup, type MetricLookup } from '../helpers/metricLookup.js';
import { smallRun } from '../helpers/smallRun.js';

/**
 * The untuned baseline (default parameters, no levers) must be plausible before any calibration: the provincial
 * proposal describes urbanization "transitioning from a phase of rapid growth to one of stable development".
 */
describe('the untuned Shanxi baseline', () => {
  let rate: MetricLookup;
  beforeAll(() => { rate = metricLookup(tidyRows(smallRun({ scale: 100, lastYear: 2035, seed: 1 }))); });
  const urban = (year: number) => rate('province', 'shanxi', 'urban_rate', year);

  it('starts at the census urban rate of 62.53%', () => {
    expect(urban(2020)).toBeCloseTo(0.6253, 3);
  });

  it('raises the provincial urban rate every year 2021-2035', () => {
    const falls: string[] = [];
    for (let y = 2021; y <= 2035; y++) if (!(urban(y) > urban(y - 1))) falls.push(`${y}: ${urban(y - 1)} -> ${urban(y)}`);
    expect(falls).toEqual([]);
  });

  it('slows down: the rise over 2030-2035 is smaller than over 2020-2025', () => {
    // Sampling sd of a 5-year rise at scale 100 is about 0.05 pp; the untuned gap is about 0.6 pp.
    expect(urban(2035) - urban(2030)).toBeLessThan(urban(2025) - urban(2020));
  });
});
