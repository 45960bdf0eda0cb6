import { columnIndex, numberCell, type CsvTable } from '../../core/csv.js';
import { InputError } from '../../core/inputError.js';
import { AGE_SEX_COLUMNS } from './ageGroups.js';

/** One prefecture row of a census table with vital rates: its residents, and their births and deaths of the census year. */
export interface PrefectureVitalRow {
  id: string;
  /** line in the file, for messages */
  line: number;
  pop: number;
  /** residents by 5-year age group, male and female interleaved (AGE_SEX_COLUMNS) */
  ageSex: Float64Array;
  births: number;
  deaths: number;
}

/** True where the table has the prefecture rows' birth and death rates (the 2010 county table does). */
export function hasVitalRates(table: CsvTable): boolean {
  return table.header.includes('birth_rate_permille') && table.header.includes('death_rate_permille');
}

/**
 * The prefecture rows of a table with vital rates; a rate that is not a number of 0 or more is a positioned
 * error. Both the census year's crude rates and the prefecture factors read them here.
 */
export function prefectureVitalRows(table: CsvTable): PrefectureVitalRow[] {
  const rows: PrefectureVitalRow[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    if (table.rows[r][columnIndex(table, 'kind')] !== 'prefecture') continue;
    const pop = numberCell(table, r, 'pop');
    rows.push({
      id: table.rows[r][columnIndex(table, 'prefecture')],
      line: table.lines[r],
      pop,
      ageSex: Float64Array.from(AGE_SEX_COLUMNS, (c) => numberCell(table, r, c)),
      births: (pop * rate(table, r, 'birth_rate_permille')) / 1000,
      deaths: (pop * rate(table, r, 'death_rate_permille')) / 1000,
    });
  }
  return rows;
}

/** A rate per 1000 residents of a prefecture row: a number, 0 or more. */
function rate(table: CsvTable, row: number, column: string): number {
  const value = numberCell(table, row, column);
  if (!(value >= 0)) throw new InputError(`${table.file}:${table.lines[row]}: ${column}: "${table.rows[row][columnIndex(table, column)]}" (expected a rate per 1000 residents, 0 or more)`);
  return value;
}
