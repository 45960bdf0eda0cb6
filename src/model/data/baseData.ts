import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, numberCell, columnIndex, type CsvTable } from '../../core/csv.js';
import { InputError } from '../../core/inputError.js';
import { AGE_SEX_COLUMNS } from './ageGroups.js';
import { PACKAGE_ROOT } from '../../core/packageRoot.js';
import type { CrudeRates } from './observedVitalRates.js';
import { hasVitalRates, prefectureVitalRows } from './prefectureVitalRows.js';

/** One county-level census unit (district, county-level city or county), or a prefecture's remainder. */
export interface CensusUnit {
  code: string;
  prefecture: string;
  nameZh: string;
  kind: 'district' | 'city' | 'county' | 'remainder';
  pop: number;
  urban: number;
  rural: number;
  /** persons by sex and age group, AGE_SEX_COLUMNS order */
  ageSex: Float64Array;
  hukouSameCounty: number;
  hukouOtherCounty: number;
  hukouOtherProvince: number;
  /** average years of schooling of persons aged 6 and over */
  schooling: number;
  housingM2PerPerson: number;
}

export interface PrefectureInfo {
  id: string;
  nameEn: string;
  nameZh: string;
  code: string;
  lat: number;
  lon: number;
  cluster: string;
  pop2010: number;
  pop2020: number;
}

/** Observed provincial figures used for calibration of vital rates and for charts. */
export interface ProvinceObservation {
  year: number;
  reference: string;
  population?: number;
  urbanRate?: number;
  birthRate?: number;
  deathRate?: number;
  hukouUrbanRate?: number;
}

export interface BaseData {
  dir: string;
  censusYear: number;
  units: CensusUnit[];
  prefectures: PrefectureInfo[];
  province: ProvinceObservation[];
  /** The census year's crude rates, where the county table has them (2010): residents' births and deaths. */
  censusVitalRates?: CrudeRates;
}

/** The built-in Shanxi data folder shipped with the package. */
export const SHANXI_DATA_DIR = join(PACKAGE_ROOT, 'data', 'shanxi');

function readTable(dir: string, name: string): CsvTable {
  const file = join(dir, name);
  if (!existsSync(file)) throw new InputError(`${file}: file not found (expected in the base data folder)`);
  return parseCsv(readFileSync(file, 'utf8'), file);
}

/** Loads a base data folder with the columns of the Shanxi census files. */
export function loadBaseData(dir: string = SHANXI_DATA_DIR, censusYear = 2020): BaseData {
  const prefectures = readPrefectures(readTable(dir, 'prefectures.csv'));
  const counties = readTable(dir, `counties_${censusYear}_census.csv`);
  const units = readUnits(counties, prefectures);
  const province = existsSync(join(dir, 'province_series.csv')) ? readProvince(readTable(dir, 'province_series.csv')) : [];
  return { dir, censusYear, units, prefectures, province, censusVitalRates: censusVitalRates(counties) };
}

/** Residents' crude rates of the census year: prefecture rows' rates weighted by residents, if the table has them. */
function censusVitalRates(t: CsvTable): CrudeRates | undefined {
  if (!hasVitalRates(t)) return undefined;
  let pop = 0, births = 0, deaths = 0;
  for (const row of prefectureVitalRows(t)) {
    pop += row.pop;
    births += row.births;
    deaths += row.deaths;
  }
  return pop > 0 ? { birthRate: births / pop, deathRate: deaths / pop } : undefined;
}

function readPrefectures(t: CsvTable): PrefectureInfo[] {
  const s = (r: number, n: string) => t.rows[r][columnIndex(t, n)];
  return t.rows.map((_, r) => ({
    id: s(r, 'id'), nameEn: s(r, 'name_en'), nameZh: s(r, 'name_zh'), code: s(r, 'admin_code'),
    lat: numberCell(t, r, 'seat_lat'), lon: numberCell(t, r, 'seat_lon'), cluster: s(r, 'cluster'),
    pop2010: numberCell(t, r, 'pop_2010_census'), pop2020: numberCell(t, r, 'pop_2020_census'),
  }));
}

/**
 * Reads county rows; each prefecture's remainder (prefecture row minus its counties, e.g. development
 * zones not assigned to a county) becomes a unit of kind `remainder` so prefecture totals stay exact.
 */
