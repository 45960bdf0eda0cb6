/**
 * The synthetic 2020 population at scale 1 (one agent per person, 34.9 million agents, ~600 MB, some
 * seconds) against the 2020 census. Built once for the whole file. Expected values are computed from the
 * data files, never copied into the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../src/model/createWorld.js';
import { AGE_GROUPS, AGE_SEX_COLUMNS } from '../../src/model/data/ageGroups.js';
import { MAX_AGE, ageIn } from '../../src/model/population.js';
import { TIER } from '../../src/model/places.js';
import type { World } from '../../src/model/world.js';
import { dataCsv } from '../helpers/dataCsv.js';
import { smallSpec } from '../helpers/smallRun.js';

const census = dataCsv('counties_2020_census.csv');
const prefectureRows = census.filter((r) => r.kind === 'prefecture');
const countyRows = census.filter((r) => r.kind === 'city' || r.kind === 'county');
const migration = dataCsv('migration.csv');
const num = (r: Record<string, string>, col: string) => Number(r[col]);

/** The census age group (AGE_GROUPS index) of each single year of age; the last group is open (85+). */
const GROUP_OF_AGE = Int8Array.from({ length: MAX_AGE + 1 }, (_, a) => {
  const g = AGE_GROUPS.findIndex(([lo, hi]) => a >= lo && a <= hi);
  return g < 0 ? AGE_GROUPS.length - 1 : g;
});
const CELLS = AGE_SEX_COLUMNS.length;

let world: World;
/** Per "area", agents by AGE_SEX_COLUMNS cell. Areas: each county and county-level city (its town and villages),
 *  and per prefecture `districts:<id>` (the regional city plus its districts' villages, which the place tree merges). */
const byArea = new Map<string, Float64Array>();
let areaOfPlace: string[];
const residents = new Map<string, number>();
const urbanResidents = new Map<string, number>();
const atPlace = new Map<string, number>();
let urbanTotal = 0, total = 0, urbanHukou = 0;

beforeAll(() => {
  world = createWorld(smallSpec({ scale: 1, lastYear: 2021 }));
  const { pop, places, base } = world;
  areaOfPlace = places.ids.map((id, q) => {
    if (q === places.outside) return 'outside';
    const pref = places.prefectureIds[places.prefecture[q]];
    if (places.tier[q] === TIER.city) return `districts:${pref}`;
    const unit = base.units[places.unit[q]];
    return unit.kind === 'district' || unit.kind === 'remainder' ? `districts:${pref}` : unit.code;
  });
  const cells = places.ids.map(() => new Float64Array(CELLS));
  const count = new Float64Array(places.count);
  const { sex, place, hukouType } = pop;
  for (let i = 0; i < pop.count; i++) {
    const p = place[i];
    cells[p][GROUP_OF_AGE[ageIn(pop, i, world.year)] * 2 + sex[i]]++;
    count[p]++;
    urbanHukou += hukouType[i];
  }
  places.ids.forEach((id, q) => {
    atPlace.set(id, count[q]);
    const area = areaOfPlace[q];
    const acc = byArea.get(area) ?? new Float64Array(CELLS);
    for (let c = 0; c < CELLS; c++) acc[c] += cells[q][c];
    byArea.set(area, acc);
    if (q === places.outside) return;
    const pref = places.prefectureIds[places.prefecture[q]];
    const urban = places.tier[q] === TIER.city || places.tier[q] === TIER.town;
    residents.set(pref, (residents.get(pref) ?? 0) + count[q]);
    if (urban) urbanResidents.set(pref, (urbanResidents.get(pref) ?? 0) + count[q]);
    total += count[q];
    if (urban) urbanTotal += count[q];
  });
});

