import { formatNumber } from './formatNumber.js';
import type { FlowRow } from './flowRows.js';
import type { TidyRow } from './tidyRows.js';

/** Tidy CSV `year,level,id,metric,value`, read directly by pandas, R and DuckDB. */
export function tidyCsv(rows: readonly TidyRow[]): string {
  const lines = ['year,level,id,metric,value'];
  for (const r of rows) lines.push(`${r.year},${r.level},${r.id},${r.metric},${formatNumber(r.value)}`);
  return lines.join('\n') + '\n';
}

/** Flows CSV `year,level,from,to,value`. */
export function flowsCsv(rows: readonly FlowRow[]): string {
  const lines = ['year,level,from,to,value'];
  for (const r of rows) lines.push(`${r.year},${r.level},${r.from},${r.to},${formatNumber(r.value)}`);
  return lines.join('\n') + '\n';
}
