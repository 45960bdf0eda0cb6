import type { TidyRow } from './tidyRows.js';

/**
 * A plain-text table of the urbanization rate in the chosen years that were simulated, and always the last
 * simulated year (a run to 2033 ends on 2033, not on 2030), province first, then prefectures.
 */
export function summaryTable(rows: readonly TidyRow[], years: readonly number[], prefectureNames: ReadonlyMap<string, string>): string {
  const rate = new Map<string, number>();
  for (const r of rows) if (r.metric === 'urban_rate') rate.set(`${r.level}|${r.id}|${r.year}`, r.value);
  const last = Math.max(...rows.filter((r) => r.metric === 'urban_rate' && r.level === 'province').map((r) => r.year));
  const shown = [...new Set([...years, last])].filter((y) => rate.has(`province|shanxi|${y}`));
  const ids: [string, string, string][] = [['province', 'shanxi', 'Shanxi (province)'], ...[...prefectureNames].map(([id, name]) => ['prefecture', id, name] as [string, string, string])];
  const width = Math.max(...ids.map(([, , name]) => name.length)) + 2;
  const lines = [`${'Urban rate (%)'.padEnd(width)}${shown.map((y) => String(y).padStart(8)).join('')}`];
  for (const [level, id, name] of ids) {
    // NA where a place has no residents left (its rate is 0/0), as in results.csv
    const cell = (v: number) => (Number.isFinite(v) ? (v * 100).toFixed(2) : 'NA').padStart(8);
    lines.push(`${name.padEnd(width)}${shown.map((y) => cell(rate.get(`${level}|${id}|${y}`)!)).join('')}`);
  }
  return lines.join('\n');
}
