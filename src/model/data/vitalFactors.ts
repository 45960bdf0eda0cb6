import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, type CsvTable } from '../../core/csv.js';
import { AGE_GROUPS } from './ageGroups.js';
import { hasVitalRates, prefectureVitalRows } from './prefectureVitalRows.js';
import type { CensusUnit } from './baseData.js';
import { InputError } from '../../core/inputError.js';

/** Fertility and mortality of each prefecture relative to the province, by prefecture id (1 = the province's). */
export interface VitalFactors {
  fertility: Record<string, number>;
  mortality: Record<string, number>;
}

/** Age-sex shapes the factors are measured against (the model's, src/model/vitalRates.ts). */
export interface VitalShapes {
  /** yearly death probability, sex * (MAX_AGE + 1) + age */
  mortality: Float64Array;
  /** yearly birth probability of a woman by age */
  fertility: Float64Array;
}

/**
 * Prefecture factors of fertility and mortality by indirect standardization (e.g. Preston, Heuveline and
 * Guillot 2001, Demography, section 2.4): a prefecture's births (deaths) in the census year divided by what
 * the province-wide age-sex shapes give for its residents, relative to the same ratio for the province. So
 * they measure how much more or less often its women give birth and its residents die at each age, not its age
 * structure, which the agents carry. The rates come from the newest census table of `dir` at or before
 * `censusYear` that has them (`birth_rate_permille`, `death_rate_permille` of its prefecture rows: the 2010
 * table; the 2020 one has none, so a 2020 run takes the 2010 factors, assuming the differences persist).
 * They are rescaled so that the `units` of the run's census expect as many births and deaths as with factor 1:
 * the province's level stays the observed one. Undefined when no table has rates.
 */
export function vitalFactors(dir: string, censusYear: number, units: readonly CensusUnit[], shapes: VitalShapes): VitalFactors | undefined {
  const table = ratesTable(dir, censusYear);
  if (!table) return undefined;
  const raw = { fertility: {} as Record<string, number>, mortality: {} as Record<string, number> };
  let births = 0, deaths = 0, expectedBirths = 0, expectedDeaths = 0;
  for (const row of prefectureVitalRows(table)) {
    const e = expected(row.ageSex, shapes);
    if (!(e.births > 0 && e.deaths > 0)) {
      throw new InputError(`${table.file}:${row.line}: ${row.id}: its age-sex columns hold no women of childbearing age or no residents (expected some, to measure its fertility and mortality)`);
    }
    raw.fertility[row.id] = row.births / e.births;
    raw.mortality[row.id] = row.deaths / e.deaths;
    births += row.births; deaths += row.deaths; expectedBirths += e.births; expectedDeaths += e.deaths;
  }
  if (!(births > 0 && deaths > 0)) throw new InputError(`${table.file}: the prefecture rows' birth_rate_permille and death_rate_permille add up to no births or no deaths (expected rates above 0)`);
  for (const id of Object.keys(raw.fertility)) {
    raw.fertility[id] /= births / expectedBirths;
    raw.mortality[id] /= deaths / expectedDeaths;
  }
  return rescaled(raw, units, shapes);
}

/** The factors times one number each, so that the census units expect as many events as with factor 1. */
function rescaled(f: VitalFactors, units: readonly CensusUnit[], shapes: VitalShapes): VitalFactors {
  let births = 0, deaths = 0, weightedBirths = 0, weightedDeaths = 0;
  for (const u of units) {
    const e = expected(u.ageSex, shapes);
    births += e.births; deaths += e.deaths;
    weightedBirths += e.births * (f.fertility[u.prefecture] ?? 1);
    weightedDeaths += e.deaths * (f.mortality[u.prefecture] ?? 1);
  }
  const scale = (values: Record<string, number>, k: number) => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v * k]));
  return { fertility: scale(f.fertility, births / weightedBirths), mortality: scale(f.mortality, deaths / weightedDeaths) };
}

/** Births and deaths a year that the shapes give for census age-sex counts (5-year groups, male and female interleaved). */
function expected(ageSex: Float64Array, shapes: VitalShapes): { births: number; deaths: number } {
  const ages = shapes.fertility.length;
  let births = 0, deaths = 0;
  AGE_GROUPS.forEach(([first, last], g) => {
    // The open group 85+ as 85-94, where nearly all its members are (the shape reaches 1 at the last age).
    const top = Math.min(last, 94, ages - 1);
    const mean = (values: Float64Array, offset: number) => {
      let s = 0;
      for (let a = first; a <= top; a++) s += values[offset + a];
      return s / (top - first + 1);
    };
    births += ageSex[2 * g + 1] * mean(shapes.fertility, 0);
    deaths += ageSex[2 * g] * mean(shapes.mortality, 0) + ageSex[2 * g + 1] * mean(shapes.mortality, ages);
  });
  return { births, deaths };
}

/** The newest `counties_<year>_census.csv` of `dir`, at or before `censusYear`, with birth and death rates. */
function ratesTable(dir: string, censusYear: number): CsvTable | undefined {
  if (!existsSync(dir)) return undefined;
  const years = readdirSync(dir)
    .map((name) => /^counties_(\d{4})_census\.csv$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) <= censusYear)
    .map((m) => Number(m[1]))
    .sort((a, b) => b - a);
  for (const year of years) {
    const file = join(dir, `counties_${year}_census.csv`);
    const table = parseCsv(readFileSync(file, 'utf8'), file);
    if (hasVitalRates(table)) return table;
  }
  return undefined;
}
