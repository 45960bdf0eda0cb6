import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_STEP_YEARS } from '../../src/model/stepLength.js';
import { tidyRows } from '../../src/report/tidyRows.js';
import { dataCsv } from '../helpers/dataCsv.js';
import { metricLookup, type MetricLookup } from '../helpers/metricLookup.js';
import { smallRun } from '../helpers/smallRun.js';

describe('vital rates', () => {
  // Scale 10 (3.5 million agents): the sampling sd of a crude rate is about 0.05 per mille; over seeds 1-3 the
  // simulated rates stayed within 0.1 per mille of the observed ones.
  let run: MetricLookup;
  beforeAll(() => { run = metricLookup(tidyRows(smallRun({ scale: 10, lastYear: 2022 }))); });
  const observed = dataCsv('province_series.csv').filter((r) => r.reference === 'year_end');

  for (const year of [2021, 2022]) {
    const obs = observed.find((r) => Number(r.year) === year) as Record<string, string>;
    // Person-years of the step: the first step (census day to the end of 2021) spans 14 months.
    const personYears = () => ((run('province', 'shanxi', 'population', year) + run('province', 'shanxi', 'population', year - 1)) / 2) * (year === 2021 ? FIRST_STEP_YEARS : 1);

    it(`reproduce the provincial crude birth rate of ${year} (${obs.birth_rate_permille} per 1000) within 0.3 per mille`, () => {
      const rate = (1000 * run('province', 'shanxi', 'births', year)) / personYears();
      expect(Math.abs(rate - Number(obs.birth_rate_permille))).toBeLessThan(0.3);
    });

    it(`reproduce the provincial crude death rate of ${year} (${obs.death_rate_permille} per 1000) within 0.3 per mille`, () => {
      const rate = (1000 * run('province', 'shanxi', 'deaths', year)) / personYears();
      expect(Math.abs(rate - Number(obs.death_rate_permille))).toBeLessThan(0.3);
    });
  }
});

describe('vital rates of the 2010 hindcast', () => {
  // Census-day steps (firstStepYears 1), scale 100. 2011 and 2012 have no provincial rates of their own: they
  // lie on the line from the 2010 census (9.73 births and 5.40 deaths per 1000, its prefecture rows) to 2013
  // (10.81 and 5.57). Before, they kept the untuned shapes' level, about 3.9 deaths per 1000.
  let run: MetricLookup;
  beforeAll(() => { run = metricLookup(tidyRows(smallRun({ censusYear: 2010, firstYear: 2010, lastYear: 2013, firstStepYears: 1, scale: 100 }))); });
  const rate = (metric: 'births' | 'deaths', year: number) =>
    (2000 * run('province', 'shanxi', metric, year)) / (run('province', 'shanxi', 'population', year) + run('province', 'shanxi', 'population', year - 1));

  for (const [year, births, deaths] of [[2011, 10.09, 5.45], [2012, 10.45, 5.51], [2013, 10.81, 5.57]] as const) {
    it(`${year}: ${births} births and ${deaths} deaths per 1000 within 0.3`, () => {
      expect(Math.abs(rate('births', year) - births)).toBeLessThan(0.3);
      expect(Math.abs(rate('deaths', year) - deaths)).toBeLessThan(0.3);
    });
  }
});
