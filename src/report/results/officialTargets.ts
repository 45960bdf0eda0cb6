import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnIndex, parseCsv } from '../../core/csv.js';

/** An official target for the provincial resident urbanization rate. */
export interface OfficialTarget {
  year: number;
  /** share, 0-1 */
  value: number;
  /** e.g. "close to 70" as written in targets.csv */
  text: string;
  document: string;
}

/**
 * Shanxi's numeric targets for the resident urbanization rate in or after `fromYear`, from targets.csv
 * (e.g. 晋政发〔2024〕20号: "close to 70%" by 2029). Rows without a number or a year are left out.
 */
export function officialTargets(dataDir: string, fromYear: number): OfficialTarget[] {
  const file = join(dataDir, 'targets.csv');
  if (!existsSync(file)) return [];
  const t = parseCsv(readFileSync(file, 'utf8'), file);
  const col = (name: string) => columnIndex(t, name);
  const out: OfficialTarget[] = [];
  for (const r of t.rows) {
    if (r[col('level')] !== 'Shanxi' || !/^resident/.test(r[col('indicator')])) continue;
    const year = Number(r[col('target_year')]);
    const m = /(\d+(?:\.\d+)?)/.exec(r[col('target_value')]);
    if (!Number.isInteger(year) || year < fromYear || !m) continue;
    out.push({ year, value: Number(m[1]) / 100, text: r[col('target_value')].split(';')[0].trim(), document: r[col('doc_number')] || r[col('document')] });
  }
  return out;
}