describe('the synthetic 2020 population at scale 1', () => {
  it('has the census provincial population and urban rate: 21,831,494 urban of 34,915,616 (62.53%)', () => {
    const censusTotal = prefectureRows.reduce((s, r) => s + num(r, 'pop'), 0);
    const censusUrban = prefectureRows.reduce((s, r) => s + num(r, 'urban'), 0);
    expect([censusUrban, censusTotal]).toEqual([21_831_494, 34_915_616]);
    expect(total).toBe(censusTotal);
    expect(urbanTotal).toBe(censusUrban);
    expect((100 * urbanTotal / total).toFixed(2)).toBe('62.53');
    expect(world.pop.count).toBe(censusTotal); // nobody lives outside Shanxi in the census year
  });

  it('has each prefecture\'s exact population and its urban rate within 0.1 percentage point', () => {
    for (const r of prefectureRows) {
      expect(residents.get(r.prefecture), r.prefecture).toBe(num(r, 'pop'));
      const rate = (urbanResidents.get(r.prefecture) ?? 0) / num(r, 'pop');
      expect(Math.abs(rate - num(r, 'urban') / num(r, 'pop')), r.prefecture).toBeLessThan(0.001);
    }
  });

  it('has each county\'s exact population by sex and 5-year age group', () => {
    for (const r of countyRows) {
      const got = byArea.get(r.code);
      expect(got, r.code).toBeDefined();
      const expected = AGE_SEX_COLUMNS.map((c) => num(r, c));
      expect(Array.from(got as Float64Array), `${r.code} ${r.name_zh}`).toEqual(expected);
    }
  });

  it('has each prefecture\'s districts (regional city and district villages) exact by sex and 5-year age group', () => {
    for (const p of prefectureRows) {
      const counties = countyRows.filter((r) => r.prefecture === p.prefecture);
      const expected = AGE_SEX_COLUMNS.map((c) => num(p, c) - counties.reduce((s, r) => s + num(r, c), 0));
      expect(Array.from(byArea.get(`districts:${p.prefecture}`) as Float64Array), p.prefecture).toEqual(expected);
    }
  });

  it('splits each county exactly into its county town (urban) and its villages (rural)', () => {
    for (const r of countyRows) {
      expect(atPlace.get(`town:${r.code}`) ?? 0, `town of ${r.code}`).toBe(num(r, 'urban'));
      expect(atPlace.get(`village:${r.code}`) ?? 0, `villages of ${r.code}`).toBe(num(r, 'rural'));
    }
    for (const r of census.filter((x) => x.kind === 'district')) {
      expect(atPlace.get(`village:${r.code}`) ?? 0, `villages of district ${r.code}`).toBe(num(r, 'rural'));
    }
  });

  it('has per prefecture the census stock of residents registered in another province', () => {
    const { pop, places } = world;
    const got = new Float64Array(places.prefectureIds.length);
    for (let i = 0; i < pop.count; i++) if (pop.hukouPlace[i] === places.outside) got[places.prefecture[pop.place[i]]]++;
    places.prefectureIds.forEach((id, k) => {
      const row = migration.find((m) => m.metric.startsWith('inflow_from_other_provinces') && m.geography === id);
      const prefRow = prefectureRows.find((r) => r.prefecture === id) as Record<string, string>;
      expect(num(row as Record<string, string>, 'value_persons'), `${id}: migration.csv agrees with the census file`).toBe(num(prefRow, 'hukou_other_province'));
      expect(got[k], id).toBe(num(prefRow, 'hukou_other_province'));
    });
  });

  // Bug (src/model/synthesize.ts, assignHukou): a regional-city resident registered "in another county of Shanxi"
  // may get a village of the city's own districts as hukou place. The place tree merges the districts into one
  // regional city, so that registration cannot be told from a same-county one and the observable stock of
  // other-county registrations falls short of the census (Datong by 4.4%).
  it('has per prefecture the census stock of residents registered in another county of Shanxi (a regional city\'s districts counting as one county-level area)', () => {
    const { pop, places } = world;
    const got = new Float64Array(places.prefectureIds.length);
    for (let i = 0; i < pop.count; i++) {
      const h = pop.hukouPlace[i], p = pop.place[i];
      if (h !== places.outside && areaOfPlace[h] !== areaOfPlace[p]) got[places.prefecture[p]]++;
    }
    const shortfalls: string[] = [];
    places.prefectureIds.forEach((id, k) => {
      const row = migration.find((m) => m.metric.startsWith('hukou_in_other_county_of_shanxi') && m.geography === id) as Record<string, string>;
      const prefRow = prefectureRows.find((r) => r.prefecture === id) as Record<string, string>;
      expect(num(row, 'value_persons'), `${id}: migration.csv agrees with the census file`).toBe(num(prefRow, 'hukou_other_county_shanxi'));
      const expected = num(row, 'value_persons');
      // 0.1%: room for the rare agent whose eight hukou-place draws all fall in its own area.
      if (Math.abs(got[k] - expected) > 0.001 * expected) shortfalls.push(`${id}: ${got[k]} (census ${expected})`);
    });
    expect(shortfalls).toEqual([]);
  });

  it('has a hukou urbanization rate within 0.05 percentage point of the census 42.90%', () => {
    const observed = dataCsv('province_series.csv').find((r) => r.year === '2020' && r.reference.startsWith('census'));
    const target = Number(observed?.hukou_urban_rate_pct) / 100;
    expect(target).toBeCloseTo(0.429, 4);
    expect(Math.abs(urbanHukou / world.pop.count - target)).toBeLessThan(0.0005);
  });
});
