import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/csv.js';
import { SHANXI_DATA_DIR } from '../../src/model/data/baseData.js';

/** Rows of a file in data/shanxi/ as records of raw strings: tests compute expected values from the data itself. */
export function dataCsv(name: string): Record<string, string>[] {
  const table = parseCsv(readFileSync(join(SHANXI_DATA_DIR, name), 'utf8'), name);
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]])));
}