function readUnits(t: CsvTable, prefectures: PrefectureInfo[]): CensusUnit[] {
  const known = new Set(prefectures.map((p) => p.id));
  const has = (n: string) => t.header.includes(n);
  const units: CensusUnit[] = [];
  const totals = new Map<string, CensusUnit>();
  for (let r = 0; r < t.rows.length; r++) {
    const cell = (n: string) => t.rows[r][columnIndex(t, n)];
    const kind = cell('kind');
    const prefecture = cell('prefecture');
    if (!known.has(prefecture)) throw new InputError(`${t.file}:${t.lines[r]}: prefecture: unknown prefecture "${prefecture}" (expected one of prefectures.csv)`);
    if (!['district', 'city', 'county', 'prefecture'].includes(kind)) {
      throw new InputError(`${t.file}:${t.lines[r]}: kind: "${kind}" (expected district, city, county or prefecture)`);
    }
    const ageSex = Float64Array.from(AGE_SEX_COLUMNS, (c) => numberCell(t, r, c));
    const pop = numberCell(t, r, 'pop');
    const urban = numberCell(t, r, 'urban');
    // An empty rural cell means "none" where the whole unit is urban (some 2010 districts).
    const rural = numberCell(t, r, 'rural', urban === pop ? 0 : undefined);
    // Residents registered elsewhere, by where: the 2020 table has them as hukou_*; the 2010 table as its
    // in-migration counts moved_in_* (residents whose hukou is in another township of the county, another
    // county of Shanxi, another province: the same three groups of the same census question).
    const elsewhere = (column2020: string, column2010: string) =>
      has(column2020) ? numberCell(t, r, column2020, 0) : has(column2010) ? numberCell(t, r, column2010, 0) : 0;
    const unit: CensusUnit = {
      code: cell('code'), prefecture, nameZh: cell('name_zh'), kind: kind as CensusUnit['kind'],
      pop, urban, rural, ageSex,
      hukouSameCounty: elsewhere('hukou_elsewhere_same_county', 'moved_in_same_county'),
      hukouOtherCounty: elsewhere('hukou_other_county_shanxi', 'moved_in_other_county_shanxi'),
      hukouOtherProvince: elsewhere('hukou_other_province', 'moved_in_other_province'),
      schooling: has('avg_years_schooling') ? numberCell(t, r, 'avg_years_schooling', 9.5) : 9.5,
      housingM2PerPerson: has('housing_m2_per_person') ? numberCell(t, r, 'housing_m2_per_person', 35) : 35,
    };
    if (unit.urban + unit.rural !== unit.pop) {
      throw new InputError(`${t.file}:${t.lines[r]}: urban + rural = ${unit.urban + unit.rural} (expected pop = ${unit.pop})`);
    }
    if (kind === 'prefecture') totals.set(prefecture, unit);
    else units.push(unit);
  }
  for (const p of prefectures) {
    const total = totals.get(p.id);
    if (!total) continue;
    const rest = remainderUnit(total, units.filter((u) => u.prefecture === p.id));
    if (rest) units.push(rest);
  }
  return units;
}

function remainderUnit(total: CensusUnit, parts: CensusUnit[]): CensusUnit | undefined {
  const minus = (f: (u: CensusUnit) => number) => f(total) - parts.reduce((s, u) => s + f(u), 0);
  const pop = minus((u) => u.pop);
  if (pop <= 0) return undefined;
  const ageSex = total.ageSex.map((v, i) => v - parts.reduce((s, u) => s + u.ageSex[i], 0));
  return {
    code: `${total.code}r`, prefecture: total.prefecture, nameZh: `${total.nameZh}其他`, kind: 'remainder',
    pop, urban: minus((u) => u.urban), rural: minus((u) => u.rural), ageSex,
    hukouSameCounty: Math.max(0, minus((u) => u.hukouSameCounty)),
    hukouOtherCounty: Math.max(0, minus((u) => u.hukouOtherCounty)),
    hukouOtherProvince: Math.max(0, minus((u) => u.hukouOtherProvince)),
    schooling: total.schooling, housingM2PerPerson: total.housingM2PerPerson,
  };
}

function readProvince(t: CsvTable): ProvinceObservation[] {
  const opt = (r: number, n: string, k = 1): number | undefined => {
    const raw = t.rows[r][columnIndex(t, n)].trim();
    return raw === '' ? undefined : numberCell(t, r, n) * k;
  };
  return t.rows.map((_, r) => ({
    year: numberCell(t, r, 'year'),
    reference: t.rows[r][columnIndex(t, 'reference')],
    population: opt(r, 'pop_total_10k', 1e4),
    urbanRate: opt(r, 'urban_rate_pct', 0.01),
    birthRate: opt(r, 'birth_rate_permille', 0.001),
    deathRate: opt(r, 'death_rate_permille', 0.001),
    hukouUrbanRate: opt(r, 'hukou_urban_rate_pct', 0.01),
  }));
}
