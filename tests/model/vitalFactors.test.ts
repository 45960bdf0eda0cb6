import { beforeAll, describe, expect, it } from 'vitest';
import { SHANXI_DATA_DIR, loadBaseData } from '../../src/model/data/baseData.js';
import { tidyRows } from '../../src/report/tidyRows.js';
import { dataCsv } from '../helpers/dataCsv.js';
import { metricLookup, type MetricLookup } from '../helpers/metricLookup.js';
import { smallRun } from '../helpers/smallRun.js';

const prefectureRows = dataCsv('counties_2010_census.csv').filter((r) => r.kind === 'prefecture');

describe('prefecture fertility and mortality factors', () => {
  it('are measured from the 2010 census and carried to the 2020 base (which has no county rates)', () => {
    for (const census of [2010, 2020]) {
      const f = loadBaseData(SHANXI_DATA_DIR, census).vitalFactors!;
      expect(Object.keys(f.fertility).sort()).toEqual(prefectureRows.map((r) => r.prefecture).sort());
      // Taiyuan had the lowest crude rates of 2010 (7.57 births and 3.47 deaths per 1000 against 9.7 and 5.4)
      // and a young age structure, so both of its standardized factors are far below 1.
      expect(f.fertility.taiyuan).toBeLessThan(0.75);
      expect(f.mortality.taiyuan).toBeLessThan(0.7);
      expect(f.fertility.jinzhong).toBeGreaterThan(1.05);
    }
  });
});

describe('a hindcast with the factors', () => {
  // 1:50, census years 2011-2012: each prefecture's crude rates relative to the province's are those of the
  // 2010 census within sampling noise (Yangquan, the smallest, has about 540 births and 320 deaths in two years).
  let run: MetricLookup;
  beforeAll(() => { run = metricLookup(tidyRows(smallRun({ censusYear: 2010, firstYear: 2010, lastYear: 2012, firstStepYears: 1, scale: 50 }))); });
  const rate = (level: string, id: string, metric: 'births' | 'deaths') =>
    [2011, 2012].reduce((s, y) => s + run(level, id, metric, y), 0) / [2010, 2011].reduce((s, y) => s + run(level, id, 'population', y), 0);
  const census = (r: Record<string, string>, column: string) => Number(r[column]) / prefectureRows.reduce((s, p) => s + Number(p[column]) * Number(p.pop), 0) * prefectureRows.reduce((s, p) => s + Number(p.pop), 0);

  for (const r of prefectureRows) {
    it(`${r.prefecture}: crude birth and death rates relative to the province as in the 2010 census`, () => {
      const births = rate('prefecture', r.prefecture, 'births') / rate('province', 'shanxi', 'births');
      const deaths = rate('prefecture', r.prefecture, 'deaths') / rate('province', 'shanxi', 'deaths');
      expect(Math.abs(births / census(r, 'birth_rate_permille') - 1)).toBeLessThan(0.15);
      expect(Math.abs(deaths / census(r, 'death_rate_permille') - 1)).toBeLessThan(0.18);
    });
  }
});
