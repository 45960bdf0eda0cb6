import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { vitalFactors } from '../../src/model/data/vitalFactors.js';
import { fertilityShape, mortalityShape } from '../../src/model/vitalRates.js';
import { SHANXI_DATA_DIR } from '../../src/model/data/baseData.js';
import { prepareBase } from '../../src/model/baseCache.js';
import { AGE_SLOTS, MAX_AGE, ageIn } from '../../src/model/population.js';
import { countAgeSex, setVitalLevels } from '../../src/model/stages/demography.js';
import { worldAtFirstStep } from '../helpers/worldAtFirstStep.js';
import { tidyRows } from '../../src/report/tidyRows.js';
import { dataCsv } from '../helpers/dataCsv.js';
import { metricLookup, type MetricLookup } from '../helpers/metricLookup.js';
import { smallRun } from '../helpers/smallRun.js';

const prefectureRows = dataCsv('counties_2010_census.csv').filter((r) => r.kind === 'prefecture');

describe('prefecture fertility and mortality factors', () => {
  it('are measured from the 2010 census and carried to the 2020 base (which has no county rates)', () => {
    for (const census of [2010, 2020]) {
      const f = prepareBase(SHANXI_DATA_DIR, census).vitalFactors!;
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

describe('the level fit with the factors', () => {
  // The fitted levels make the expected events under each prefecture's factors equal the observed rate times
  // the residents: a fit blind to the factors would drift as people move to Taiyuan, whose factors are low
  // (realized births 2% below the observed rate by 2020 in a 2010 hindcast).
  it('expects the observed births and deaths of 2021 wherever the residents live, also after moving many to Taiyuan', () => {
    const world = worldAtFirstStep({ scale: 200 });
    const taiyuan = world.places.cityOfPrefecture[world.places.prefectureIds.indexOf('taiyuan')];
    // Move every third resident of the province to Taiyuan's city, keeping the cohort tally right.
    for (let i = 0; i < world.pop.count; i += 3) {
      const p = world.pop.place[i];
      if (p === world.places.outside) continue;
      const cohort = world.pop.sex[i] * AGE_SLOTS + world.pop.born[i];
      world.tally.cohorts[world.places.cohortBase[p] + cohort]--;
      world.tally.cohorts[world.places.cohortBase[taiyuan] + cohort]++;
      world.pop.place[i] = taiyuan;
    }
    const ageSex = countAgeSex(world);
    setVitalLevels(world, ageSex);
    const { vital } = world;
    const ages = MAX_AGE + 1;
    let residents = 0, births = 0, deaths = 0;
    for (let i = 0; i < world.pop.count; i++) {
      const p = world.pop.place[i];
      if (p === world.places.outside) continue;
      const k = world.places.prefecture[p], sex = world.pop.sex[i], age = ageIn(world.pop, i, world.year);
      residents++;
      deaths += vital.mortality[sex * ages + age] * vital.mortalityLevel * vital.mortalityByPrefecture[k];
      if (sex === 1) births += vital.fertility[age] * vital.fertilityLevel * vital.fertilityByPrefecture[k];
    }
    const observed = dataCsv('province_series.csv').find((r) => r.reference === 'year_end' && r.year === '2021')!;
    expect(births / residents).toBeCloseTo(Number(observed.birth_rate_permille) / 1000, 9);
    expect(deaths / residents).toBeCloseTo(Number(observed.death_rate_permille) / 1000, 9);
  });
});

describe('bad rates in the census table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'urbanize-vital-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const units = prepareBase(SHANXI_DATA_DIR, 2010).base.units;
  const shapes = { mortality: mortalityShape(), fertility: fertilityShape() };
  const withTaiyuan = (column: string, value: string) => {
    const text = readFileSync(join(SHANXI_DATA_DIR, 'counties_2010_census.csv'), 'utf8').split('\n');
    const header = text[0].split(',');
    const line = text.findIndex((l) => l.startsWith('140100,'));
    const cells = text[line].split(',');
    cells[header.indexOf(column)] = value;
    text[line] = cells.join(',');
    writeFileSync(join(dir, 'counties_2010_census.csv'), text.join('\n'));
    return line + 1;
  };

  it('names the file, line and column of a negative rate', () => {
    const line = withTaiyuan('birth_rate_permille', '-7.57');
    expect(() => vitalFactors(dir, 2010, units, shapes)).toThrow(InputError);
    expect(() => vitalFactors(dir, 2010, units, shapes)).toThrow(new RegExp(`counties_2010_census\\.csv:${line}: birth_rate_permille: "-7\\.57" \\(expected a rate per 1000 residents, 0 or more\\)`));
  });

  it('refuses a prefecture row with no women of childbearing age', () => {
    withTaiyuan('birth_rate_permille', '7.57');
    let text = readFileSync(join(dir, 'counties_2010_census.csv'), 'utf8');
    const header = text.split('\n')[0].split(',');
    text = text.split('\n').map((l) => {
      if (!l.startsWith('140100,')) return l;
      const cells = l.split(',');
      for (const c of ['f_15_19', 'f_20_24', 'f_25_29', 'f_30_34', 'f_35_39', 'f_40_44', 'f_45_49']) cells[header.indexOf(c)] = '0';
      return cells.join(',');
    }).join('\n');
    writeFileSync(join(dir, 'counties_2010_census.csv'), text);
    expect(() => vitalFactors(dir, 2010, units, shapes)).toThrow(/taiyuan: its age-sex columns hold no women of childbearing age/);
  });
});
