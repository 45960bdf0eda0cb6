import type { CsvTable } from '../../core/csv.js';
import { InputError } from '../../core/inputError.js';

/** A decimal number as the writers print it (formatNumber): no blanks, hex, `NaN` or `Infinity`. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const WHOLE = /^\d+$/;

/**
 * A numeric cell of a results table (results.csv, flows.csv, runs.csv, timings.csv), checked: a hand-edited
 * or truncated cell must stop the report with its file and line, not become 0 (`Number('')`) or NaN and
 * skew a median or crash a chart. `na` accepts `NA`, which the writers print for a value with no meaning
 * (a rate of an empty group), and reads it as NaN; `whole` asks for a non-negative integer (year, run id, seed).
 */
export function resultCell(table: CsvTable, row: number, column: number, kind: 'number' | 'na' | 'whole' = 'number'): number {
  const raw = table.rows[row][column];
  if (kind === 'na' && raw === 'NA') return NaN;
  const v = Number(raw);
  if ((kind === 'whole' ? WHOLE : DECIMAL).test(raw) && Number.isFinite(v)) return v;
  const expected = kind === 'whole' ? 'a whole number' : kind === 'na' ? 'a number, or NA' : 'a number';
  throw new InputError(`${table.file}:${table.lines[row]}: field "${table.header[column]}" is "${raw}" (expected ${expected})`);
}
